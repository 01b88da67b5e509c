package org.triptych.morph;

import java.util.ArrayList;
import java.util.List;

/** Languages without a morphology here: the rendering's words, in order, separated by white space only. */
final class WordSequencePattern implements TermPattern {

    private final List<String> words;

    private WordSequencePattern(List<String> words) {
        this.words = words;
    }

    static WordSequencePattern compile(String rendering, String lang) {
        return new WordSequencePattern(TargetText.of(rendering, lang).words().stream().map(TargetText.Word::folded).toList());
    }

    @Override
    public List<Span> findAll(TargetText text) {
        List<Span> spans = new ArrayList<>();
        List<TargetText.Word> all = text.words();
        int n = words.size();
        if (n == 0) {
            return spans;
        }
        for (int i = 0; i + n <= all.size(); i++) {
            if (matchesAt(text, i)) {
                spans.add(text.span(i, i + n - 1));
                i += n - 1;
            }
        }
        return spans;
    }

    private boolean matchesAt(TargetText text, int i) {
        for (int k = 0; k < words.size(); k++) {
            if (!text.words().get(i + k).folded().equals(words.get(k)) || (k > 0 && !text.spaceBefore(i + k))) {
                return false;
            }
        }
        return true;
    }
}
