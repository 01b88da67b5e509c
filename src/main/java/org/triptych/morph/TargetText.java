package org.triptych.morph;

import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * A target text split into words once, with each word folded for matching. A word is a run of letters,
 * digits and marks; apostrophes and hyphens inside it belong to it (об’єднання, Мін-бок), so a hyphenated
 * spelling never passes for a spaced one. Offsets refer to the text as given.
 */
public final class TargetText {

    /** One word: its span in the text and its folded form. */
    public record Word(int start, int end, String folded) {
    }

    private final String text;
    private final String lang;
    private final List<Word> words;
    private final List<List<UkrainianDictionary.Analysis>> analyses;

    private TargetText(String text, String lang, List<Word> words) {
        this.text = text;
        this.lang = lang;
        this.words = words;
        this.analyses = new ArrayList<>(java.util.Collections.nCopies(words.size(), null));
    }

    public static TargetText of(String text, String lang) {
        ULocale locale = ULocale.forLanguageTag(lang);
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if ((Folding.isApostrophe(c) || Folding.isHyphen(c)) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            words.add(new Word(start, i, Folding.fold(text.substring(start, i), locale)));
        }
        return new TargetText(text, lang, List.copyOf(words));
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    public String text() {
        return text;
    }

    public String lang() {
        return lang;
    }

    public List<Word> words() {
        return words;
    }

    /** True when only white space (line breaks included) separates word {@code i - 1} from word {@code i}. */
    public boolean spaceBefore(int i) {
        if (i <= 0 || i >= words.size()) {
            return false;
        }
        int from = words.get(i - 1).end();
        int to = words.get(i).start();
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The Ukrainian dictionary's readings of word {@code i}, looked up once per text. */
    List<UkrainianDictionary.Analysis> analyses(int i) {
        List<UkrainianDictionary.Analysis> cached = analyses.get(i);
        if (cached == null) {
            cached = UkrainianDictionary.get().analyseWithVariants(words.get(i).folded());
            analyses.set(i, cached);
        }
        return cached;
    }

    public Span span(int fromWord, int toWordInclusive) {
        return new Span(words.get(fromWord).start(), words.get(toWordInclusive).end());
    }
}
