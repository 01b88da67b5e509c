package org.triptych.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Counts words the way ICU's word break rules see them (so "Lee Min-bok's" is three words, "12,000" one). */
public final class Words {

    private Words() {
    }

    /** The number of word segments (letters, numbers, ideographs, kana) in {@code text}. */
    public static int count(String text, String languageTag) {
        if (text.isBlank()) {
            return 0;
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(languageTag));
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
