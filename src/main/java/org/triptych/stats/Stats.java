package org.triptych.stats;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.text.Words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress figures of one or more documents, the one copy used by {@code stats}, the exports and the
 * window's status bar: paragraphs, English words and, per target language, the paragraphs translated
 * (text marked translated or reviewed) and their words, the drafts (text not yet marked done) and their
 * words, the empty cells, and how many paragraphs are in each status. Immutable; any thread.
 */
public record Stats(int documents, int paragraphs, int sourceWords, Map<String, TargetStats> targets) {

    /** Figures of one target language; translated + draft + empty = every paragraph. */
    public record TargetStats(int translatedParagraphs, int words, int draftParagraphs, int draftWords,
                              int emptyParagraphs, Map<Status, Integer> statuses) {
        public TargetStats {
            statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
        }

        public int status(Status status) {
            return statuses.getOrDefault(status, 0);
        }

        private TargetStats plus(Translation t, String lang, int sign) {
            int translated = translatedParagraphs;
            int translatedWords = words;
            int drafts = draftParagraphs;
            int draftWordCount = draftWords;
            int empty = emptyParagraphs;
            if (t.isEmpty()) {
                empty += sign;
            } else if (t.isDone()) {
                translated += sign;
                translatedWords += sign * Words.count(t.text(), lang);
            } else {
                drafts += sign;
                draftWordCount += sign * Words.count(t.text(), lang);
            }
            EnumMap<Status, Integer> counts = new EnumMap<>(statuses);
            counts.merge(t.status(), sign, Integer::sum);
            return new TargetStats(translated, translatedWords, drafts, draftWordCount, empty, counts);
        }
    }

    public Stats {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    public static Stats of(Document document) {
        return of(List.of(document));
    }

    /** Figures over several documents; target languages appear in the order they are first met. */
    public static Stats of(List<Document> documents) {
        int paragraphs = 0;
        int sourceWords = 0;
        List<String> languages = new ArrayList<>();
        Map<String, Counter> counters = new LinkedHashMap<>();
        for (Document d : documents) {
            for (String tag : d.targets()) {
                if (!languages.contains(tag)) {
                    languages.add(tag);
                    counters.put(tag, new Counter());
                }
            }
            for (Paragraph p : d.paragraphs()) {
                paragraphs++;
                sourceWords += Words.count(p.source(), "en");
                for (String tag : d.targets()) {
                    counters.get(tag).add(p.target(tag), tag);
                }
            }
        }
        Map<String, TargetStats> targets = new LinkedHashMap<>();
        counters.forEach((tag, c) -> targets.put(tag, c.figures()));
        return new Stats(documents.size(), paragraphs, sourceWords, targets);
    }

    /** The figures after one paragraph changed (cheap: only that paragraph's words are counted). */
    public Stats replace(Paragraph before, Paragraph after) {
        Map<String, TargetStats> changed = new LinkedHashMap<>(targets);
        targets.forEach((tag, t) -> {
            if (!before.target(tag).equals(after.target(tag))) {
                changed.put(tag, t.plus(before.target(tag), tag, -1).plus(after.target(tag), tag, 1));
            }
        });
        int words = before.source().equals(after.source()) ? sourceWords
                : sourceWords - Words.count(before.source(), "en") + Words.count(after.source(), "en");
        return new Stats(documents, paragraphs, words, changed);
    }

    /** Figures of a target language, zero for a language the documents do not have. */
    public TargetStats of(String lang) {
        TargetStats t = targets.get(lang);
        return t != null ? t : new Counter().figures();
    }

    /** Mutable counts of one language while a document is counted. */
    private static final class Counter {
        private int translated;
        private int translatedWords;
        private int drafts;
        private int draftWords;
        private int empty;
        private final EnumMap<Status, Integer> statuses = new EnumMap<>(Status.class);

        Counter() {
            for (Status s : Status.values()) {
                statuses.put(s, 0);
            }
        }

        void add(Translation t, String lang) {
            if (t.isEmpty()) {
                empty++;
            } else if (t.isDone()) {
                translated++;
                translatedWords += Words.count(t.text(), lang);
            } else {
                drafts++;
                draftWords += Words.count(t.text(), lang);
            }
            statuses.merge(t.status(), 1, Integer::sum);
        }

        TargetStats figures() {
            return new TargetStats(translated, translatedWords, drafts, draftWords, empty, statuses);
        }
    }
}
