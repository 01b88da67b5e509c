package org.triptych.glossary;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate terms in small letters in English text, for glossary suggestions: runs of one to {@value #LONGEST}
 * words by the term index's word breaks, each word written in small letters only, of at least
 * {@value #SHORTEST_WORD} letters and not a function word (the Snowball English stop list that Lucene ships, with the
 * modal verbs, indefinite pronouns, prepositions and conjunctions it lacks: {@link #MORE_FUNCTION_WORDS}); a
 * term of one word needs {@value #SHORTEST_SINGLE} letters, as short single words are mostly common ones. A term
 * ends in a noun: its last word is no adverb in -ly nor past form in -ed (potentially, deployed). The first
 * word may have a capital where it opens a sentence: such a candidate is marked, for it is a term only if also
 * written in small letters (Defectors spoke; not Natasha laughed). A run never crosses punctuation other than a
 * hyphen. Stateless; any thread.
 */
public final class EnglishTerms {

    /** Words in a term at most. */
    public static final int LONGEST = 3;
    static final int SHORTEST_WORD = 3;
    static final int SHORTEST_SINGLE = 6;

    /** Closed-class words the Snowball list leaves out (it lists pronouns and auxiliaries, not these). */
    static final List<String> MORE_FUNCTION_WORDS = List.of("shall", "will", "may", "might", "must", "can", "one",
            "everyone", "everybody", "everything", "anyone", "anybody", "anything", "someone", "somebody", "something",
            "nobody", "nothing", "without", "within", "upon", "among", "though", "although", "whether", "however",
            "therefore", "thus", "also", "yet", "even", "every", "either", "neither", "whose", "whatever", "whoever");

    private static final CharArraySet STOP_WORDS = stopWords();

    /**
     * One candidate in a text: its span, its key (the words' singular keys joined by a space, so defectors and
     * defector are one term), its number of words, and whether it opens a sentence with a capital.
     */
    public record Candidate(int start, int end, String key, int words, boolean capitalised) {
    }

    private EnglishTerms() {
    }

    private static CharArraySet stopWords() {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(reader), false);
            words.addAll(MORE_FUNCTION_WORDS);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException("the English stop words of Lucene's Snowball filter are missing", e);
        }
    }

    /** True for an English function word (the, would, whom…). */
    public static boolean isStopWord(String folded) {
        return STOP_WORDS.contains(folded);
    }

    /** Every candidate of {@code english}, each run's sub-runs included, left to right, shorter first. */
    public static List<Candidate> find(String english) {
        List<EnglishWords.Word> words = EnglishWords.of(english);
        List<Candidate> candidates = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            if (!isTermWord(words.get(k)) && !opensSentenceWithCapital(english, words.get(k))) {
                k++;
                continue;
            }
            int last = k;
            while (last + 1 < words.size() && !words.get(last).possessive() && isTermWord(words.get(last + 1))
                    && EnglishWords.joinable(english, words.get(last).tokenEnd(), words.get(last + 1).start())) {
                last++;
            }
            for (int from = k; from <= last; from++) {
                StringBuilder key = new StringBuilder();
                for (int to = from; to <= last && to - from < LONGEST; to++) {
                    key.append(to > from ? " " : "").append(words.get(to).key());
                    if ((to > from || words.get(from).written().length() >= SHORTEST_SINGLE)
                            && mayEndATerm(words.get(to).folded())) {
                        candidates.add(new Candidate(words.get(from).start(), words.get(to).end(), key.toString(),
                                to - from + 1, from == k && !isTermWord(words.get(k))));
                    }
                }
            }
            k = last + 1;
        }
        return candidates;
    }

    /** True unless the word is an adverb in -ly or a past form in -ed, which no term (a noun phrase) ends with. */
    private static boolean mayEndATerm(String folded) {
        return !folded.endsWith("ly") && !folded.endsWith("ed");
    }

    /** A word in small letters but its capital, at the opening of a sentence, long enough, and no function word. */
    private static boolean opensSentenceWithCapital(String english, EnglishWords.Word word) {
        String written = word.written();
        return written.length() >= SHORTEST_WORD && Character.isUpperCase(written.charAt(0))
                && EnglishNames.opensSentence(english, word.start()) && isTermWord(word, 1);
    }

    /** A word in small letters only, long enough, and no function word. */
    private static boolean isTermWord(EnglishWords.Word word) {
        return isTermWord(word, 0);
    }

    /** As {@link #isTermWord(EnglishWords.Word)}, its letters in small letters from {@code from} on. */
    private static boolean isTermWord(EnglishWords.Word word, int from) {
        String written = word.written();
        if (written.length() < SHORTEST_WORD) {
            return false;
        }
        for (int i = from; i < written.length(); i++) {
            if (!Character.isLowerCase(written.charAt(i))) {
                return false;
            }
        }
        return !STOP_WORDS.contains(word.folded());
    }
}
