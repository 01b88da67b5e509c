package org.triptych.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * A Korean rendering: its words in order, separated by spaces, the last one at the start of a text word and
 * followed by nothing or by a chain of particles ({@link KoreanParticles}). A rendering may also be a part of a
 * compound noun written solid, its first part (서울시장) or its last (대러시아), as Nori's dictionary decomposes
 * the word ({@link KoreanCompounds}). Spacing variants count only when the glossary lists them as alternatives.
 */
final class KoreanPattern implements TermPattern {

    private final List<String> words;

    private KoreanPattern(List<String> words) {
        this.words = words;
    }

    static KoreanPattern compile(String rendering) {
        return new KoreanPattern(TargetText.of(rendering, "ko").words().stream().map(TargetText.Word::folded).toList());
    }

    @Override
    public List<Span> findAll(TargetText text) {
        List<Span> spans = new ArrayList<>();
        int n = words.size();
        if (n == 0) {
            return spans;
        }
        // Each word of the rendering is in a text word (whole, at its start before particles, or as a compound's
        // part): a text that has one nowhere is told so by a search of its letters, without looking at its words.
        for (String word : words) {
            if (!text.anyWordContains(word)) {
                return spans;
            }
        }
        List<TargetText.Word> all = text.words();
        for (int i = 0; i + n <= all.size(); i++) {
            Span span = matchAt(text, i);
            if (span != null) {
                spans.add(span);
                i += n - 1;
            }
        }
        return spans;
    }

    /** The rendering's span when it starts in word {@code i}, else null. */
    private Span matchAt(TargetText text, int i) {
        List<TargetText.Word> all = text.words();
        int n = words.size();
        for (int k = 1; k < n - 1; k++) {
            if (!all.get(i + k).folded().equals(words.get(k)) || !text.spaceBefore(i + k)) {
                return null;
            }
        }
        if (n > 1 && !text.spaceBefore(i + n - 1)) {
            return null;
        }
        TargetText.Word first = all.get(i);
        if (n == 1) {
            return matchOneWord(first);
        }
        int startInFirst = lastPartAt(first.folded(), words.get(0));
        TargetText.Word last = all.get(i + n - 1);
        String lastWord = words.get(n - 1);
        if (startInFirst < 0 || !endsAsNoun(last.folded(), lastWord)) {
            return null;
        }
        return new Span(first.start() + startInFirst, last.start() + lengthInText(last, lastWord));
    }

    /**
     * A rendering of one word: at the start of a text word followed by particles, or anywhere in it as a part of a
     * compound noun (서울시장, 대러시아, 평양발).
     */
    private Span matchOneWord(TargetText.Word word) {
        String rendering = words.get(0);
        String candidate = word.folded();
        if (endsAsNoun(candidate, rendering)) {
            return new Span(word.start(), word.start() + lengthInText(word, rendering));
        }
        for (int at = candidate.indexOf(rendering, 1); at > 0; at = candidate.indexOf(rendering, at + 1)) {
            int end = at + rendering.length();
            boolean particlesFollow = KoreanParticles.isChain(candidate.substring(end), rendering.charAt(rendering.length() - 1));
            if (KoreanCompounds.isPart(candidate, at, end, particlesFollow)) {
                return new Span(word.start() + at, word.start() + Math.min(end, word.end() - word.start()));
            }
        }
        return null;
    }

    /** Where {@code rendering} starts in {@code candidate} when it is the whole word or its compound's last part; else -1. */
    private static int lastPartAt(String candidate, String rendering) {
        if (candidate.equals(rendering)) {
            return 0;
        }
        int at = candidate.length() - rendering.length();
        return at > 0 && candidate.endsWith(rendering) && KoreanCompounds.isPart(candidate, at, candidate.length(), false)
                ? at : -1;
    }

    /**
     * True when {@code candidate} starts with {@code rendering} followed by nothing, by a chain of particles, or by
     * the rest of a compound noun whose first part it is (서울시장은).
     */
    private static boolean endsAsNoun(String candidate, String rendering) {
        if (!candidate.startsWith(rendering)) {
            return false;
        }
        String rest = candidate.substring(rendering.length());
        if (KoreanParticles.isChain(rest, rendering.charAt(rendering.length() - 1))) {
            return true;
        }
        return !KoreanParticles.isChainOfAnyForm(rest) && KoreanCompounds.isPart(candidate, 0, rendering.length(), false);
    }

    /** The span covers the noun itself, not its particles; folding does not change Hangul lengths. */
    private static int lengthInText(TargetText.Word word, String folded) {
        return Math.min(folded.length(), word.end() - word.start());
    }
}
