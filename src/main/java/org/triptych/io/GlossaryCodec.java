package org.triptych.io;

import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes glossary files ({@code glossaries/*.csv}): one column per language tag ({@code en}
 * required), optional {@code <tag>_forbidden} and {@code note}. A cell holds alternatives separated by
 * {@code |}, the first preferred. Other columns are kept.
 */
public final class GlossaryCodec {

    public static final String SEPARATOR = "|";

    private GlossaryCodec() {
    }

    public static Glossary read(Path file) throws IOException {
        return fromTable(CsvTable.read(file));
    }

    public static Glossary fromTable(CsvTable table) throws BadFileException {
        Path file = table.file();
        List<String> header = table.header();
        if (!header.contains(Columns.SOURCE)) {
            throw new BadFileException(file, 1, "missing required column \"en\" (header: " + String.join(",", header) + ")");
        }
        List<String> languages = header.stream().filter(Columns::isLanguageTag).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        List<Concept> concepts = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, List<Term>> terms = new LinkedHashMap<>();
            Map<String, List<String>> forbidden = new LinkedHashMap<>();
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                String cell = row.cell(i);
                if (languages.contains(column)) {
                    List<String> alternatives = split(cell);
                    List<Term> list = new ArrayList<>();
                    for (int k = 0; k < alternatives.size(); k++) {
                        list.add(new Term(column, alternatives.get(k), k == 0));
                    }
                    if (!list.isEmpty()) {
                        terms.put(column, list);
                    }
                } else if (isForbiddenColumn(column)) {
                    List<String> list = split(cell);
                    if (!list.isEmpty()) {
                        forbidden.put(column.substring(0, column.length() - Columns.FORBIDDEN_SUFFIX.length()), list);
                    }
                } else if (!column.equals(Columns.NOTE)) {
                    extra.put(column, cell);
                }
            }
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue; // a row of empty cells carries nothing; it is not an error
            }
            Integer noteColumn = index.get(Columns.NOTE);
            concepts.add(new Concept(terms, forbidden, noteColumn == null ? "" : row.cell(noteColumn), extra, row.line()));
        }
        return new Glossary(file, header, languages, concepts);
    }

    /** {@code <tag>_forbidden} for any language tag, with or without a term column of its own. */
    private static boolean isForbiddenColumn(String column) {
        return column.endsWith(Columns.FORBIDDEN_SUFFIX)
                && Columns.isLanguageTag(column.substring(0, column.length() - Columns.FORBIDDEN_SUFFIX.length()));
    }

    /** Splits a cell on {@code |}, trimming each alternative and dropping empty ones. */
    public static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The header a glossary is written with: its own, plus any column its concepts now need. */
    public static List<String> columnsFor(Glossary glossary) {
        List<String> columns = new ArrayList<>(glossary.columns());
        if (!columns.contains(Columns.SOURCE)) {
            columns.add(0, Columns.SOURCE);
        }
        for (Concept c : glossary.concepts()) {
            for (String lang : c.terms().keySet()) {
                if (!columns.contains(lang)) {
                    columns.add(lang);
                }
            }
            for (String lang : c.forbidden().keySet()) {
                String column = Columns.forbiddenColumn(lang);
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
            if (!c.note().isEmpty() && !columns.contains(Columns.NOTE)) {
                columns.add(Columns.NOTE);
            }
        }
        return columns;
    }

    /** The cells of one concept under the given header. */
    public static List<String> cells(Concept concept, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            if (column.equals(Columns.NOTE)) {
                cells.add(concept.note());
            } else if (isForbiddenColumn(column)) {
                cells.add(String.join(SEPARATOR,
                        concept.forbidden(column.substring(0, column.length() - Columns.FORBIDDEN_SUFFIX.length()))));
            } else if (Columns.isLanguageTag(column)) {
                cells.add(String.join(SEPARATOR, concept.terms(column).stream().map(Term::text).toList()));
            } else {
                cells.add(concept.extra().getOrDefault(column, ""));
            }
        }
        return cells;
    }

    public static String format(Glossary glossary) {
        List<String> columns = columnsFor(glossary);
        return CsvTable.format(columns, rows(glossary, columns));
    }

    private static List<List<String>> rows(Glossary glossary, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            rows.add(cells(c, columns));
        }
        return rows;
    }

    /**
     * Saves atomically, keeping the previous file as {@code .bak}; refuses content Triptych could not open again
     * ({@link Limits}). A read-modify-write takes {@link WorkspaceLock} around the read and this call.
     */
    public static void save(Glossary glossary) throws IOException {
        List<String> columns = columnsFor(glossary);
        CsvTable.save(glossary.path(), columns, rows(glossary, columns));
    }

    /**
     * Appends one concept to the glossary {@code file} under the workspace lock, re-reading the file inside it so no
     * other writer's addition is lost: a row for {@code values} (column name to cell) under the file's own header,
     * with the file's own line ending, every byte already in the file kept (a file without a final line break gets
     * one first). A missing file is created with the columns of {@code values} as its header.
     */
    public static void append(Path file, Map<String, String> values) throws IOException {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue().length() > Limits.MAX_CELL_CHARS) {
                throw new CannotSaveException(file, Limits.tooLong("the " + e.getKey() + " text", e.getValue().length()),
                        Files.exists(file), null);
            }
        }
        WorkspaceLock.updateFile(file, () -> {
            appendLocked(file, values);
            return null;
        });
    }

    private static void appendLocked(Path file, Map<String, String> values) throws IOException {
        if (!Files.exists(file)) {
            List<String> header = List.copyOf(values.keySet());
            CsvTable.saveText(file, String.join(",", header) + "\n" + row(header, values) + "\n");
            return;
        }
        Glossary glossary = read(file); // refuses a broken file before anything is written
        List<String> header = glossary.columns();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getValue().isEmpty() && !header.contains(e.getKey())) {
                throw new BadFileException(file, 1, "the glossary has no column \"" + e.getKey() + "\" (header: "
                        + String.join(",", header) + ")");
            }
        }
        byte[] old = Files.readAllBytes(file);
        String text = new String(old, StandardCharsets.UTF_8);
        int firstBreak = text.indexOf('\n');
        String newline = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
        String addition = (old.length == 0 || text.endsWith("\n") ? "" : newline) + row(header, values) + newline;
        byte[] added = addition.getBytes(StandardCharsets.UTF_8);
        CsvTable.checkFileSize(file, (long) old.length + added.length);
        AtomicFiles.write(file, out -> {
            out.write(old);
            out.write(added);
        });
    }

    /** One record without its line end, quoted only where CSV needs it. */
    private static String row(List<String> header, Map<String, String> values) {
        List<String> cells = new ArrayList<>(header.size());
        for (String column : header) {
            cells.add(values.getOrDefault(column, ""));
        }
        String line = CsvTable.formatRow(cells);
        return line.substring(0, line.length() - 1);
    }
}
