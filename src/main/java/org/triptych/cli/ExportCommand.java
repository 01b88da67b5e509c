package org.triptych.cli;

import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.paths.OutputTargets;
import org.triptych.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych export DOCUMENT.csv --format docx|review-docx|html|tmx|xliff|csv [--lang ko,uk] [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a document: DOCX or HTML for reading, review-docx for a reviewer to edit and send back (see import-review), TMX or XLIFF 2.1 for other tools "
                + "(XLIFF: one file per language), CSV for spreadsheets.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document (.csv).")
    Path document;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, review-docx, html, tmx, xliff or csv.")
    String format;

    @Option(names = "--lang", split = ",", paramLabel = "TAG", description = "Target languages (default: all of the document's).")
    List<String> langs = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: exports/NAME.EXT in the "
            + "document's workspace). Never the document itself nor another workspace document or glossary.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title of DOCX and HTML (default: the document's name).")
    String title = "";

    @Option(names = "--glossary", description = "Append the workspace's glossary to DOCX and HTML.")
    boolean glossary;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("triptych export: unknown format \"" + format + "\" (docx, review-docx, html, tmx, xliff or csv)");
            return Cli.BAD_INPUT;
        }
        Document doc = DocumentCodec.read(document);
        List<Path> inputs = new ArrayList<>(List.of(document));
        List<Concept> concepts = new ArrayList<>();
        if (glossary) {
            for (Glossary g : WorkspaceStore.readGlossaries(WorkspaceStore.workspaceOf(document))) {
                inputs.add(g.path());
                concepts.addAll(g.concepts());
            }
        }
        ExportOptions options = new ExportOptions(title, concepts);
        Path target = out != null ? out : Exports.defaultOutput(doc, chosen);
        OutputTargets.requireExport(Exports.files(chosen, doc, langs, target), inputs, out != null,
                " (choose another file with --out)");
        for (Path written : Exports.export(chosen, doc, langs, options, target, Progress.NONE)) {
            spec.commandLine().getOut().println("wrote " + written);
        }
        return Cli.OK;
    }
}
