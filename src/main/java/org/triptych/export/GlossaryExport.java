package org.triptych.export;

import org.triptych.exchange.OmegatGlossary;
import org.triptych.exchange.SpreadsheetCells;
import org.triptych.exchange.TbxCodec;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a glossary for other tools: TBX-Basic, OmegaT's tab-separated glossary (one file per language), or CSV.
 * The CSV and OmegaT cells are made safe for spreadsheets ({@link SpreadsheetCells}); workspace glossaries,
 * which Triptych reads back, are saved by {@link GlossaryCodec} untouched.
 */
public final class GlossaryExport {

    /** The glossary formats. */
    public enum Format {
        TBX("tbx"), OMEGAT("txt"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private GlossaryExport() {
    }

    /**
     * Exports the target languages {@code langs} (all the glossary's when empty) with English; returns the
     * files written. OmegaT gets one file per language, named like {@code out} with the language before the extension.
     */
    public static List<Path> export(Glossary glossary, Format format, List<String> langs, Path out) throws IOException {
        List<String> targets = languages(glossary, langs);
        List<String> all = new ArrayList<>(List.of(Columns.SOURCE));
        all.addAll(targets);
        switch (format) {
            case TBX -> AtomicFiles.write(out, stream -> TbxCodec.write(stream, glossary, all));
            case CSV -> {
                List<String> columns = GlossaryCodec.columnsFor(glossary).stream()
                        .filter(c -> !Columns.isLanguageTag(c) && !c.endsWith(Columns.FORBIDDEN_SUFFIX)
                                || all.contains(c) || all.stream().anyMatch(l -> c.equals(Columns.forbiddenColumn(l))))
                        .toList();
                List<List<String>> rows = glossary.concepts().stream()
                        .map(c -> GlossaryCodec.cells(c, columns).stream().map(SpreadsheetCells::neutralise).toList()).toList();
                AtomicFiles.writeString(out, org.triptych.io.CsvTable.format(columns, rows));
            }
            case OMEGAT -> {
                List<Path> written = new ArrayList<>();
                for (String lang : targets) {
                    Path file = XliffExporter.fileFor(out, lang, targets.size());
                    AtomicFiles.writeString(file, OmegatGlossary.format(glossary, lang));
                    written.add(file);
                }
                return written;
            }
        }
        return List.of(out);
    }

    /** The files {@link #export} writes for these arguments, before anything is written. */
    public static List<Path> files(Glossary glossary, Format format, List<String> langs, Path out) {
        if (format != Format.OMEGAT) {
            return List.of(out);
        }
        List<String> targets = languages(glossary, langs);
        return targets.stream().map(lang -> XliffExporter.fileFor(out, lang, targets.size())).toList();
    }

    /** The requested target languages, checked against the glossary's; all of them when none are requested. */
    private static List<String> languages(Glossary glossary, List<String> langs) {
        List<String> targets = langs.isEmpty()
                ? glossary.languages().stream().filter(l -> !l.equals(Columns.SOURCE)).toList() : langs;
        for (String lang : targets) {
            if (!glossary.languages().contains(lang)) {
                throw new IllegalArgumentException("the glossary has no language \"" + lang + "\" (it has "
                        + String.join(", ", glossary.languages()) + ")");
            }
        }
        return targets;
    }
}
