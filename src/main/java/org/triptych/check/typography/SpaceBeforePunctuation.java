package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typography.space-before-punctuation}: a space before , . ; : ! ? that ends a word; Ukrainian and Korean
 * write them solid (the French spaced style is not among our languages). Not reported: an ellipsis (" ..."), a mark
 * before a digit or letter (".5", " .NET"). The fix removes the space.
 */
final class SpaceBeforePunctuation extends TypographyRule {

    private static final String MARKS = ",.;:!?";

    SpaceBeforePunctuation() {
        super("space-before-punctuation", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char mark = text.charAt(i);
            if (MARKS.indexOf(mark) < 0 || !isSpace(text.charAt(i - 1))) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && isSpace(text.charAt(start - 1))) {
                start--;
            }
            boolean ellipsis = mark == '.' && i + 1 < text.length() && text.charAt(i + 1) == '.';
            boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (start == 0 || ellipsis || beforeWord || text.charAt(start - 1) == '\n') {
                continue;
            }
            findings.add(target.findingAt(id(), new Span(start, i + 1), null, "finding.typography.space-before-punctuation",
                    String.valueOf(mark)).withFix(String.valueOf(mark)));
        }
        return findings;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
}
