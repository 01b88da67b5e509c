package org.triptych.cli;

import org.triptych.importer.ReviewImport;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.paths.OutputTargets;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triptych import-review DOCUMENT.csv REVIEW.docx|REVIEW.xlf [--accept-all]}: lists what a reviewer changed;
 * with {@code --accept-all} makes every change in the document.
 */
@Command(name = "import-review", mixinStandardHelpOptions = true,
        description = "Reads a review file that came back (a review DOCX of export --format review-docx, or an XLIFF file "
                + "of export --format xliff) and lists each change: a target the reviewer edited (before → after) and each "
                + "comment, which becomes a line of the paragraph's note. Writes nothing unless --accept-all is given; "
                + "in the window, File > Import review… lets the translator accept or reject each change.")
public final class ImportReviewCommand implements Callable<Integer> {

    private static final int SHOWN = 80;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document (.csv) the review file was made from.")
    Path document;

    @Parameters(index = "1", paramLabel = "REVIEW", description = "The review file: .docx or .xlf.")
    Path review;

    @Option(names = "--accept-all", description = "Accept every change: edited targets become drafts with the reviewer's "
            + "text (reviewed when an XLIFF file marks them reviewed), comments are added to the notes; the document is saved.")
    boolean acceptAll;

    @Override
    public Integer call() throws Exception {
        OutputTargets.requireImport(document, OutputTargets.Kind.DOCUMENT, List.of(review));
        PrintWriter out = spec.commandLine().getOut();
        if (!acceptAll) {
            ReviewImport.Review read = ReviewImport.read(review, DocumentCodec.read(document));
            report(out, read);
            if (!read.changes().isEmpty()) {
                out.println("nothing written; --accept-all makes these changes");
            }
            return Cli.OK;
        }
        ReviewImport.Review made = WorkspaceLock.updateFile(document, () -> {
            Document current = DocumentCodec.read(document);
            ReviewImport.Review read = ReviewImport.read(review, current);
            if (!read.changes().isEmpty()) {
                DocumentCodec.save(ReviewImport.applyAll(current, read.changes()));
            }
            return read;
        });
        report(out, made);
        out.printf(Locale.ROOT, "accepted %d changes; %s saved%n", made.changes().size(), document);
        return Cli.OK;
    }

    private static void report(PrintWriter out, ReviewImport.Review read) {
        out.printf(Locale.ROOT, "%s: %d rows, %d changes (%d translations, %d notes)%n", read.file(), read.rows(),
                read.changes().size(), read.targets(), read.notes());
        read.changes().stream().limit(SHOWN).forEach(c -> {
            if (c.kind() == ReviewImport.Kind.NOTE) {
                out.printf(Locale.ROOT, "%s note: + %s%n", c.id(), oneLine(c.comment()));
            } else {
                String status = c.beforeStatus() == c.afterStatus() ? name(c.afterStatus())
                        : name(c.beforeStatus()) + " → " + name(c.afterStatus());
                out.printf(Locale.ROOT, "%s [%s] (%s): %s → %s%n", c.id(), c.lang(), status, oneLine(c.before()), oneLine(c.after()));
            }
        });
        if (read.changes().size() > SHOWN) {
            out.printf(Locale.ROOT, "... and %d more changes%n", read.changes().size() - SHOWN);
        }
    }

    private static String name(Status status) {
        return status == Status.NONE ? "no status" : status.cell();
    }

    private static String oneLine(String text) {
        String line = text.isEmpty() ? "(empty)" : "\"" + text.replace("\n", "⏎") + "\"";
        return line.length() > 120 ? line.substring(0, 119) + "…\"" : line;
    }
}
