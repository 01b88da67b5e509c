package org.triptych.export;

import org.triptych.exchange.TranslationUnit;
import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.paths.OutputTargets;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs any export by format, and holds what the exporters share. */
public final class Exports {

    private Exports() {
    }

    /**
     * Exports {@code document} into {@code langs} (its targets when empty) to {@code out}; returns the files
     * written (XLIFF writes one per language, see {@link XliffExporter#fileFor}).
     */
    public static List<Path> export(ExportFormat format, Document document, List<String> langs, ExportOptions options,
                                    Path out, Progress progress) throws IOException {
        List<String> chosen = languages(document, langs);
        return switch (format) {
            case DOCX -> { DocxExporter.export(document, chosen, options, out, progress); yield List.of(out); }
            case REVIEW_DOCX -> { ReviewDocxExporter.export(document, chosen, options, out, progress); yield List.of(out); }
            case HTML -> { HtmlExporter.export(document, chosen, options, out, progress); yield List.of(out); }
            case TMX -> { TmxExporter.export(document, chosen, out, progress); yield List.of(out); }
            case XLIFF -> XliffExporter.export(document, chosen, out, progress);
            case CSV -> { CsvExporter.export(document, chosen, out, progress); yield List.of(out); }
        };
    }

    /**
     * The default output file: in the {@code exports/} folder of the document's workspace, named after the
     * document, with the format's extension (see {@link OutputTargets}).
     */
    public static Path defaultOutput(Document document, ExportFormat format) {
        String name = format == ExportFormat.REVIEW_DOCX ? document.name() + ".review" : document.name();
        return OutputTargets.defaultExport(document.path(), name, format.extension());
    }

    /** The files {@link #export} writes for these arguments, before anything is written. */
    public static List<Path> files(ExportFormat format, Document document, List<String> langs, Path out) {
        if (format != ExportFormat.XLIFF) {
            return List.of(out);
        }
        List<String> chosen = languages(document, langs);
        return chosen.stream().map(lang -> XliffExporter.fileFor(out, lang, chosen.size())).toList();
    }

    /** The requested languages, checked against the document's targets; all of them when none are requested. */
    public static List<String> languages(Document document, List<String> requested) {
        if (requested.isEmpty()) {
            return document.targets();
        }
        for (String lang : requested) {
            if (!document.targets().contains(lang)) {
                throw new IllegalArgumentException("the document " + document.path().getFileName() + " has no target \""
                        + lang + "\" (its targets: " + String.join(", ", document.targets()) + ")");
            }
        }
        return List.copyOf(requested);
    }

    /** The paragraphs as exchange units: English, then each language in {@code langs}, with statuses. */
    public static List<TranslationUnit> units(Document document, List<String> langs) {
        List<TranslationUnit> units = new ArrayList<>(document.paragraphs().size());
        for (Paragraph p : document.paragraphs()) {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Status> statuses = new LinkedHashMap<>();
            texts.put(Columns.SOURCE, p.source());
            for (String lang : langs) {
                texts.put(lang, p.target(lang).text());
                statuses.put(lang, p.target(lang).status());
            }
            units.add(new TranslationUnit(p.id(), texts, statuses, p.note(), p.line()));
        }
        return units;
    }
}
