package org.triptych.check;

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

    /** The cells of the proposed glossary row: {@code en} and each language, alternatives joined by {@code |}. */
    public Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("en", english);
        renderings.forEach((lang, list) -> cells.put(lang, String.join("|", list)));
        return cells;
    }
}
