package org.triptych.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a document: a stable id, the English source, one {@link Translation} per target language,
 * a note, and the values of columns Triptych does not know (kept so that saving never drops them).
 *
 * @param line the 1-based line in the file where the row starts, or 0 for a paragraph not read from a file
 */
public record Paragraph(String id, String source, Map<String, Translation> targets, String note,
                        Map<String, String> extra, int line) {

    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        targets = Map.copyOf(targets);
        extra = Map.copyOf(extra);
    }

    /** The translation into {@code lang}, or {@link Translation#EMPTY} when the paragraph has none. */
    public Translation target(String lang) {
        return targets.getOrDefault(lang, Translation.EMPTY);
    }

    public Paragraph withTarget(String lang, Translation translation) {
        Map<String, Translation> copy = new LinkedHashMap<>(targets);
        copy.put(lang, translation);
        return new Paragraph(id, source, copy, note, extra, line);
    }

    public Paragraph withSource(String newSource) {
        return new Paragraph(id, newSource, targets, note, extra, line);
    }

    /**
     * A copy with the value of a column Triptych keeps beside the known ones; an empty value for a column the
     * paragraph does not have changes nothing.
     */
    public Paragraph withExtra(String column, String value) {
        if (value.isEmpty() && !extra.containsKey(column) || value.equals(extra.get(column))) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(extra);
        copy.put(column, value);
        return new Paragraph(id, source, targets, note, copy, line);
    }

    public Paragraph withNote(String newNote) {
        return new Paragraph(id, source, targets, newNote, extra, line);
    }
}
