package org.triptych.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One glossary row: a concept with its admitted renderings per language (the first is preferred),
 * spellings forbidden per language, a note, and the values of unknown columns.
 *
 * @param line the 1-based line in the glossary file where the row starts, or 0 when not read from a file
 */
public record Concept(Map<String, List<Term>> terms, Map<String, List<String>> forbidden, String note,
                      Map<String, String> extra, int line) {

    public Concept {
        terms = copyLists(terms);
        forbidden = copyLists(forbidden);
        Objects.requireNonNull(note, "note");
        extra = Map.copyOf(extra);
    }

    private static <T> Map<String, List<T>> copyLists(Map<String, List<T>> map) {
        return map.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** All renderings in {@code lang}, preferred first; empty when the concept has none. */
    public List<Term> terms(String lang) {
        return terms.getOrDefault(lang, List.of());
    }

    /** The preferred rendering in {@code lang}, or an empty string. */
    public String preferred(String lang) {
        List<Term> list = terms(lang);
        return list.isEmpty() ? "" : list.get(0).text();
    }

    /** The concept's name: its preferred English term. */
    public String english() {
        return preferred("en");
    }

    /**
     * From the English term and the line only, which equal concepts share: the check hashes concepts for every
     * paragraph, and the record's own hash would walk every rendering of every language each time.
     */
    @Override
    public int hashCode() {
        return 31 * english().hashCode() + line;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Concept that && line == that.line && terms.equals(that.terms)
                && forbidden.equals(that.forbidden) && note.equals(that.note) && extra.equals(that.extra);
    }

    public List<String> forbidden(String lang) {
        return forbidden.getOrDefault(lang, List.of());
    }
}
