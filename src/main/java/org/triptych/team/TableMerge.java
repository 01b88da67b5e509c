package org.triptych.team;

import org.triptych.io.CsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges three versions of a workspace CSV (base, ours, theirs) row by row and cell by cell, never line by line: a
 * row is known by its key ({@link CsvKind}), every column is a cell (the status and note columns, and columns
 * Triptych does not know, alike). A cell changed on one side takes that side; a cell changed differently on both
 * sides keeps ours and becomes a {@link Conflict}. A row added on either side is kept, after the row it follows
 * there; a row deleted on one side goes when the other side left it alone, and is kept, as a {@link Conflict#ROW}
 * conflict, when the other side edited it. A column added on either side is kept; a column removed on one side
 * goes unless the other side changed a cell in it. Plain Java; any thread.
 */
public final class TableMerge {

    /** A CSV as its header and rows of cells; the empty table stands for a file that does not exist. */
    public record Table(List<String> header, List<List<String>> rows) {
        public static final Table EMPTY = new Table(List.of(), List.of());

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public static Table of(CsvTable table) {
            return new Table(table.header(), table.rows().stream().map(CsvTable.Row::cells).toList());
        }

        /** The file's text as Triptych writes every workspace CSV. */
        public String format() {
            return CsvTable.format(header, rows);
        }
    }

    /** The merged table, with every conflict settled as ours, and the conflicts. */
    public record Result(Table merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    private TableMerge() {
    }

    /**
     * Merges {@code ours} and {@code theirs} against {@code base}.
     *
     * @param file the file's path relative to the workspace root, recorded in the conflicts
     */
    public static Result merge(String file, CsvKind kind, Table base, Table ours, Table theirs) {
        Map<String, String> aliases = aliases(kind, base, ours, theirs);
        Side b = new Side(kind, base, aliases);
        Side o = new Side(kind, ours, aliases);
        Side t = new Side(kind, theirs, aliases);
        List<String> header = header(b, o, t);
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<String>> merged = new LinkedHashMap<>();
        // Ours in order, then theirs' own rows after the row they follow in theirs.
        List<String> order = new ArrayList<>(o.rows.keySet());
        Set<String> placed = new HashSet<>(order);
        String previous = null;
        for (String key : t.rows.keySet()) {
            if (placed.add(key)) {
                int at = previous == null ? 0 : order.indexOf(previous) + 1;
                while (at < order.size() && !t.rows.containsKey(order.get(at)) && !b.rows.containsKey(order.get(at))) {
                    at++; // after the rows we added there too
                }
                order.add(at, key);
            }
            previous = key;
        }
        for (String key : order) {
            Map<String, String> rb = b.rows.get(key);
            Map<String, String> ro = o.rows.get(key);
            Map<String, String> rt = t.rows.get(key);
            List<String> row;
            if (ro != null && rt != null) {
                row = mergeCells(file, kind, key, header, b, o, t, rb == null ? Map.of() : rb, ro, rt, conflicts);
            } else if (ro != null) {
                row = oneSide(file, kind, key, header, b, o, rb, ro, conflicts, false);
            } else {
                row = oneSide(file, kind, key, header, b, t, rb, rt, conflicts, true);
            }
            if (row != null) {
                merged.put(key, row);
            }
        }
        return new Result(new Table(header, new ArrayList<>(merged.values())), conflicts);
    }

    /** A row only one side has: added there, or deleted by the other side (kept when this side edited it). */
    private static List<String> oneSide(String file, CsvKind kind, String key, List<String> header, Side b, Side side,
                                        Map<String, String> rb, Map<String, String> row, List<Conflict> conflicts,
                                        boolean theirs) {
        List<String> cells = cells(header, side, row, b, rb);
        if (rb == null) {
            return cells;
        }
        List<String> before = cells(header, b, rb, b, rb);
        if (before.equals(cells)) {
            return null; // deleted on the other side, untouched here
        }
        String text = CsvTable.formatRow(cells).strip();
        Conflict conflict = new Conflict(file, key, kind.label(header, cells), Conflict.ROW,
                CsvTable.formatRow(before).strip(), text, "");
        conflicts.add(theirs ? conflict.swapped() : conflict);
        return cells;
    }

    private static List<String> mergeCells(String file, CsvKind kind, String key, List<String> header, Side b, Side o,
                                           Side t, Map<String, String> rb, Map<String, String> ro,
                                           Map<String, String> rt, List<Conflict> conflicts) {
        List<String> cells = new ArrayList<>(header.size());
        List<Integer> conflicting = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String vb = rb.getOrDefault(column, "");
            String vo = o.cell(ro, column, b, vb);
            String vt = t.cell(rt, column, b, vb);
            if (vo.equals(vt) || vt.equals(vb)) {
                cells.add(vo);
            } else if (vo.equals(vb)) {
                cells.add(vt);
            } else {
                cells.add(vo);
                conflicting.add(i);
                values.add(new String[]{vb, vo, vt});
            }
        }
        String label = kind.label(header, cells);
        for (int k = 0; k < conflicting.size(); k++) {
            String[] v = values.get(k);
            conflicts.add(new Conflict(file, key, label, header.get(conflicting.get(k)), v[0], v[1], v[2]));
        }
        return cells;
    }

    /** A row's cells under the merged header; a column the side dropped counts as the base's cell. */
    private static List<String> cells(List<String> header, Side side, Map<String, String> row, Side b,
                                      Map<String, String> rb) {
        List<String> cells = new ArrayList<>(header.size());
        for (String column : header) {
            String vb = rb == null ? "" : rb.getOrDefault(column, "");
            cells.add(side.cell(row, column, b, vb));
        }
        return cells;
    }

    /**
     * Ours in order, then columns new in theirs after the column they follow there. A column one side removed goes
     * unless the other side changed a cell in it.
     */
    private static List<String> header(Side b, Side o, Side t) {
        List<String> header = new ArrayList<>();
        for (String column : o.header) {
            if (!(b.header.contains(column) && !t.header.contains(column) && !o.changed(column, b))) {
                header.add(column);
            }
        }
        String previous = null;
        for (String column : t.header) {
            if (!o.header.contains(column)
                    && !(b.header.contains(column) && !t.changed(column, b))) {
                header.add(previous == null ? 0 : header.indexOf(previous) + 1, column);
            }
            if (header.contains(column)) {
                previous = column;
            }
        }
        return header;
    }

    /**
     * For a glossary: rows written without an id (before ids were given) and the same concept with an id elsewhere,
     * by their one shared English term, so that giving ids does not look like deleting and adding every concept.
     */
    private static Map<String, String> aliases(CsvKind kind, Table... tables) {
        if (kind != CsvKind.GLOSSARY) {
            return Map.of();
        }
        Map<String, Set<String>> idsByEnglish = new HashMap<>();
        for (Table table : tables) {
            int id = table.header().indexOf(CsvKind.CONCEPT_ID);
            for (List<String> row : table.rows()) {
                String own = id >= 0 && id < row.size() ? row.get(id).strip() : "";
                String english = CsvKind.englishKey(table.header(), row);
                if (!own.isEmpty() && !english.isEmpty()) {
                    idsByEnglish.computeIfAbsent(english, k -> new LinkedHashSet<>()).add(own);
                }
            }
        }
        Map<String, String> aliases = new HashMap<>();
        idsByEnglish.forEach((english, ids) -> {
            if (ids.size() == 1) {
                aliases.put(english, ids.iterator().next());
            }
        });
        return aliases;
    }

    /** One version: its header and its rows by key (the k-th row of a repeated key gets {@code #k}). */
    private static final class Side {
        final List<String> header;
        final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

        Side(CsvKind kind, Table table, Map<String, String> aliases) {
            this.header = table.header();
            int index = 0;
            for (List<String> cells : table.rows()) {
                index++;
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String key = kind.ownKey(header, cells);
                key = aliases.getOrDefault(key, key);
                if (key.isEmpty()) {
                    key = "#row" + index;
                }
                String unique = key;
                for (int k = 2; rows.containsKey(unique); k++) {
                    unique = key + "#" + k;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.put(unique, row);
            }
        }

        /** This side's cell; a column the base had and this side removed counts as unchanged. */
        String cell(Map<String, String> row, String column, Side base, String baseValue) {
            if (!header.contains(column)) {
                return base.header.contains(column) ? baseValue : "";
            }
            return row.getOrDefault(column, "");
        }

        /** True when a row of this side has a cell in {@code column} other than the base's. */
        boolean changed(String column, Side base) {
            for (Map.Entry<String, Map<String, String>> e : rows.entrySet()) {
                Map<String, String> before = base.rows.get(e.getKey());
                String was = before == null ? "" : before.getOrDefault(column, "");
                if (!e.getValue().getOrDefault(column, "").equals(was)) {
                    return true;
                }
            }
            return false;
        }
    }
}
