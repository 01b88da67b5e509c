package org.triptych.stats;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.text.Words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress figures of one or more documents: paragraphs, English words, and per target language the
 * paragraphs that have text ("translated"), their words, and how many paragraphs are in each status.
 */
public record Stats(int documents, int paragraphs, int sourceWords, Map<String, TargetStats> targets) {

    /** Figures of one target language. */
    public record TargetStats(int translatedParagraphs, int words, Map<Status, Integer> statuses) {
        public TargetStats {
            statuses = Map.copyOf(statuses);
        }

        public int status(Status status) {
            return statuses.getOrDefault(status, 0);
        }
    }

    public Stats {
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    public static Stats of(Document document) {
        return of(List.of(document));
    }

    /** Figures over several documents; target languages appear in the order they are first met. */
    public static Stats of(List<Document> documents) {
        int paragraphs = 0;
        int sourceWords = 0;
        List<String> languages = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EnumMap<Status, Integer>> statuses = new LinkedHashMap<>();
        for (Document d : documents) {
            for (String tag : d.targets()) {
                if (!languages.contains(tag)) {
                    languages.add(tag);
                    counts.put(tag, new int[2]);
                    EnumMap<Status, Integer> zero = new EnumMap<>(Status.class);
                    for (Status s : Status.values()) {
                        zero.put(s, 0);
                    }
                    statuses.put(tag, zero);
                }
            }
            for (Paragraph p : d.paragraphs()) {
                paragraphs++;
                sourceWords += Words.count(p.source(), "en");
                for (String tag : d.targets()) {
                    Translation t = p.target(tag);
                    if (!t.isEmpty()) {
                        counts.get(tag)[0]++;
                        counts.get(tag)[1] += Words.count(t.text(), tag);
                    }
                    statuses.get(tag).merge(t.status(), 1, Integer::sum);
                }
            }
        }
        Map<String, TargetStats> targets = new LinkedHashMap<>();
        for (String tag : languages) {
            int[] c = counts.get(tag);
            targets.put(tag, new TargetStats(c[0], c[1], statuses.get(tag)));
        }
        return new Stats(documents.size(), paragraphs, sourceWords, targets);
    }
}
