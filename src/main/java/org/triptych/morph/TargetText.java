package org.triptych.morph;

import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A target text split into words once, with each word folded for matching. A word is a run of letters,
 * digits and marks; apostrophes and hyphens inside it belong to it (об’єднання, Мін-бок), so a hyphenated
 * spelling never passes for a spaced one. Offsets refer to the text as given.
 */
public final class TargetText {

    /** One word: its span in the text and its folded form. */
    public record Word(int start, int end, String folded) {
    }

    /** Language tags seen, parsed once: a check makes a target text per paragraph and language. */
    private static final Map<String, ULocale> LOCALES = new ConcurrentHashMap<>();

    private final String text;
    private final String lang;
    private final List<Word> words;
    /** The folded words, each followed by a space (which no word holds), made on first use. */
    private String foldedWords;
    /** The dictionary readings per word, made on the first Ukrainian look-up. */
    private List<UkrainianDictionary.Analysis>[] analyses;

    private TargetText(String text, String lang, List<Word> words) {
        this.text = text;
        this.lang = lang;
        this.words = words;
    }

    public static TargetText of(String text, String lang) {
        return of(text, lang, false);
    }

    /**
     * The words of {@code text} that begin with a capital letter, and only those, for a reader of names: the other
     * words are passed over without being folded. {@link #spaceBefore} then tells whether two capitalised words
     * stand side by side.
     */
    public static TargetText capitalisedWords(String text, String lang) {
        return of(text, lang, true);
    }

    private static TargetText of(String text, String lang, boolean capitalisedOnly) {
        ULocale locale = LOCALES.computeIfAbsent(lang, ULocale::forLanguageTag);
        List<Word> words = new ArrayList<>(text.length() / 6 + 1);
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
            if (!capitalisedOnly || Character.isUpperCase(text.charAt(start))) {
                words.add(new Word(start, i, Folding.fold(text, start, i, locale)));
            }
        }
        return new TargetText(text, lang, Collections.unmodifiableList(words));
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
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

    /**
     * True when some word of the text, folded, contains {@code part} (folded, without white space): one search of
     * the text's letters tells that a rendering's word occurs nowhere.
     */
    public boolean anyWordContains(String part) {
        String joined = foldedWords;
        if (joined == null) {
            StringBuilder all = new StringBuilder(text.length() + words.size());
            for (Word word : words) {
                all.append(word.folded()).append(' ');
            }
            joined = all.toString();
            foldedWords = joined;
        }
        return joined.contains(part);
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
    @SuppressWarnings("unchecked")
    List<UkrainianDictionary.Analysis> analyses(int i) {
        if (analyses == null) {
            analyses = (List<UkrainianDictionary.Analysis>[]) new List<?>[words.size()];
        }
        List<UkrainianDictionary.Analysis> cached = analyses[i];
        if (cached == null) {
            cached = UkrainianDictionary.get().analyseWithVariants(words.get(i).folded());
            analyses[i] = cached;
        }
        return cached;
    }

    public Span span(int fromWord, int toWordInclusive) {
        return new Span(words.get(fromWord).start(), words.get(toWordInclusive).end());
    }
}
