package org.triptych.cli;

import org.triptych.importer.TranslationImport;
import org.triptych.paths.OutputTargets;
import org.triptych.task.Progress;

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

/** {@code triptych import-translations FILE --into DOCUMENT.csv}: translations back from XLIFF or TMX. */
@Command(name = "import-translations", mixinStandardHelpOptions = true,
        description = "Imports translations from XLIFF (2.x or 1.2) or TMX into the matching paragraphs of a document "
                + "and reports what matched. Exit code 1 when some units matched no paragraph.")
public final class ImportTranslationsCommand implements Callable<Integer> {

    private static final int LISTED = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An XLIFF or TMX file.")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "DOCUMENT", description = "The document (.csv) to update.")
    Path document;

    @Override
    public Integer call() throws Exception {
        OutputTargets.requireImport(document, OutputTargets.Kind.DOCUMENT, List.of(file));
        TranslationImport.Result result = TranslationImport.run(file, document, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d units, %d matched, %d unmatched%n", file, result.units(), result.matched(),
                result.unmatched().size());
        result.changed().forEach((tag, n) -> out.printf(Locale.ROOT, "%s: %d paragraphs updated%n", tag, n));
        if (result.notesChanged() > 0) {
            out.printf(Locale.ROOT, "notes: %d paragraphs updated%n", result.notesChanged());
        }
        result.unmatched().stream().limit(LISTED).forEach(u -> out.printf(Locale.ROOT, "unmatched %s:%d%s: %s%n", file, u.line(),
                u.id().isEmpty() ? "" : " (id " + u.id() + ")", u.source().length() > 80 ? u.source().substring(0, 80) + "…" : u.source()));
        if (result.unmatched().size() > LISTED) {
            out.printf(Locale.ROOT, "... and %d more unmatched%n", result.unmatched().size() - LISTED);
        }
        return result.unmatched().isEmpty() ? Cli.OK : Cli.FINDINGS;
    }
}
