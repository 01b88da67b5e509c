package org.triptych.sync;

import org.triptych.glossary.edit.DuplicateTerms;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;

/**
 * Merges a glossary changed both here (mine) and on disk (theirs) against the version last read or written
 * (the base), concept by concept and then cell by cell, as {@link ThreeWayMerge} does for documents.
 * <p>
 * A glossary has no id column, so a concept is recognised by its preferred English term (case, width of
 * spaces and Unicode form ignored, as duplicate detection compares terms); the k-th concept with one English
 * term matches the k-th with the same term on the other side. A concept whose preferred English changed is
 * still recognised by any English alternative it kept ({@code Kiev} → {@code Kyiv|Kiev}), or, failing that,
 * by all its other cells being unchanged (a typo fixed in the English). Row order follows theirs; a concept
 * added here goes after the concept it follows here.
 * <p>
 * A cell changed on one side only takes that side; a cell changed differently on both sides is a
 * {@link Conflict} (the merge keeps mine until it is {@link Result#resolve resolved}). A concept deleted on
 * one side and edited on the other is kept as edited; a concept added on both sides with the same English is
 * one concept. Columns the program does not know are merged like any other; a column removed on one side
 * stays removed unless the other side changed a cell in it. Plain Java; any thread.
 */
public final class GlossaryMerge {

    /**
     * One cell changed differently on both sides.
     *
     * @param row     the concept's index in {@link Result#merged()}
     * @param concept the concept's preferred English term (for people)
     * @param column  the column as named in the file: a language tag, {@code <tag>_forbidden}, {@code note}, or
     *                an unknown column
     */
    public record Conflict(int row, String concept, String column, String base, String mine, String theirs) {
    }

