package org.triptych.glossary.edit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Concepts that share a term in one language: every {@code |} alternative of every concept is compared
 * case-insensitively (NFC, ICU full case folding, runs of white space as one space).
 */
public final class DuplicateTerms {

    /** One of a concept's terms that other concepts (by index) also list. */
    public record Clash(String term, List<Integer> others) {
        public Clash {
            others = List.copyOf(others);
        }
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<Integer, List<Clash>> clashes;

    private DuplicateTerms(Map<Integer, List<Clash>> clashes) {
        this.clashes = clashes;
    }

    /** Finds the clashes among {@code concepts} in {@code lang}; indices refer to that list. */
    public static DuplicateTerms of(List<Concept> concepts, String lang) {
        Map<String, Set<Integer>> owners = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            for (Term term : concepts.get(i).terms(lang)) {
                owners.computeIfAbsent(key(term.text()), k -> new LinkedHashSet<>()).add(i);
            }
        }
        Map<Integer, List<Clash>> clashes = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            Set<String> seen = new LinkedHashSet<>();
            for (Term term : concepts.get(i).terms(lang)) {
                String key = key(term.text());
                Set<Integer> sharing = owners.get(key);
                if (sharing.size() > 1 && seen.add(key)) {
                    int self = i;
                    List<Integer> others = sharing.stream().filter(k -> k != self).toList();
                    clashes.computeIfAbsent(i, k -> new ArrayList<>()).add(new Clash(term.text(), others));
                }
            }
        }
        return new DuplicateTerms(clashes);
    }

    /**
     * The concepts (in order) that already list any {@code |} alternative of {@code text} in {@code lang}:
     * what adding a concept with that text would duplicate.
     */
    public static List<Concept> conceptsSharing(List<Concept> concepts, String lang, List<String> alternatives) {
        Set<String> wanted = new LinkedHashSet<>();
        alternatives.forEach(alternative -> wanted.add(key(alternative)));
        List<Concept> result = new ArrayList<>();
        for (Concept concept : concepts) {
            if (concept.terms(lang).stream().anyMatch(term -> wanted.contains(key(term.text())))) {
                result.add(concept);
            }
        }
        return result;
    }

    /** The comparison key of a term: equal keys mean the same term for duplicate detection. */
    public static String key(String term) {
        String folded = UCharacter.foldCase(NFC.normalize(term), true);
        return SPACES.matcher(NFC.normalize(folded)).replaceAll(" ").strip();
    }

    public boolean isDuplicate(int index) {
        return clashes.containsKey(index);
    }

    /** The clashing terms of the concept at {@code index}; empty when it has none. */
    public List<Clash> clashes(int index) {
        return clashes.getOrDefault(index, List.of());
    }

    /** Indices of all concepts that share a term with another, ascending. */
    public Set<Integer> duplicates() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(clashes.keySet()));
    }
}
