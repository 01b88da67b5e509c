package org.triptych.memory;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.triptych.glossary.EnglishKeys;
import org.triptych.glossary.TermHit;
import org.triptych.glossary.TermIndex;
import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How much of an English sentence a memory's English covers, on words, as OmegaT and memoQ count it:
 *
 * <pre>
 *   score = 100                                          when the two are the same text (white space aside)
 *   score = min(99, ⌊100 · (1 − d / max(n, m))⌋)          otherwise
 * </pre>
 *
 * where n and m are the numbers of tokens of the two and d is the token edit distance (Levenshtein: inserting,
 * deleting or replacing one token costs 1). Tokens are ICU words, compared case-insensitively; punctuation and
 * spaces are not tokens. Placeables are one token each: a number, and a glossary term (all its words); a placeable
 * facing a placeable of the same kind costs 0, so a sentence that differs only in a number or a name still scores 99.
 * The alignment behind d gives the differences shown to the translator: the words the sentence has and the memory
 * lacks (inserted) and the memory's words the sentence lacks (deleted).
 *
 * <p>Pure functions; any thread.
 */
public final class FuzzyScore {

    /** What a token is: a word, or a placeable whose value may differ at no cost. */
    enum Kind { WORD, NUMBER, TERM }

    /** One token: [start, end) in its text, its kind and what it is compared by. */
    record Token(int start, int end, Kind kind, String key) {
        boolean sameAs(Token other) {
            return kind == other.kind && (kind != Kind.WORD || key.equals(other.key));
        }
    }

    /** A piece of the comparison, in reading order: words both have, or only one. */
    public enum Change { SAME, INSERTED, DELETED }

    /** One piece of the difference: {@code INSERTED} text is the sentence's, the others the memory's. */
    public record Difference(Change change, String text) {
    }

