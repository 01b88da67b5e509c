package org.triptych.sync;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a document changed both here and on disk, cell by cell, against the version last loaded or
 * saved (the base), keyed by paragraph id. A cell changed on one side only takes that side; a cell
 * changed on both sides to different values is a {@link Conflict} for the translator to settle. Plain
 * Java, no Swing, so it is tested without a window.
 */
public final class ThreeWayMerge {

    /** One cell both sides changed differently; {@code lang} is a target tag, or "en" / "note". */
    public record Conflict(String paragraphId, String lang, String base, String mine, String theirs) {
    }

    /** The merged document (conflicts resolved as "keep mine") and the conflicts found. */
    public record Result(Document merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        /** The merged document with each conflict resolved as chosen: true takes theirs. */
        public Document resolve(Map<Conflict, Boolean> takeTheirs) {
            Document doc = merged;
            for (Conflict c : conflicts) {
                if (Boolean.TRUE.equals(takeTheirs.get(c))) {
                    Paragraph p = doc.paragraph(c.paragraphId()).orElseThrow();
                    doc = doc.withParagraph(withCell(p, c.lang(), c.theirs()));
                }
            }
            return doc;
        }
    }

    private ThreeWayMerge() {
    }

    public static Result merge(Document base, Document mine, Document theirs) {
        Map<String, Paragraph> baseById = byId(base);
        Map<String, Paragraph> mineById = byId(mine);
        Map<String, Paragraph> theirsById = byId(theirs);
        List<String> langs = new ArrayList<>(theirs.targets());
        for (String lang : mine.targets()) {
            if (!langs.contains(lang)) {
                langs.add(lang);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        List<Paragraph> result = new ArrayList<>();
        for (Paragraph their : theirs.paragraphs()) {
            Paragraph my = mineById.get(their.id());
            Paragraph old = baseById.get(their.id());
            if (my == null) {
                // Added on disk, or deleted here (the window never deletes): take theirs.
                result.add(their);
                continue;
            }
            if (old == null) {
                old = my.equals(their) ? my : new Paragraph(their.id(), "", Map.of(), "", Map.of(), 0);
            }
            result.add(mergeParagraph(old, my, their, langs, conflicts));
        }
        for (Paragraph my : mine.paragraphs()) {
            Paragraph old = baseById.get(my.id());
            if (!theirsById.containsKey(my.id()) && (old == null || !old.equals(my))) {
                // Deleted on disk but added or edited here: keep it rather than lose the edit.
                result.add(my);
            }
        }
        return new Result(theirs.withParagraphs(result), conflicts);
    }

    private static Paragraph mergeParagraph(Paragraph base, Paragraph mine, Paragraph theirs, List<String> langs,
                                            List<Conflict> conflicts) {
        Paragraph merged = theirs;
        List<String> cells = new ArrayList<>();
        cells.add("en");
        cells.addAll(langs);
        cells.add("note");
        for (String cell : cells) {
            String b = cellOf(base, cell);
            String m = cellOf(mine, cell);
            String t = cellOf(theirs, cell);
            if (Objects.equals(m, t) || Objects.equals(m, b)) {
                merged = withCell(merged, cell, t);
            } else if (Objects.equals(t, b)) {
                merged = withCell(merged, cell, m);
            } else {
                conflicts.add(new Conflict(theirs.id(), cell, b, m, t));
                merged = withCell(merged, cell, m);
            }
            if (!cell.equals("en") && !cell.equals("note")) {
                merged = mergeStatus(base, mine, theirs, merged, cell);
            }
        }
        return mergeExtra(base, mine, merged);
    }

    /**
     * Columns Triptych keeps but does not edit (a target's origin, columns of other tools): a value changed here
     * only is taken from here; otherwise the disk's stays.
     */
    private static Paragraph mergeExtra(Paragraph base, Paragraph mine, Paragraph merged) {
        for (Map.Entry<String, String> cell : mine.extra().entrySet()) {
            String b = base.extra().getOrDefault(cell.getKey(), "");
            if (!cell.getValue().equals(b)) {
                merged = merged.withExtra(cell.getKey(), cell.getValue());
            }
        }
        return merged;
    }

    private static Paragraph mergeStatus(Paragraph base, Paragraph mine, Paragraph theirs, Paragraph merged, String lang) {
        var b = base.target(lang).status();
        var m = mine.target(lang).status();
        var t = theirs.target(lang).status();
        var status = m == b ? t : m;
        Translation current = merged.target(lang);
        return merged.withTarget(lang, current.withStatus(status));
    }

    private static String cellOf(Paragraph p, String cell) {
        return switch (cell) {
            case "en" -> p.source();
            case "note" -> p.note();
            default -> p.target(cell).text();
        };
    }

    static Paragraph withCell(Paragraph p, String cell, String value) {
        return switch (cell) {
            case "en" -> p.withSource(value);
            case "note" -> p.withNote(value);
            default -> p.withTarget(cell, p.target(cell).withText(value));
        };
    }

    private static Map<String, Paragraph> byId(Document d) {
        Map<String, Paragraph> map = new LinkedHashMap<>();
        for (Paragraph p : d.paragraphs()) {
            map.put(p.id(), p);
        }
        return map;
    }
}
