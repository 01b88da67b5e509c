package org.triptych.glossary;

import org.triptych.io.Columns;
import org.triptych.model.Concept;

import java.util.Locale;

/**
 * How the capitals of an English glossary term must appear in the text, per concept (the glossary's {@code case}
 * column). {@link #PERMISSIVE}, the default and memoQ's rule of that name: a capital letter of the term must be a
 * capital in the text, a small letter may be either, so «Rose» (a name) does not match «rose», «rose» matches «Rose»
 * at a sentence start, and a text in capitals («ROSE») matches both. {@link #SENSITIVE}: every letter as written;
 * {@link #INSENSITIVE}: any case. Immutable.
 */
public enum TermCase {
    SENSITIVE, INSENSITIVE, PERMISSIVE;

    /** The rule of {@code concept}: its {@code case} cell, permissive when empty or not one of the three words. */
    public static TermCase of(Concept concept) {
        String cell = concept.extra().getOrDefault(Columns.CASE, "").strip().toLowerCase(Locale.ROOT);
        return switch (cell) {
            case "sensitive" -> SENSITIVE;
            case "insensitive" -> INSENSITIVE;
            default -> PERMISSIVE;
        };
    }

    /**
     * True when the text word {@code written} may stand for the glossary word {@code glossary} (both as written; the
     * caller has already found that their keys match). Letters are compared position by position over the shorter
     * of the two, since a plural or possessive only changes the end. {@code free} has bit i set when letter i of
     * {@code written} follows a hyphen (Kim Jong-un, Kim Jong-Un): romanised names write it either way.
     */
    boolean accepts(String glossary, String written, long free) {
        if (this == INSENSITIVE) {
            return true;
        }
        int n = Math.min(glossary.length(), written.length());
        for (int i = 0; i < n; i++) {
            char g = glossary.charAt(i);
            char t = written.charAt(i);
            boolean upperInGlossary = Character.isUpperCase(g);
            boolean upperInText = Character.isUpperCase(t);
            if (this == SENSITIVE) {
                if (upperInGlossary != upperInText && Character.isLetter(t)) {
                    return false;
                }
            } else if (upperInGlossary && !upperInText && (i >= Long.SIZE || (free & (1L << i)) == 0)) {
                return false;
            }
        }
        return true;
    }
}
