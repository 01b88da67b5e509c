package org.triptych.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts words the way ICU's word break rules see them (so "Lee Min-bok's" is three words, "12,000" one).
 * Safe on any thread: each thread keeps one iterator per language and gives it each text in turn, since building
 * an iterator costs far more than counting a short cell.
 */
public final class Words {

    private static final ThreadLocal<Map<String, BreakIterator>> ITERATORS = ThreadLocal.withInitial(HashMap::new);

    private Words() {
    }

    /** The number of word segments (letters, numbers, ideographs, kana) in {@code text}. */
    public static int count(String text, String languageTag) {
        if (text.isBlank()) {
            return 0;
        }
        BreakIterator words = ITERATORS.get().computeIfAbsent(languageTag,
                tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag)));
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) { // spaces and punctuation are below the limit
                count++;
            }
        }
        return count;
    }
}
