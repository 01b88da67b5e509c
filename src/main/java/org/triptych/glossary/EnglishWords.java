package org.triptych.glossary;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * English words by ICU word break, each with a matching key: folded (NFC, lower case, one apostrophe), the
 * possessive ('s, s') removed and a plural reduced to its singular, so leaflets, defectors' and Korea’s meet
 * their glossary terms. The same key is computed for glossary terms and text.
 */
final class EnglishWords {

    /**
     * One word: its span without a possessive ending, where the written token really ends, the key, and the
     * letters as written.
     */
    record Word(int start, int end, int tokenEnd, String key, String written) {
    }

    private static final ULocale ENGLISH = ULocale.ENGLISH;

    private static final ThreadLocal<BreakIterator> BREAKS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ENGLISH));

    private EnglishWords() {
    }

    static List<Word> of(String text) {
        BreakIterator breaks = BREAKS.get();
        breaks.setText(text);
        List<Word> words = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String written = text.substring(start, end);
            int possessive = possessiveLength(written);
            String bare = written.substring(0, written.length() - possessive);
            words.add(new Word(start, end - possessive, end, key(bare), bare));
        }
        return words;
    }

    /** Length of a trailing 's (any apostrophe) or of a lone trailing apostrophe. */
    private static int possessiveLength(String word) {
        int n = word.length();
        if (n > 2 && Folding.isApostrophe(word.charAt(n - 2)) && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
            return 2;
        }
        if (n > 1 && Folding.isApostrophe(word.charAt(n - 1))) {
            return 1;
        }
        return 0;
    }

    /** The matching key of a word without its possessive: folded and singular. */
    static String key(String word) {
        String folded = Folding.fold(word, ENGLISH);
        return singular(folded);
    }

    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    /** True when {@code written} is the capitals-only glossary word, possibly with a plural s (NGOs). */
    static boolean sameCapitals(String glossaryWord, String written) {
        if (!written.startsWith(glossaryWord)) {
            return false;
        }
        String rest = written.substring(glossaryWord.length());
        return rest.isEmpty() || rest.equals("s");
    }

    /** True when only white space and hyphens lie between two words of a term (Lee Min-bok, line breaks). */
    static boolean joinable(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Folding.isHyphen(c)) {
                return false;
            }
        }
        return true;
    }
}
