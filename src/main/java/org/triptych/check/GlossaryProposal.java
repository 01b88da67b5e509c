package org.triptych.check;

import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concept a finding proposes to add to the glossary ("Add to glossary"): the English term and, per target
 * language, the renderings to admit, the preferred first. The window offers it on the finding; accepting it adds
 * the concept through the glossary service. Immutable.
 */
public record GlossaryProposal(String english, Map<String, List<String>> renderings) {

    public GlossaryProposal {
        Objects.requireNonNull(english, "english");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        renderings.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        renderings = java.util.Collections.unmodifiableMap(copy);
    }

    /** The concept to add: the English term, then each language's renderings, the first preferred. */
    public Concept concept() {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        terms.put("en", List.of(new Term("en", english, true)));
        renderings.forEach((lang, list) -> {
            List<Term> each = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                each.add(new Term(lang, list.get(i), i == 0));
            }
            terms.put(lang, each);
        });
        return new Concept(terms, Map.of(), "", Map.of(), 0);
    }

    /** The cells of the proposed glossary row: {@code en} and each language, alternatives joined by {@code |}. */
    public Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("en", english);
        renderings.forEach((lang, list) -> cells.put(lang, String.join("|", list)));
        return cells;
    }
}
