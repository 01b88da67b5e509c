package org.triptych.ui.terms;

/**
 * A terminology finding in one target cell, as the window shows it.
 *
 * @param start       span in the target text, or -1 when the finding has no place there (a missing term)
 * @param sourceStart span of the term in the English text, or -1
 * @param kind        a short stable identifier such as {@code missing-term}
 */
public record TargetIssue(String paragraphId, String lang, String kind, String term, String expected, String found,
                          int start, int end, int sourceStart, int sourceEnd, String message) {

    /** True when the finding marks text in the target (and can be underlined there). */
    public boolean hasTargetSpan() {
        return start >= 0 && end > start;
    }
}
