package org.triptych.check.consistency;

import org.triptych.glossary.EnglishTerms;
import org.triptych.glossary.TermHit;
import org.triptych.glossary.TermIndex;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glossary candidates (Glossary > Suggest terms, {@code triptych glossary suggest}): the names and the terms in small
 * letters of the English that recur, at least {@value #MIN_OCCURRENCES} times, and that the glossary does not hold,
 * most frequent first, each with the rendering every target writes most often: for a name, the run of target words
 * that sounds like it ({@link NameIndex}); for a term ({@link EnglishTerms}: psychological warfare, defectors), the
 * target words found with it more than elsewhere ({@link CooccurringRenderings}), when that is clear. Of the terms in
 * small letters the {@value #MOST_TERMS} most frequent are listed. Stateless; off the interface thread.
 */
public final class GlossarySuggestions {

    public static final int MIN_OCCURRENCES = 2;
    public static final int MOST_TERMS = 100;

    /**
     * One candidate: the English as most often written, how often it occurs, and per target language its most
     * frequent rendering (none when no target paragraph renders it recognisably).
     */
    public record Suggestion(String english, int occurrences, Map<String, String> renderings) {

        public Suggestion {
            renderings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renderings));
        }

        /** The glossary concept that accepting the suggestion adds. */
        public Concept concept() {
            Map<String, List<Term>> terms = new LinkedHashMap<>();
            terms.put("en", List.of(new Term("en", english, true)));
            renderings.forEach((lang, text) -> terms.put(lang, List.of(new Term(lang, text, true))));
            return new Concept(terms, Map.of(), "", Map.of(), 0);
        }
    }

    private GlossarySuggestions() {
    }

    /** The candidates of {@code documents} against {@code glossary}, ranked by frequency, then alphabetically. */
    public static List<Suggestion> of(Collection<Document> documents, List<Concept> glossary) {
        NameIndex index = NameIndex.build(List.copyOf(documents), glossary);
        List<String> langs = documents.stream().flatMap(d -> d.targets().stream()).distinct().toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (NameIndex.Name name : index.names()) {
            // A function word with a capital (The, But, He after a quotation) is no name.
            if (name.occurrences() < MIN_OCCURRENCES || EnglishTerms.isStopWord(name.key())) {
                continue;
            }
            Map<String, String> renderings = new LinkedHashMap<>();
            for (String lang : langs) {
                NameIndex.Tally majority = name.majority(lang);
                if (majority != null) {
                    renderings.put(lang, majority.spelling());
                }
            }
            suggestions.add(new Suggestion(name.english(), name.occurrences(), renderings));
        }
        suggestions.addAll(terms(documents, glossary, langs));
        suggestions.sort(Comparator.comparingInt(Suggestion::occurrences).reversed()
                .thenComparing(Suggestion::english));
        return suggestions;
    }

    /** One term in small letters: its occurrences, the paragraphs that have it, and how it is written. */
    private static final class TermTally {
        int occurrences;
        final Set<Integer> paragraphs = new LinkedHashSet<>();
        final Map<String, Integer> written = new HashMap<>();

        String english() {
            return written.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElseThrow();
        }
    }

    /**
     * The recurring terms in small letters that the glossary does not cover, each counted where no longer recurring
     * term holds it (psychological alone is no term when it is always psychological warfare), the
     * {@value #MOST_TERMS} most frequent, with their renderings by co-occurrence.
     */
    private static List<Suggestion> terms(Collection<Document> documents, List<Concept> glossary, List<String> langs) {
        TermIndex terms = TermIndex.build(glossary);
        List<Paragraph> paragraphs = documents.stream().flatMap(d -> d.paragraphs().stream()).toList();
        List<List<EnglishTerms.Candidate>> candidates = new ArrayList<>(paragraphs.size());
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inSmallLetters = new HashSet<>();
        for (Paragraph paragraph : paragraphs) {
            List<TermHit> hits = terms.find(paragraph.source());
            List<EnglishTerms.Candidate> unknown = new ArrayList<>();
            for (EnglishTerms.Candidate c : EnglishTerms.find(paragraph.source())) {
                if (hits.stream().noneMatch(h -> h.start() <= c.start() && c.end() <= h.end())) {
                    unknown.add(c);
                    counts.merge(c.key(), 1, Integer::sum);
                    if (!c.capitalised()) {
                        inSmallLetters.add(c.key());
                    }
                }
            }
            candidates.add(unknown);
        }
        Map<String, TermTally> tallies = new HashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            // A capital that opens a sentence says nothing: such a candidate counts if written in small letters too.
            List<EnglishTerms.Candidate> recurring = candidates.get(p).stream()
                    .filter(c -> counts.get(c.key()) >= MIN_OCCURRENCES && inSmallLetters.contains(c.key())).toList();
            for (EnglishTerms.Candidate c : recurring) {
                boolean inLonger = recurring.stream().anyMatch(l -> l.words() > c.words() && l.start() <= c.start()
                        && c.end() <= l.end());
                if (!inLonger) {
                    TermTally tally = tallies.computeIfAbsent(c.key(), k -> new TermTally());
                    tally.occurrences++;
                    tally.paragraphs.add(p);
                    String written = paragraphs.get(p).source().substring(c.start(), c.end());
                    tally.written.merge(c.capitalised() ? written.substring(0, 1).toLowerCase(Locale.ROOT)
                            + written.substring(1) : written, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, TermTally>> kept = tallies.entrySet().stream()
                .filter(e -> e.getValue().occurrences >= MIN_OCCURRENCES)
                .sorted(Comparator.<Map.Entry<String, TermTally>>comparingInt(e -> e.getValue().occurrences).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(MOST_TERMS).toList();
        Map<String, Set<Integer>> where = new LinkedHashMap<>();
        kept.forEach(e -> where.put(e.getKey(), e.getValue().paragraphs));
        Map<String, Map<String, String>> renderings = CooccurringRenderings.find(paragraphs, where, langs);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map.Entry<String, TermTally> e : kept) {
            suggestions.add(new Suggestion(e.getValue().english(), e.getValue().occurrences,
                    renderings.getOrDefault(e.getKey(), Map.of())));
        }
        return suggestions;
    }
}
