package org.triptych.glossary;

import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * Proper names in English text as the term index sees its words: runs of capitalised words (Lee Minbok, Natásha)
 * joined only by white space or hyphens, a part after a hyphen in either case (Ahn Chan-il). A run that opens a sentence loses its first word when that word is
 * also written in small letters elsewhere ({@code common}: The, When, After), since a capital there says nothing;
 * words in capitals only (headings, CHAPTER I) and single letters (I) are no names. Stateless; any thread.
 */
public final class EnglishNames {

    /**
     * One name in a text: its span, its key (the letters of its words folded and joined, so Lee Min-bok, Lee Min Bok
     * and Lee Minbok are one name), and its number of words.
     */
    public record Name(int start, int end, String key, int words) {
    }

    private EnglishNames() {
    }

    /** The folded words of {@code english} written in small letters, for {@link #find}'s {@code common}. */
    public static List<String> lowerCaseWords(String english) {
        List<String> lower = new ArrayList<>();
        for (EnglishWords.Word word : EnglishWords.of(english)) {
            String written = word.written();
            if (!written.isEmpty() && Character.isLowerCase(written.charAt(0))) {
                lower.add(word.folded());
            }
        }
        return lower;
    }

    /**
     * The names of {@code english}, left to right.
     *
     * @param common tells whether a folded word is written in small letters somewhere in the texts looked at
     */
    public static List<Name> find(String english, java.util.function.Predicate<String> common) {
        List<EnglishWords.Word> words = EnglishWords.of(english);
        List<Name> names = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            if (!isNameWord(words.get(k))) {
                k++;
                continue;
            }
            int first = k;
            int last = k;
            while (last + 1 < words.size() && !words.get(last).possessive()
                    && EnglishWords.joinable(english, words.get(last).tokenEnd(), words.get(last + 1).start())
                    && (isNameWord(words.get(last + 1)) || (TermIndex.hyphenBetween(english, words.get(last).tokenEnd(),
                    words.get(last + 1).start()) && Character.isLetter(words.get(last + 1).written().charAt(0))))) {
                last++; // the part after a hyphen may be in small letters (Ahn Chan-il)
            }
            k = last + 1;
            if (opensSentence(english, words.get(first).start()) && common.test(words.get(first).folded())) {
                first++;
            }
            if (first > last) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = first; i <= last; i++) {
                key.append(words.get(i).folded().replace(String.valueOf(Folding.APOSTROPHE), ""));
            }
            names.add(new Name(words.get(first).start(), words.get(last).end(), key.toString(), last - first + 1));
        }
        return names;
    }

    private static boolean isNameWord(EnglishWords.Word word) {
        String written = word.written();
        return written.length() > 1 && Character.isUpperCase(written.charAt(0)) && Character.isLetter(written.charAt(0))
                && !Folding.isAllCapitals(written);
    }

    /** True when only white space, quotes or brackets lie between the last sentence end (or the start) and {@code at}. */
    private static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
                return false;
            }
        }
        return true;
    }
}