    /** A score and the differences behind it. */
    public record Result(int score, List<Difference> differences) {
    }

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ENGLISH));

    private FuzzyScore() {
    }

    /** The tokens of English {@code text}; glossary terms of {@code glossary} (may be null) become one token each. */
    static List<Token> tokens(String text, TermIndex glossary) {
        List<TermHit> terms = glossary == null || glossary.size() == 0 ? List.of() : glossary.find(text);
        List<Token> tokens = new ArrayList<>();
        BreakIterator breaks = WORDS.get();
        breaks.setText(text);
        int term = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int status = breaks.getRuleStatus();
            if (status < BreakIterator.WORD_NONE_LIMIT) {
                continue;
            }
            while (term < terms.size() && terms.get(term).end() <= start) {
                term++;
            }
            if (term < terms.size() && terms.get(term).start() <= start) {
                TermHit hit = terms.get(term);
                if (tokens.isEmpty() || tokens.get(tokens.size() - 1).start() != hit.start()) {
                    tokens.add(new Token(hit.start(), hit.end(), Kind.TERM, hit.concept().english()));
                }
                continue;
            }
            boolean number = status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT;
            tokens.add(new Token(start, end, number ? Kind.NUMBER : Kind.WORD,
                    number ? "#" : Folding.fold(text, start, end, ULocale.ENGLISH)));
        }
        return tokens;
    }

    /**
     * The words an index is built from, in one pass of the word breaks: {@code words} gets the folded words with
     * every number as {@code #} (glossary terms are words here), {@code keys} the check's matching key of each word
     * (may be null).
     */
    static void indexWords(String text, List<String> words, java.util.Set<String> keys) {
        BreakIterator breaks = WORDS.get();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int status = breaks.getRuleStatus();
            if (status < BreakIterator.WORD_NONE_LIMIT) {
                continue;
            }
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
                words.add("#");
            } else {
                words.add(Folding.fold(text, start, end, ULocale.ENGLISH));
            }
            if (keys != null) {
                keys.add(EnglishKeys.key(text.substring(start, end)));
            }
        }
    }

    /** The folded words of {@code text}, every number as {@code #}: what a lookup asks the index for. */
    static List<String> indexWords(String text) {
        List<String> words = new ArrayList<>();
        indexWords(text, words, null);
        return words;
    }

    /** The score of the memory's English {@code memory} for {@code sentence}, with the differences. */
    public static Result compare(String sentence, String memory, TermIndex glossary) {
        return compare(sentence, tokens(sentence, glossary), memory, tokens(memory, glossary));
    }

    static Result compare(String sentence, List<Token> a, String memory, List<Token> b) {
        int n = a.size();
        int m = b.size();
        // An edit costs `edit`; a placeable kept with another value costs 1, so that among the alignments with the
        // fewest edits the one keeping the most placeables' values is shown (Kyiv against Kyiv, not against Seoul).
        int edit = Math.max(n, m) + 1;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i * edit;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j * edit;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int replace = d[i - 1][j - 1] + cost(sentence, a.get(i - 1), memory, b.get(j - 1), edit);
                d[i][j] = Math.min(replace, Math.min(d[i - 1][j], d[i][j - 1]) + edit);
            }
        }
        int score;
        if (normalise(sentence).equals(normalise(memory))) {
            score = 100;
        } else if (Math.max(n, m) == 0) {
            score = 0;
        } else {
            int edits = d[n][m] / edit;
            score = Math.min(99, (int) Math.floor(100.0 * (1 - (double) edits / Math.max(n, m))));
        }
        return new Result(score, differences(sentence, a, memory, b, d, edit));
    }

    /** 0 for the same word or placeable, 1 for a placeable of the same kind with another value, else {@code edit}. */
    private static int cost(String sentence, Token mine, String memory, Token theirs, int edit) {
        if (!mine.sameAs(theirs)) {
            return edit;
        }
        if (mine.kind() == Kind.WORD) {
            return 0;
        }
        int length = mine.end() - mine.start();
        return length == theirs.end() - theirs.start() && sentence.regionMatches(mine.start(), memory, theirs.start(), length) ? 0 : 1;
    }

    /** Walks the distance table back into pieces: the memory's text with the sentence's missing words put in. */
    private static List<Difference> differences(String sentence, List<Token> a, String memory, List<Token> b, int[][] d, int edit) {
        List<Difference> reversed = new ArrayList<>();
        int i = a.size();
        int j = b.size();
        while (i > 0 || j > 0) {
            int replace = i > 0 && j > 0 ? cost(sentence, a.get(i - 1), memory, b.get(j - 1), edit) : edit;
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + replace) {
                Token mine = a.get(i - 1);
                Token theirs = b.get(j - 1);
                String theirText = memory.substring(theirs.start(), theirs.end());
                if (replace == 0) {
                    reversed.add(new Difference(Change.SAME, theirText));
                } else {
                    reversed.add(new Difference(Change.INSERTED, sentence.substring(mine.start(), mine.end())));
                    reversed.add(new Difference(Change.DELETED, theirText));
                }
                i--;
                j--;
            } else if (j > 0 && (i == 0 || d[i][j] == d[i][j - 1] + edit)) {
                Token theirs = b.get(j - 1);
                reversed.add(new Difference(Change.DELETED, memory.substring(theirs.start(), theirs.end())));
                j--;
            } else {
                Token mine = a.get(i - 1);
                reversed.add(new Difference(Change.INSERTED, sentence.substring(mine.start(), mine.end())));
                i--;
            }
        }
        Collections.reverse(reversed);
        return merge(reversed);
    }

    /** Joins neighbouring pieces: the same words as one piece, and each run of changes as its deleted then its inserted words. */
    private static List<Difference> merge(List<Difference> pieces) {
        List<Difference> merged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (Difference piece : pieces) {
            switch (piece.change()) {
                case DELETED -> deleted.add(piece.text());
                case INSERTED -> inserted.add(piece.text());
                case SAME -> {
                    flush(merged, deleted, inserted);
                    int last = merged.size() - 1;
                    if (last >= 0 && merged.get(last).change() == Change.SAME) {
                        merged.set(last, new Difference(Change.SAME, merged.get(last).text() + " " + piece.text()));
                    } else {
                        merged.add(piece);
                    }
                }
            }
        }
        flush(merged, deleted, inserted);
        return merged;
    }

    private static void flush(List<Difference> merged, List<String> deleted, List<String> inserted) {
        if (!deleted.isEmpty()) {
            merged.add(new Difference(Change.DELETED, String.join(" ", deleted)));
        }
        if (!inserted.isEmpty()) {
            merged.add(new Difference(Change.INSERTED, String.join(" ", inserted)));
        }
        deleted.clear();
        inserted.clear();
    }

    /** The text with runs of white space made one space, for telling an exact match. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
