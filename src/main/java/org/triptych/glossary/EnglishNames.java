package org.triptych.glossary;

import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Proper names in English text as the term index sees its words: runs of capitalised words (Lee Minbok, Natásha)
 * joined only by white space or hyphens, a part after a hyphen in either case (Ahn Chan-il). A capital that opens
 * a sentence says nothing, so there a word alone is a name only when it is also written with a capital inside a
 * sentence somewhere (Everyone, Whereas are not), and the first word of a longer run is dropped when it is also
 * written in small letters (The Kremlin);
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
     * The folded words of {@code english} written with a capital inside a sentence, where a capital marks a name: a
     * word that opens a sentence is taken for a name only when it is also written so ({@link #find}'s
     * {@code named}).
     */
    public static List<String> capitalisedInsideSentences(String english) {
        List<String> named = new ArrayList<>();
        for (EnglishWords.Word word : EnglishWords.of(english)) {
            if (isNameWord(word) && !opensSentence(english, word.start())) {
                named.add(word.folded());
            }
        }
        return named;
    }

    /**
     * The names of {@code english}, left to right.
     *
     * @param named  tells whether a folded word is written with a capital inside a sentence somewhere in the texts
     *               looked at
     * @param common tells whether a folded word is written in small letters somewhere in them
     */
    public static List<Name> find(String english, Predicate<String> named, Predicate<String> common) {
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
            String opening = words.get(first).folded();
            if (opensSentence(english, words.get(first).start()) && !named.test(opening)
                    && (first == last || common.test(opening))) {
                first++; // Everyone has, The Kremlin said; but Ahn Chan-il said
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
