package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.List;

/**
 * {@code typography.identical}: the target is the English unchanged (left untranslated), when the English is a phrase
 * of at least three words of letters. A name (Kos Ivantsov, Google Translate v2), a command (gradlew run), a path or an
 * address stays as it is.
 */
final class IdenticalToEnglish extends TypographyRule {

    IdenticalToEnglish() {
        super("identical", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        String english = target.paragraph().source();
        if (!text.strip().equals(english.strip()) || wordsOfLetters(english) < 3) {
            return List.of();
        }
        return List.of(target.findingAt(id(), new Span(0, text.length()), new Span(0, english.length()),
                "finding.typography.identical"));
    }

    /** The space-separated tokens made of letters only, punctuation around them aside. */
    private static int wordsOfLetters(String text) {
        int count = 0;
        for (String token : text.split("\\s+")) {
            String word = token.replaceAll("^[\\p{Punct}«»“”‘’„]+|[\\p{Punct}«»“”‘’„]+$", "");
            if (word.length() > 1 && word.codePoints().allMatch(Character::isLetter)) {
                count++;
            }
        }
        return count;
    }
}
