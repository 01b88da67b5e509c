package org.triptych.check.consistency;

import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glossary candidates (Glossary > Suggest terms, {@code triptych glossary suggest}): the names of the English that
 * recur, at least {@value #MIN_OCCURRENCES} times, and that the glossary does not hold, most frequent first, each
 * with the rendering every target writes most often ({@link NameIndex}). Stateless; off the interface thread.
 */
public final class GlossarySuggestions {

    public static final int MIN_OCCURRENCES = 2;

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
            if (name.occurrences() < MIN_OCCURRENCES) {
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
        suggestions.sort(Comparator.comparingInt(Suggestion::occurrences).reversed()
                .thenComparing(Suggestion::english));
        return suggestions;
    }
}
