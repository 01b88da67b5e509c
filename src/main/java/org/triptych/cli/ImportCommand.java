package org.triptych.cli;

import org.triptych.importer.SourceImport;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Document;
import org.triptych.model.Workspace;
import org.triptych.task.Progress;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych import SOURCE --into WORKSPACE [--name NAME] [--lines]}: a new or updated English source. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports an English source (.txt, .md, .docx) as translations/NAME.csv. When that document "
                + "exists, updates its English: unchanged paragraphs keep their translations, changed ones go back to "
                + "draft with the old English kept in en_previous, removed ones are saved in backups/.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source text: .txt, .md or .docx.")
    Path source;

    @Option(names = "--into", required = true, paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--name", paramLabel = "NAME", description = "The document's name (default: the source's file name).")
    String name = "";

    @Option(names = "--lines", description = "One paragraph per line instead of paragraphs separated by blank lines.")
    boolean lines;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "The text's encoding, when detection guesses wrong.")
    String encoding;

    @Option(names = "--targets", split = ",", paramLabel = "TAG",
            description = "Target languages of a new document (default: those of the workspace's documents, else ko,uk).")
    List<String> targets;

    @Override
    public Integer call() throws Exception {
        SourceImport.Report report = SourceImport.run(workspace, source, name, lines, encoding, targetsOrDefault(), Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println("read " + source + " as " + report.encoding());
        if (report.updated()) {
            out.printf(Locale.ROOT, "updated %s: %d paragraphs; %d unchanged, %d changed (back to draft), %d added, %d removed%n",
                    report.document(), report.paragraphs(), report.unchanged(), report.changed(), report.added(), report.removed());
            if (report.backup() != null) {
                out.println("removed paragraphs saved in " + report.backup());
            }
        } else {
            out.printf(Locale.ROOT, "created %s: %d paragraphs%n", report.document(), report.paragraphs());
        }
        return Cli.OK;
    }

    private List<String> targetsOrDefault() throws java.io.IOException {
        if (targets != null && !targets.isEmpty()) {
            return targets;
        }
        Set<String> found = new LinkedHashSet<>();
        for (Path file : WorkspaceStore.csvFiles(workspace.resolve(Workspace.TRANSLATIONS))) {
            Document doc = DocumentCodec.read(file);
            found.addAll(doc.targets());
        }
        return found.isEmpty() ? List.of("ko", "uk") : List.copyOf(found);
    }
}