    /** The merged glossary (every conflict settled as mine) and the conflicts found. */
    public record Result(Glossary merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        /** The merged glossary with each conflict settled as chosen: true takes theirs. */
        public Glossary resolve(Map<Conflict, Boolean> takeTheirs) {
            List<String> header = merged.columns();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Concept concept : merged.concepts()) {
                rows.add(cellsOf(concept, header));
            }
            for (Conflict c : conflicts) {
                if (Boolean.TRUE.equals(takeTheirs.get(c))) {
                    rows.get(c.row()).put(c.column(), c.theirs());
                }
            }
            List<Integer> lines = merged.concepts().stream().map(Concept::line).toList();
            return build(merged, header, rows, lines);
        }
    }

    private GlossaryMerge() {
    }

    /** Merges; all three must be versions of one glossary file. {@code base} may have no concepts (a new file). */
    public static Result merge(Glossary base, Glossary mine, Glossary theirs) {
        return new Merger(base, mine, theirs).run();
    }

    /** True when both glossaries would be written with the same header and the same cells (source lines aside). */
    public static boolean sameContent(Glossary a, Glossary b) {
        if (a == b) {
            return true;
        }
        if (a.concepts().size() != b.concepts().size()) {
            return false;
        }
        return GlossaryCodec.format(a).equals(GlossaryCodec.format(b));
    }

    /** One side of the merge as rows of cells keyed by column name. */
    private static final class Side {
        final Glossary glossary;
        final Set<String> columns;
        final List<Map<String, String>> rows = new ArrayList<>();

        Side(Glossary glossary) {
            this.glossary = glossary;
            List<String> header = GlossaryCodec.columnsFor(glossary);
            this.columns = new LinkedHashSet<>(header);
            for (Concept concept : glossary.concepts()) {
                rows.add(cellsOf(concept, header));
            }
        }

        String cell(int row, String column) {
            return rows.get(row).getOrDefault(column, "");
        }

        int size() {
            return rows.size();
        }
    }

    private static final class Merger {
        private final Side base;
        private final Side mine;
        private final Side theirs;
        /** For each base concept, its index on each side, or -1 when that side deleted it. */
        private final int[] baseToMine;
        private final int[] baseToTheirs;
        private final int[] mineToBase;
        private final int[] theirsToBase;
        /** For concepts added on both sides: the theirs index of each mine-added concept, or -1. */
        private final Map<Integer, Integer> addedMineToTheirs = new HashMap<>();
        private final Map<Integer, Integer> addedTheirsToMine = new HashMap<>();

        Merger(Glossary base, Glossary mine, Glossary theirs) {
            this.base = new Side(base);
            this.mine = new Side(mine);
            this.theirs = new Side(theirs);
            this.baseToMine = match(this.base, allRows(this.base), this.mine, allRows(this.mine));
            this.baseToTheirs = match(this.base, allRows(this.base), this.theirs, allRows(this.theirs));
            this.mineToBase = inverse(baseToMine, this.mine.size());
            this.theirsToBase = inverse(baseToTheirs, this.theirs.size());
            List<Integer> addedMine = unmatched(mineToBase);
            List<Integer> addedTheirs = unmatched(theirsToBase);
            int[] pairs = match(this.mine, addedMine, this.theirs, addedTheirs);
            for (int i = 0; i < pairs.length; i++) {
                if (pairs[i] >= 0) {
                    addedMineToTheirs.put(addedMine.get(i), pairs[i]);
                    addedTheirsToMine.put(pairs[i], addedMine.get(i));
                }
            }
        }

        Result run() {
            List<String> header = header();
            List<Map<String, String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            // Where each mine concept ended up in the result, to place concepts added here after their neighbour.
            int[] mineAt = new int[mine.size()];
            Arrays.fill(mineAt, -1);
            for (int t = 0; t < theirs.size(); t++) {
                int b = theirsToBase[t];
                Map<String, String> merged;
                int m;
                if (b >= 0) {
                    m = baseToMine[b];
                    if (m < 0) {
                        if (sameCells(theirs.rows.get(t), base.rows.get(b), header)) {
                            continue; // deleted here, untouched on disk
                        }
                        merged = new HashMap<>(theirs.rows.get(t)); // deleted here, edited on disk: keep the edit
                    } else {
                        merged = mergeCells(base.rows.get(b), mine.rows.get(m), theirs.rows.get(t), header, rows.size(), conflicts);
                    }
                } else {
                    Integer pair = addedTheirsToMine.get(t);
                    m = pair == null ? -1 : pair;
                    merged = m < 0 ? new HashMap<>(theirs.rows.get(t))
                            : mergeCells(Map.of(), mine.rows.get(m), theirs.rows.get(t), header, rows.size(), conflicts);
                }
                if (m >= 0) {
                    mineAt[m] = rows.size();
                }
                rows.add(merged);
                lines.add(theirs.glossary.concepts().get(t).line());
            }
            // Concepts only here: added here, or edited here and deleted on disk. Placed after their neighbour here.
            for (int m = 0; m < mine.size(); m++) {
                if (mineAt[m] >= 0) {
                    continue;
                }
                int b = mineToBase[m];
                boolean addedHere = b < 0 && !addedMineToTheirs.containsKey(m);
                boolean editedHereDeletedThere = b >= 0 && baseToTheirs[b] < 0
                        && !sameCells(mine.rows.get(m), base.rows.get(b), header);
                if (!addedHere && !editedHereDeletedThere) {
                    continue;
                }
                int at = 0;
                for (int previous = m - 1; previous >= 0; previous--) {
                    if (mineAt[previous] >= 0) {
                        at = mineAt[previous] + 1;
                        break;
                    }
                }
                rows.add(at, new HashMap<>(mine.rows.get(m)));
                lines.add(at, mine.glossary.concepts().get(m).line());
                for (int k = 0; k < mineAt.length; k++) {
                    if (mineAt[k] >= at) {
                        mineAt[k]++;
                    }
                }
                for (int k = 0; k < conflicts.size(); k++) {
                    Conflict c = conflicts.get(k);
                    if (c.row() >= at) {
                        conflicts.set(k, new Conflict(c.row() + 1, c.concept(), c.column(), c.base(), c.mine(), c.theirs()));
                    }
                }
                mineAt[m] = at;
            }
            return new Result(build(theirs.glossary, header, rows, lines), conflicts);
        }

        private Map<String, String> mergeCells(Map<String, String> b, Map<String, String> m, Map<String, String> t,
                                               List<String> header, int row, List<Conflict> conflicts) {
            Map<String, String> merged = new HashMap<>();
            for (String column : header) {
                String vb = b.getOrDefault(column, "");
                // A side without a column the base had removed the column, not the cell: its cell counts as unchanged.
                String vm = droppedBy(mine, column) ? vb : m.getOrDefault(column, "");
                String vt = droppedBy(theirs, column) ? vb : t.getOrDefault(column, "");
                if (vm.equals(vt) || vm.equals(vb)) {
                    merged.put(column, vt);
                } else if (vt.equals(vb)) {
                    merged.put(column, vm);
                } else {
                    String name = firstTerm(m).isEmpty() ? firstTerm(t) : firstTerm(m);
                    conflicts.add(new Conflict(row, name, column, vb, vm, vt));
                    merged.put(column, vm);
                }
            }
            return merged;
        }

        private boolean droppedBy(Side side, String column) {
            return base.columns.contains(column) && !side.columns.contains(column);
        }

        /**
         * The merged header: theirs in order, then columns new here. A column one side removed stays removed
         * unless the other side changed a cell in it.
         */
        private List<String> header() {
            Set<String> columns = new LinkedHashSet<>();
            for (String column : theirs.columns) {
                if (mine.columns.contains(column) || !base.columns.contains(column)
                        || column.equals(Columns.SOURCE) || changedIn(column, theirs, baseToTheirs)) {
                    columns.add(column);
                }
            }
            for (String column : mine.columns) {
                if (!theirs.columns.contains(column)
                        && (!base.columns.contains(column) || changedIn(column, mine, baseToMine))) {
                    columns.add(column);
                }
            }
            return List.copyOf(columns);
        }

        /** True when {@code side} has a cell in {@code column} that differs from the base. */
        private boolean changedIn(String column, Side side, int[] baseToSide) {
            boolean[] fromBase = new boolean[side.size()];
            for (int b = 0; b < baseToSide.length; b++) {
                if (baseToSide[b] >= 0) {
                    fromBase[baseToSide[b]] = true;
                    if (!side.cell(baseToSide[b], column).equals(base.cell(b, column))) {
                        return true;
                    }
                }
            }
            for (int s = 0; s < side.size(); s++) {
                if (!fromBase[s] && !side.cell(s, column).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Pairs rows of {@code from} (the given indices) with rows of {@code to} (the given indices): first by
     * preferred English term, then by any shared English alternative, then by equal other cells.
     *
     * @return for each of {@code fromRows}, the matched index in {@code to}, or -1
     */
    private static int[] match(Side from, List<Integer> fromRows, Side to, List<Integer> toRows) {
        int[] result = new int[fromRows.size()];
        Arrays.fill(result, -1);
        Set<Integer> free = new LinkedHashSet<>(toRows);
        // 1. the preferred English term; the k-th of equal terms matches the k-th
        Map<String, Queue<Integer>> byPreferred = new HashMap<>();
        for (int t : toRows) {
            String key = preferredKey(to.rows.get(t));
            if (!key.isEmpty()) {
                byPreferred.computeIfAbsent(key, k -> new ArrayDeque<>()).add(t);
            }
        }
        for (int i = 0; i < fromRows.size(); i++) {
            Queue<Integer> candidates = byPreferred.get(preferredKey(from.rows.get(fromRows.get(i))));
            if (candidates != null && !candidates.isEmpty()) {
                result[i] = candidates.poll();
                free.remove(result[i]);
            }
        }
        // 2. any English alternative in common (the preferred term changed, an old one kept)
        Map<String, List<Integer>> byAlternative = new HashMap<>();
        for (int t : free) {
            for (String key : englishKeys(to.rows.get(t))) {
                byAlternative.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        for (int i = 0; i < fromRows.size(); i++) {
            if (result[i] >= 0) {
                continue;
            }
            for (String key : englishKeys(from.rows.get(fromRows.get(i)))) {
                Integer found = byAlternative.getOrDefault(key, List.of()).stream().filter(free::contains).findFirst().orElse(null);
                if (found != null) {
                    result[i] = found;
                    free.remove(found);
                    break;
                }
            }
        }
        // 3. every other cell the same, not all empty (the English itself was retyped)
        Map<Map<String, String>, Queue<Integer>> byRest = new HashMap<>();
        for (int t : free) {
            Map<String, String> rest = withoutEnglish(to.rows.get(t));
            if (!rest.isEmpty()) {
                byRest.computeIfAbsent(rest, k -> new ArrayDeque<>()).add(t);
            }
        }
        for (int i = 0; i < fromRows.size(); i++) {
            if (result[i] < 0) {
                Queue<Integer> candidates = byRest.get(withoutEnglish(from.rows.get(fromRows.get(i))));
                if (candidates != null && !candidates.isEmpty()) {
                    result[i] = candidates.poll();
                }
            }
        }
        return result;
    }

    private static String preferredKey(Map<String, String> row) {
        return DuplicateTerms.key(firstTerm(row));
    }

    private static String firstTerm(Map<String, String> row) {
        List<String> terms = GlossaryCodec.split(row.getOrDefault(Columns.SOURCE, ""));
        return terms.isEmpty() ? "" : terms.get(0);
    }

    private static List<String> englishKeys(Map<String, String> row) {
        return GlossaryCodec.split(row.getOrDefault(Columns.SOURCE, "")).stream().map(DuplicateTerms::key).distinct().toList();
    }

    /** The non-empty cells other than the English terms. */
    private static Map<String, String> withoutEnglish(Map<String, String> row) {
        Map<String, String> rest = new HashMap<>();
        row.forEach((column, value) -> {
            if (!column.equals(Columns.SOURCE) && !value.isEmpty()) {
                rest.put(column, value);
            }
        });
        return rest;
    }

    private static List<Integer> allRows(Side side) {
        List<Integer> all = new ArrayList<>(side.size());
        for (int i = 0; i < side.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static int[] inverse(int[] map, int size) {
        int[] inverse = new int[size];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                inverse[map[i]] = i;
            }
        }
        return inverse;
    }

    private static List<Integer> unmatched(int[] toBase) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < toBase.length; i++) {
            if (toBase[i] < 0) {
                result.add(i);
            }
        }
        return result;
    }

    private static boolean sameCells(Map<String, String> a, Map<String, String> b, List<String> header) {
        for (String column : header) {
            if (!Objects.equals(a.getOrDefault(column, ""), b.getOrDefault(column, ""))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> cellsOf(Concept concept, List<String> header) {
        List<String> cells = GlossaryCodec.cells(concept, header);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
        }
        return row;
    }

    /** Reads the merged rows back into concepts exactly as the file would be read. */
    private static Glossary build(Glossary like, List<String> header, List<Map<String, String>> rows, List<Integer> lines) {
        List<CsvTable.Row> table = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            table.add(new CsvTable.Row(lines.get(i), header.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        Glossary read;
        try {
            read = GlossaryCodec.fromTable(new CsvTable(like.path(), header, table));
        } catch (BadFileException e) {
            throw new IllegalStateException("a merged header always has the English column", e);
        }
        if (read.concepts().size() == rows.size()) {
            return read;
        }
        // Reading drops rows of empty cells; keep them as empty concepts so that conflict rows stay in place.
        List<Concept> concepts = new ArrayList<>(rows.size());
        int next = 0;
        for (CsvTable.Row row : table) {
            concepts.add(row.cells().stream().allMatch(String::isBlank)
                    ? new Concept(Map.of(), Map.of(), "", Map.of(), row.line()) : read.concepts().get(next++));
        }
        return read.withConcepts(concepts);
    }
}
