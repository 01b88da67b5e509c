package org.triptych.io;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes translation documents ({@code translations/<name>.csv}): columns {@code id}, {@code en},
 * one per target language tag, optional {@code <tag>_status} and {@code note}; other columns are kept.
 */
public final class DocumentCodec {

    private DocumentCodec() {
    }

    public static Document read(Path file) throws IOException {
        return fromTable(CsvTable.read(file));
    }

    public static Document fromTable(CsvTable table) throws BadFileException {
        Path file = table.file();
        List<String> header = table.header();
        requireColumn(file, header, Columns.ID);
        requireColumn(file, header, Columns.SOURCE);
        List<String> targets = header.stream()
                .filter(c -> !c.equals(Columns.SOURCE) && Columns.isLanguageTag(c))
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        List<String> unknown = header.stream().filter(c -> !isKnown(c, targets)).toList();

        Map<String, Integer> idLines = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue; // a spreadsheet's trailing ",,," row carries nothing
            }
            String id = row.cell(index.get(Columns.ID)).strip();
            if (id.isEmpty()) {
                throw new BadFileException(file, row.line(), "empty id: every paragraph needs a unique id");
            }
            Integer previous = idLines.putIfAbsent(id, row.line());
            if (previous != null) {
                throw new BadFileException(file, row.line(),
                        "duplicate id \"" + id + "\" (first used on line " + previous + ")");
            }
            Map<String, Translation> translations = new LinkedHashMap<>();
            for (String tag : targets) {
                String text = row.cell(index.get(tag));
                Integer statusColumn = index.get(Columns.statusColumn(tag));
                Status status = Status.NONE;
                if (statusColumn != null) {
                    String cell = row.cell(statusColumn);
                    status = Status.fromCell(cell);
                    if (status == null) {
                        throw new BadFileException(file, row.line(), "unknown status \"" + cell + "\" in column "
                                + Columns.statusColumn(tag) + " (expected empty, draft, translated or reviewed)");
                    }
                }
                translations.put(tag, new Translation(text, status));
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (String column : unknown) {
                extra.put(column, row.cell(index.get(column)));
            }
            Integer noteColumn = index.get(Columns.NOTE);
            String note = noteColumn == null ? "" : row.cell(noteColumn);
            paragraphs.add(new Paragraph(id, row.cell(index.get(Columns.SOURCE)), translations, note, extra, row.line()));
        }
        return new Document(file, header, targets, paragraphs);
    }

    private static boolean isKnown(String column, List<String> targets) {
        if (column.equals(Columns.ID) || column.equals(Columns.SOURCE) || column.equals(Columns.NOTE)
                || targets.contains(column)) {
            return true;
        }
        return column.endsWith(Columns.STATUS_SUFFIX)
                && targets.contains(column.substring(0, column.length() - Columns.STATUS_SUFFIX.length()));
    }

    private static void requireColumn(Path file, List<String> header, String column) throws BadFileException {
        if (!header.contains(column)) {
            throw new BadFileException(file, 1, "missing required column \"" + column + "\" (header: "
                    + String.join(",", header) + ")");
        }
    }

    /** The header a document is written with: its own, plus any column its content now needs. */
    public static List<String> columnsFor(Document document) {
        List<String> columns = new ArrayList<>(document.columns());
        for (String required : List.of(Columns.ID, Columns.SOURCE)) {
            if (!columns.contains(required)) {
                columns.add(required);
            }
        }
        for (String tag : document.targets()) {
            if (!columns.contains(tag)) {
                columns.add(tag);
            }
            String statusColumn = Columns.statusColumn(tag);
            boolean hasStatus = document.paragraphs().stream().anyMatch(p -> p.target(tag).status() != Status.NONE);
            if (hasStatus && !columns.contains(statusColumn)) {
                columns.add(columns.indexOf(tag) + 1, statusColumn);
            }
        }
        for (String tag : document.targets()) {
            String originColumn = Columns.originColumn(tag);
            boolean hasOrigin = document.paragraphs().stream()
                    .anyMatch(p -> !p.extra().getOrDefault(originColumn, "").isEmpty());
            if (hasOrigin && !columns.contains(originColumn)) {
                String before = columns.contains(Columns.statusColumn(tag)) ? Columns.statusColumn(tag) : tag;
                columns.add(columns.indexOf(before) + 1, originColumn);
            }
        }
        boolean hasNote = document.paragraphs().stream().anyMatch(p -> !p.note().isEmpty());
        if (hasNote && !columns.contains(Columns.NOTE)) {
            columns.add(Columns.NOTE);
        }
        return columns;
    }

    public static String format(Document document) {
        List<String> columns = columnsFor(document);
        return CsvTable.format(columns, rows(document, columns));
    }

    private static List<List<String>> rows(Document document, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Paragraph p : document.paragraphs()) {
            List<String> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                cells.add(cellOf(p, column, document.targets()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String cellOf(Paragraph p, String column, List<String> targets) {
        if (column.equals(Columns.ID)) {
            return p.id();
        }
        if (column.equals(Columns.SOURCE)) {
            return p.source();
        }
        if (column.equals(Columns.NOTE)) {
            return p.note();
        }
        if (targets.contains(column)) {
            return p.target(column).text();
        }
        if (column.endsWith(Columns.STATUS_SUFFIX)) {
            String tag = column.substring(0, column.length() - Columns.STATUS_SUFFIX.length());
            if (targets.contains(tag)) {
                return p.target(tag).status().cell();
            }
        }
        return p.extra().getOrDefault(column, "");
    }

    /**
     * Saves atomically, keeping the previous file as {@code .bak}; refuses content Triptych could not open again
     * ({@link Limits}). A read-modify-write takes {@link WorkspaceLock} around the read and this call.
     */
    public static void save(Document document) throws IOException {
        List<String> columns = columnsFor(document);
        CsvTable.save(document.path(), columns, rows(document, columns));
    }
}
