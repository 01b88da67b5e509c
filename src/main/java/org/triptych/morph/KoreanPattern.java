package org.triptych.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * A Korean rendering: its words in order, separated by spaces, the last one at the start of a text word and
 * followed by nothing or by a chain of particles ({@link KoreanParticles}). Spacing variants count only when the
 * glossary lists them as alternatives.
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
        List<TargetText.Word> all = text.words();
        for (int i = 0; i + n <= all.size(); i++) {
            if (matchesAt(text, i)) {
                TargetText.Word last = all.get(i + n - 1);
                spans.add(new Span(all.get(i).start(), last.start() + lengthInText(last, words.get(n - 1))));
                i += n - 1;
            }
        }
        return spans;
    }

    private boolean matchesAt(TargetText text, int i) {
        List<TargetText.Word> all = text.words();
        int n = words.size();
        for (int k = 0; k < n - 1; k++) {
            if (!all.get(i + k).folded().equals(words.get(k)) || (k > 0 && !text.spaceBefore(i + k))) {
                return false;
            }
        }
        if (n > 1 && !text.spaceBefore(i + n - 1)) {
            return false;
        }
        String lastWord = words.get(n - 1);
        String candidate = all.get(i + n - 1).folded();
        return candidate.startsWith(lastWord)
                && KoreanParticles.isChain(candidate.substring(lastWord.length()), lastWord.charAt(lastWord.length() - 1));
    }

    /** The span covers the noun itself, not its particles; folding does not change Hangul lengths. */
    private static int lengthInText(TargetText.Word word, String folded) {
        return Math.min(folded.length(), word.end() - word.start());
    }
}
