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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    private final Map<Integer, List<Clash>> clashes;

    private DuplicateTerms(Map<Integer, List<Clash>> clashes) {
        this.clashes = clashes;
    }

    /** Finds the clashes among {@code concepts} in {@code lang}; indices refer to that list. */
    public static DuplicateTerms of(List<Concept> concepts, String lang) {
        String[][] keys = new String[concepts.size()][];
        Map<String, Object> owners = new HashMap<>(concepts.size() * 2);
        boolean anyShared = false;
        for (int i = 0; i < concepts.size(); i++) {
            List<Term> terms = concepts.get(i).terms(lang);
            keys[i] = new String[terms.size()];
            for (int k = 0; k < terms.size(); k++) {
                String key = key(terms.get(k).text());
                keys[i][k] = key;
                // One owner is kept as a bare Integer; sets are only made for the rare shared key.
                Object previous = owners.putIfAbsent(key, i);
                if (previous instanceof Integer owner && owner != i) {
                    Set<Integer> sharing = new LinkedHashSet<>(List.of(owner, i));
                    owners.put(key, sharing);
                    anyShared = true;
                } else if (previous instanceof Set<?>) {
                    @SuppressWarnings("unchecked")
                    Set<Integer> sharing = (Set<Integer>) previous;
                    sharing.add(i);
                }
            }
        }
        Map<Integer, List<Clash>> clashes = new HashMap<>();
        for (int i = 0; anyShared && i < concepts.size(); i++) {
            Set<String> seen = new LinkedHashSet<>();
            for (int k = 0; k < keys[i].length; k++) {
                if (owners.get(keys[i][k]) instanceof Set<?> sharing && seen.add(keys[i][k])) {
                    int self = i;
                    List<Integer> others = sharing.stream().map(Integer.class::cast).filter(o -> o != self).toList();
                    clashes.computeIfAbsent(i, x -> new ArrayList<>())
                            .add(new Clash(concepts.get(i).terms(lang).get(k).text(), others));
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
        boolean ascii = true;
        for (int i = 0; i < term.length() && ascii; i++) {
            ascii = term.charAt(i) < 0x80;
        }
        // ASCII needs neither normalisation nor full folding; most English terms take this fast path.
        String folded = ascii ? term.toLowerCase(Locale.ROOT) : NFC.normalize(UCharacter.foldCase(NFC.normalize(term), true));
        return collapseSpaces(folded);
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
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
