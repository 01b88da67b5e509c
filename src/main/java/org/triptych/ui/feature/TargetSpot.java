package org.triptych.ui.feature;

import org.triptych.check.Finding;
import org.triptych.model.Paragraph;

import java.util.List;

/**
 * Where the translator right-clicked in a target cell: the paragraph and its row, the language, the cell's text as
 * shown, the offset in it under the mouse, and the cell's findings whose span covers that offset. Immutable.
 *
 * @param findings the findings of the cell that mark the text at {@code offset} (none when it marks nothing)
 */
public record TargetSpot(int row, Paragraph paragraph, String lang, String text, int offset, List<Finding> findings) {

    public TargetSpot {
        findings = List.copyOf(findings);
    }

    /** The spot in a cell with {@code all} findings: those whose span covers {@code offset} are kept. */
    public static TargetSpot of(int row, Paragraph paragraph, String lang, String text, int offset, List<Finding> all) {
        List<Finding> here = all.stream()
                .filter(f -> f.hasTargetSpan() && f.start() <= offset && offset <= f.end() && f.end() <= text.length()
                        && text.substring(f.start(), f.end()).equals(f.found()))
                .toList();
        return new TargetSpot(row, paragraph, lang, text, offset, here);
    }
}
