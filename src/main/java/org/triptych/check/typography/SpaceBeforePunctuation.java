package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typography.space-before-punctuation}: a space before , . ; : ! ? that ends a word; Ukrainian and Korean
 * write them solid (the French spaced style is not among our languages). Only a mark that ends a word is reported
 * (followed by a space, a closing mark or the end): not " ...", " .NET", " ./tm", " :(", " ;)". Nor a mark the English
 * itself writes after a space (a symbol: "the use of ?"). The fix removes the space.
 */
final class SpaceBeforePunctuation extends TypographyRule {

    private static final String MARKS = ",.;:!?";
    private static final String CLOSERS = "\"'»“”’)]}";

    SpaceBeforePunctuation() {
        super("space-before-punctuation", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        String english = target.paragraph().source();
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
            boolean endsHere = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || CLOSERS.indexOf(text.charAt(i + 1)) >= 0;
            boolean smiley = (mark == ':' || mark == ';') && i + 1 < text.length() && "()".indexOf(text.charAt(i + 1)) >= 0;
            if (start == 0 || !endsHere || smiley || text.charAt(start - 1) == '\n'
                    || english.contains(text.substring(i - 1, i + 1))) {
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
