package org.triptych.cli;

import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.export.TargetExport;
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
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych export DOCUMENT.csv --format docx|review-docx|html|tmx|xliff|csv|target [--lang ko,uk] [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a document: DOCX or HTML for reading, review-docx for a reviewer to edit and send back "
                + "(see import-review), TMX or XLIFF 2.1 for other tools (XLIFF: one file per language), CSV for "
                + "spreadsheets; target: the translated document in the format and layout of its source (.docx, .md, "
                + ".txt), one file per language.")
public final class ExportCommand implements Callable<Integer> {

    private static final String TARGET = "target";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document (.csv).")
    Path document;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, review-docx, html, tmx, "
            + "xliff, csv, or target (also target-docx, target-md, target-txt).")
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
        if (format.strip().toLowerCase(Locale.ROOT).startsWith(TARGET)) {
            return exportTarget();
        }
        ExportFormat chosen;
        try {
            chosen = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("triptych export: unknown format \"" + format
                    + "\" (docx, review-docx, html, tmx, xliff, csv, or target: the translated document in the "
                    + "source's format)");
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

    /**
     * The translated document in the source's format, one file per language; {@code target-docx}, {@code target-md}
     * and {@code target-txt} also say which format the source must be.
     */
    private int exportTarget() throws Exception {
        Document doc = DocumentCodec.read(document);
        String extension = TargetExport.extension(doc);
        String wanted = format.strip().toLowerCase(Locale.ROOT).substring(TARGET.length());
        if (!wanted.isEmpty() && !wanted.equals("-" + extension)) {
            spec.commandLine().getErr().println("triptych export: " + document + " was imported from a ."
                    + extension + " source, so its translated document is --format target-" + extension
                    + " (or --format target)");
            return Cli.BAD_INPUT;
        }
        List<String> chosenLangs = Exports.languages(doc, langs);
        Path target = out != null ? out : TargetExport.defaultOutput(doc, chosenLangs);
        OutputTargets.requireExport(TargetExport.files(doc, chosenLangs, target),
                List.of(document, TargetExport.source(doc)), out != null, " (choose another file with --out)");
        for (TargetExport.Report report : TargetExport.export(doc, chosenLangs, target, Progress.NONE)) {
            spec.commandLine().getOut().println("wrote " + report.file() + ": " + report.paragraphs() + " paragraphs, "
                    + report.untranslated() + " left in English (not translated into " + report.lang() + "), "
                    + report.drafts() + " drafts");
        }
        return Cli.OK;
    }
}
