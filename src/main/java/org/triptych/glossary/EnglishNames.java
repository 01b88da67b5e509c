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

    /**
     * What one pass over an English text tells of its names: the folded words written with a capital inside a
     * sentence ({@link #find}'s {@code named}), the folded words written in small letters ({@code common}), and the
     * runs of capitalised words, each to be settled into a name once those two sets are known for every text looked
     * at ({@link Run#name}).
     */
    public record Scan(List<String> named, List<String> lowerCase, List<Run> runs) {
    }

    /**
     * A run of capitalised words joined by white space or hyphens: the start of each word, the end of the last, each
     * word's key part (folded, apostrophes dropped), the first word folded, and whether it opens a sentence.
     */
    public record Run(int[] starts, int end, String[] parts, String opening, boolean opensSentence) {

        /**
         * The name this run is: without its first word when a capital there says nothing (it opens a sentence, is
         * not written so inside one, and stands alone or is also written in small letters); null when nothing is
         * left.
         */
        public Name name(Predicate<String> named, Predicate<String> common) {
            int first = 0;
            int last = parts.length - 1;
            if (opensSentence && !named.test(opening) && (first == last || common.test(opening))) {
                first++; // Everyone has, The Kremlin said; but Ahn Chan-il said
            }
            if (first > last) {
                return null;
            }
            StringBuilder key = new StringBuilder();
            for (int i = first; i <= last; i++) {
                key.append(parts[i]);
            }
            return new Name(starts[first], end, key.toString(), last - first + 1);
        }
    }

    /** {@code english} read once for its names, by the term index's word breaks. */
    public static Scan scan(String english) {
        return scan(EnglishText.of(english));
    }

    /** {@link #scan(String)} of a text already split into words (shared with the term index). */
    public static Scan scan(EnglishText text) {
        String english = text.text();
        List<String> named = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<EnglishWords.Word> run = new ArrayList<>();
        for (EnglishWords.Word word : text.words()) {
            String written = word.written();
            if (written.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(written.charAt(0))) {
                lower.add(word.folded());
            }
            if (run.isEmpty() && !Character.isUpperCase(written.charAt(0))) {
                continue;
            }
            boolean nameWord = isNameWord(word);
            if (nameWord && !opensSentence(english, word.start())) {
                named.add(word.folded());
            }
            if (!run.isEmpty()) {
                EnglishWords.Word last = run.get(run.size() - 1);
                if (!last.possessive() && EnglishWords.joinable(english, last.tokenEnd(), word.start())
                        && (nameWord || (TermIndex.hyphenBetween(english, last.tokenEnd(), word.start())
                        && Character.isLetter(written.charAt(0))))) {
                    run.add(word); // the part after a hyphen may be in small letters (Ahn Chan-il)
                    continue;
                }
                runs.add(run(english, run));
                run.clear();
            }
            if (nameWord) {
                run.add(word);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run(english, run));
        }
        return new Scan(named, lower, runs);
    }

    private static Run run(String english, List<EnglishWords.Word> words) {
        int[] starts = new int[words.size()];
        String[] parts = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            starts[i] = words.get(i).start();
            parts[i] = words.get(i).folded().replace(String.valueOf(Folding.APOSTROPHE), "");
        }
        return new Run(starts, words.get(words.size() - 1).end(), parts, words.get(0).folded(),
                opensSentence(english, starts[0]));
    }

    /**
     * The names of {@code english}, left to right.
     *
     * @param named  tells whether a folded word is written with a capital inside a sentence somewhere in the texts
     *               looked at
     * @param common tells whether a folded word is written in small letters somewhere in them
     */
    public static List<Name> find(String english, Predicate<String> named, Predicate<String> common) {
        List<Name> names = new ArrayList<>();
        for (Run run : scan(english).runs()) {
            Name name = run.name(named, common);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isNameWord(EnglishWords.Word word) {
        String written = word.written();
        return written.length() > 1 && Character.isUpperCase(written.charAt(0)) && Character.isLetter(written.charAt(0))
                && !Folding.isAllCapitals(written);
    }

    /**
     * True when only white space, quotes or brackets lie between the last sentence end (or the start) and {@code at},
     * or when an opening quotation mark does: a quotation opens its own sentence (he said, "We will).
     */
    static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '\n' || opensQuotation(text, i)) {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the character at {@code i} opens a quotation: a left double quotation mark or guillemet, or a
     * straight double quote at the start or after white space or a bracket (after a word or a comma it closes one).
     */
    private static boolean opensQuotation(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014';
    }
}
