package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.List;

/**
 * {@code typography.final-punctuation}: the English ends a sentence (. ! ? … before any closing quotes and
 * brackets) and the target ends with none of them nor a colon (a sentence recast to introduce what follows);
 * Korean sentences end in a full stop too. The fix adds the
 * English mark, inside the target's closing marks when the English has it inside its own.
 */
final class FinalPunctuation extends TypographyRule {

    private static final String ENDS = ".!?…";
    /** Closing marks, and the mask of a closing inline tag ({@code </b1>}) after the full stop. */
    private static final String CLOSERS = "\"'»“”’)]}」』》〉" + org.triptych.text.InlineTags.MASK;

    FinalPunctuation() {
        super("final-punctuation", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String english = target.paragraph().source();
        int englishEnd = lastNonSpace(english);
        int englishMark = beforeClosers(english, englishEnd);
        if (englishMark < 0 || ENDS.indexOf(english.charAt(englishMark)) < 0) {
            return List.of();
        }
        String text = target.target().text();
        int end = lastNonSpace(text);
        int last = beforeClosers(text, end);
        if (last < 0 || ENDS.indexOf(text.charAt(last)) >= 0 || text.charAt(last) == ':') {
            return List.of();
        }
        String mark = english.startsWith("...", englishMark - 2)
                ? "…" : String.valueOf(english.charAt(englishMark));
        boolean inside = englishMark < englishEnd && last < end;
        String closers = text.substring(last + 1, end + 1);
        String fix = text.charAt(last) + (inside ? mark + closers : closers + mark);
        return List.of(target.findingAt(id(), new Span(last, end + 1), new Span(englishMark, englishMark + 1),
                "finding.typography.final-punctuation", mark).withFix(fix));
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The last character at or before {@code end} that is not a closing quote or bracket, or -1. */
    private static int beforeClosers(String text, int end) {
        int i = end;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }
}
