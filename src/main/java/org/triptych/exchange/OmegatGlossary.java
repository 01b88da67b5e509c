package org.triptych.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.Limits;
import org.triptych.io.TextFiles;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OmegaT's glossaries: one line per entry with source term, target term and an optional comment, separated
 * by tabs ({@code .txt}, {@code .tab}, {@code .utf8}) or commas with CSV quoting ({@code .csv}); lines starting
 * with {@code #} are comments. One file holds one target language. Every entry becomes its own concept, so
 * nothing is merged away. Fields are written safe for spreadsheets ({@link SpreadsheetCells}) and read back
 * with that apostrophe removed.
 */
public final class OmegatGlossary {

    private static final CSVFormat OMEGAT_CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private OmegatGlossary() {
    }

    /** Reads an OmegaT glossary whose targets are in {@code targetLang}, as a glossary that will live at {@code target}. */
    public static Glossary read(Path file, String targetLang, Path target) throws IOException {
        String text = TextFiles.readUtf8(file);
        List<Concept> concepts = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? readCsv(file, text, targetLang) : readTabs(file, text, targetLang);
        List<String> columns = new ArrayList<>(List.of(Columns.SOURCE, targetLang));
        if (concepts.stream().anyMatch(c -> !c.note().isEmpty())) {
            columns.add(Columns.NOTE);
        }
        return new Glossary(target, columns, List.of(Columns.SOURCE, targetLang), concepts);
    }

    private static List<Concept> readTabs(Path file, String text, String targetLang) throws BadFileException {
        List<Concept> concepts = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            concepts.add(concept(file, fields, targetLang, i + 1));
        }
        return concepts;
    }

    private static List<Concept> readCsv(Path file, String text, String targetLang) throws BadFileException {
        List<Concept> concepts = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), OMEGAT_CSV)) {
            for (CSVRecord record : parser) {
                if (record.get(0).startsWith("#")) {
                    continue;
                }
                concepts.add(concept(file, record.values(), targetLang, (int) record.getRecordNumber()));
            }
        } catch (BadFileException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadFileException(file, 0, "malformed CSV glossary: " + e.getMessage(), e);
        }
        return concepts;
    }

    private static Concept concept(Path file, String[] fields, String targetLang, int line) throws BadFileException {
        long length = 0;
        for (String field : fields) {
            length += field.length();
        }
        Limits.checkCell(file, line, "the entry", length > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) length);
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        String source = SpreadsheetCells.restore(fields[0].strip());
        if (!source.isEmpty()) {
            terms.put(Columns.SOURCE, List.of(new Term(Columns.SOURCE, source, true)));
        }
        if (fields.length > 1 && !fields[1].isBlank()) {
            terms.put(targetLang, List.of(new Term(targetLang, SpreadsheetCells.restore(fields[1].strip()), true)));
        }
        String note = fields.length > 2
                ? SpreadsheetCells.restore(String.join("\t", java.util.Arrays.copyOfRange(fields, 2, fields.length)).strip()) : "";
        return new Concept(terms, Map.of(), note, Map.of(), line);
    }

    /**
     * The tab-separated text of one target language: one line per admitted rendering (OmegaT shows each as an
     * alternative), the concept's note and its forbidden spellings in the comment.
     */
    public static String format(Glossary glossary, String targetLang) {
        StringBuilder out = new StringBuilder("# Glossary in tab-separated format -*- coding: utf-8 -*-\n");
        for (Concept concept : glossary.concepts()) {
            String source = concept.english();
            if (source.isEmpty() || concept.terms(targetLang).isEmpty()) {
                continue;
            }
            List<String> comment = new ArrayList<>();
            if (!concept.note().isBlank()) {
                comment.add(concept.note());
            }
            if (!concept.forbidden(targetLang).isEmpty()) {
                comment.add("not: " + String.join(GlossaryCodec.SEPARATOR, concept.forbidden(targetLang)));
            }
            for (Term term : concept.terms(targetLang)) {
                out.append(field(source)).append('\t').append(field(term.text()));
                if (!comment.isEmpty()) {
                    out.append('\t').append(field(String.join("; ", comment)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** One field on one line, made safe for a spreadsheet opening the file (see {@link SpreadsheetCells}). */
    private static String field(String text) {
        return SpreadsheetCells.neutralise(text.replaceAll("[\t\r\n]+", " ").strip());
    }
}
