package org.triptych.team;

import org.triptych.io.Columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Says in one line what a commit changes in the workspace, for its message: {@code uk: 3 paragraphs translated;
 * glossary: +2 concepts}. Fed with the old and new version of each changed file. Plain Java; any thread.
 */
public final class ChangeSummary {

    private final Map<String, int[]> languages = new TreeMap<>(); // texts, statuses
    private int paragraphsAdded;
    private int paragraphsRemoved;
    private int notes;
    private int conceptsAdded;
    private int conceptsEdited;
    private int conceptsRemoved;
    private int otherFiles;

    /** Counts the changes of one workspace CSV between two versions (an empty table for a missing file). */
    public void add(String file, TableMerge.Table before, TableMerge.Table after) {
        CsvKind kind = CsvKind.of(file, after.header().isEmpty() ? before.header() : after.header());
        Map<String, Map<String, String>> old = rows(kind, before);
        Map<String, Map<String, String>> now = rows(kind, after);
        for (var e : now.entrySet()) {
            Map<String, String> was = old.get(e.getKey());
            if (was == null) {
                if (kind == CsvKind.DOCUMENT) {
                    paragraphsAdded++;
                } else {
                    conceptsAdded++;
                }
                continue;
            }
            if (kind == CsvKind.GLOSSARY) {
                if (!was.equals(e.getValue())) {
                    conceptsEdited++;
                }
                continue;
            }
            for (var cell : e.getValue().entrySet()) {
                String column = cell.getKey();
                if (cell.getValue().equals(was.getOrDefault(column, ""))) {
                    continue;
                }
                if (column.endsWith(Columns.STATUS_SUFFIX)) {
                    String lang = column.substring(0, column.length() - Columns.STATUS_SUFFIX.length());
                    if (e.getValue().getOrDefault(lang, "").equals(was.getOrDefault(lang, ""))) {
                        languages.computeIfAbsent(lang, k -> new int[2])[1]++;
                    }
                } else if (!column.equals(Columns.SOURCE) && Columns.isLanguageTag(column)) {
                    languages.computeIfAbsent(column, k -> new int[2])[0]++;
                } else if (column.equals(Columns.NOTE)) {
                    notes++;
                }
            }
        }
        for (String key : old.keySet()) {
            if (!now.containsKey(key)) {
                if (kind == CsvKind.DOCUMENT) {
                    paragraphsRemoved++;
                } else {
                    conceptsRemoved++;
                }
            }
        }
    }

    /** Counts a changed file that is not a workspace CSV. */
    public void addOther() {
        otherFiles++;
    }

    /** The message: what changed, or {@code fallback} when nothing countable did. */
    public String message(String fallback) {
        List<String> parts = new ArrayList<>();
        languages.forEach((lang, counts) -> {
            List<String> what = new ArrayList<>();
            if (counts[0] > 0) {
                what.add(counts[0] + plural(counts[0], " paragraph", " paragraphs") + " translated");
            }
            if (counts[1] > 0) {
                what.add(counts[1] + plural(counts[1], " status", " statuses") + " changed");
            }
            parts.add(lang + ": " + String.join(", ", what));
        });
        List<String> document = new ArrayList<>();
        if (paragraphsAdded > 0) {
            document.add("+" + paragraphsAdded);
        }
        if (paragraphsRemoved > 0) {
            document.add("-" + paragraphsRemoved);
        }
        if (!document.isEmpty()) {
            parts.add("paragraphs: " + String.join(", ", document));
        }
        if (notes > 0) {
            parts.add("notes: " + notes + " edited");
        }
        List<String> glossary = new ArrayList<>();
        if (conceptsAdded > 0) {
            glossary.add("+" + conceptsAdded + plural(conceptsAdded, " concept", " concepts"));
        }
        if (conceptsEdited > 0) {
            glossary.add(conceptsEdited + " edited");
        }
        if (conceptsRemoved > 0) {
            glossary.add("-" + conceptsRemoved + plural(conceptsRemoved, " concept", " concepts"));
        }
        if (!glossary.isEmpty()) {
            parts.add("glossary: " + String.join(", ", glossary));
        }
        if (otherFiles > 0) {
            parts.add(otherFiles + plural(otherFiles, " other file", " other files"));
        }
        return parts.isEmpty() ? fallback : String.join("; ", parts);
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static Map<String, Map<String, String>> rows(CsvKind kind, TableMerge.Table table) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (List<String> cells : table.rows()) {
            String key = kind.ownKey(table.header(), cells);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                row.put(table.header().get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.putIfAbsent(key, row);
        }
        return rows;
    }
}
