package org.triptych.ui;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per target language: paragraphs with text and their words; plus English paragraphs and words. Counted
 * once for the whole document (off the EDT) and then kept up to date one edited paragraph at a time.
 */
final class ProgressFigures {

    /** Figures of one language. */
    record Figures(int paragraphs, int words) {
    }

    private final List<String> targets;
    private final Map<String, int[]> counts = new HashMap<>();
    private int total;
    private int sourceWords;

    private ProgressFigures(List<String> targets) {
        this.targets = List.copyOf(targets);
        for (String lang : targets) {
            counts.put(lang, new int[2]);
        }
    }

    /** Counts a whole document; slow for large ones, so call off the EDT. */
    static ProgressFigures of(Document document) {
        ProgressFigures f = new ProgressFigures(document.targets());
        for (Paragraph p : document.paragraphs()) {
            f.total++;
            f.sourceWords += Words.count(p.source(), "en");
            f.add(p, 1);
        }
        return f;
    }

    private void add(Paragraph p, int sign) {
        for (String lang : targets) {
            String text = p.target(lang).text();
            if (!text.isBlank()) {
                int[] c = counts.get(lang);
                c[0] += sign;
                c[1] += sign * Words.count(text, lang);
            }
        }
    }

    /** Takes one edited paragraph into account (cheap: only its own words are counted). */
    void replace(Paragraph before, Paragraph after) {
        add(before, -1);
        add(after, 1);
    }

    int total() {
        return total;
    }

    int sourceWords() {
        return sourceWords;
    }

    Figures of(String lang) {
        int[] c = counts.get(lang);
        return c == null ? new Figures(0, 0) : new Figures(c[0], c[1]);
    }
}
