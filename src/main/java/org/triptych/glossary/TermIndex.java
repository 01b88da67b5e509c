package org.triptych.glossary;

import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable, thread-safe index built once per glossary version (token trie / Aho-Corasick).
 *
 * <p>English terms become paths of word keys in a trie (see {@link EnglishWords} for the keys); finding terms
 * in a paragraph walks the trie from each word, so its cost depends on the paragraph, not on the glossary. The
 * longest term starting at the leftmost position wins; the search then resumes after it. A parenthesised
 * qualifier in a term, "deployment (of troops)", and a leading "the" are not part of what is matched.
 */
public final class TermIndex {

    /** One English term of a concept that ends at a trie node. */
    private record Entry(Concept concept, String term, String[] capitals) {

        /** True when every capitals-only word of the term is written in capitals in the text. */
        boolean acceptsCapitals(List<EnglishWords.Word> words, int from) {
            if (capitals == null) {
                return true;
            }
            for (int k = 0; k < capitals.length; k++) {
                if (capitals[k] != null && !EnglishWords.sameCapitals(capitals[k], words.get(from + k).written())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int ROOT = 0;

    private final Map<String, Integer> vocabulary;
    /** (node << 32 | word id) to child node. */
    private final Map<Long, Integer> children;
    private final Map<Integer, List<Entry>> terminals;
    private final int conceptCount;

    private TermIndex(Map<String, Integer> vocabulary, Map<Long, Integer> children, Map<Integer, List<Entry>> terminals,
                      int conceptCount) {
        this.vocabulary = vocabulary;
        this.children = children;
        this.terminals = terminals;
        this.conceptCount = conceptCount;
    }

    public static TermIndex build(List<Concept> concepts) {
        Map<String, Integer> vocabulary = new HashMap<>();
        Map<Long, Integer> children = new HashMap<>();
        Map<Integer, List<Entry>> terminals = new HashMap<>();
        int nodes = 1;
        for (Concept concept : concepts) {
            for (Term term : concept.terms("en")) {
                List<EnglishWords.Word> words = EnglishWords.of(matchable(term.text()));
                if (words.isEmpty()) {
                    continue;
                }
                int node = ROOT;
                String[] capitals = null;
                for (int k = 0; k < words.size(); k++) {
                    EnglishWords.Word word = words.get(k);
                    Integer id = vocabulary.get(word.key());
                    if (id == null) {
                        id = vocabulary.size();
                        vocabulary.put(word.key(), id);
                    }
                    long edge = ((long) node << 32) | id;
                    Integer child = children.get(edge);
                    if (child == null) {
                        child = nodes++;
                        children.put(edge, child);
                    }
                    node = child;
                    if (Folding.isAllCapitals(word.written())) {
                        if (capitals == null) {
                            capitals = new String[words.size()];
                        }
                        capitals[k] = word.written();
                    }
                }
                terminals.computeIfAbsent(node, n -> new ArrayList<>(1)).add(new Entry(concept, term.text(), capitals));
            }
        }
        return new TermIndex(vocabulary, children, terminals, concepts.size());
    }

    /** The term without a parenthesised qualifier and without a leading article. */
    static String matchable(String term) {
        String bare = term.replaceAll("\\([^)]*\\)", " ").strip();
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("the ") && bare.length() > 4) {
            bare = bare.substring(4).strip();
        }
        return bare;
    }

    /** How many concepts the index was built from. */
    public int size() {
        return conceptCount;
    }

    /** Every glossary term in {@code english}, left to right; a concept found twice gives two hits. */
    public List<TermHit> find(String english) {
        List<EnglishWords.Word> words = EnglishWords.of(english);
        List<TermHit> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matchedLength = 0;
            List<Entry> matched = List.of();
            int node = ROOT;
            for (int k = i; k < words.size(); k++) {
                if (k > i && !EnglishWords.joinable(english, words.get(k - 1).tokenEnd(), words.get(k).start())) {
                    break;
                }
                Integer id = vocabulary.get(words.get(k).key());
                if (id == null) {
                    break;
                }
                Integer child = children.get(((long) node << 32) | id);
                if (child == null) {
                    break;
                }
                node = child;
                List<Entry> entries = terminals.get(node);
                if (entries != null) {
                    List<Entry> accepted = new ArrayList<>(entries.size());
                    for (Entry e : entries) {
                        if (e.acceptsCapitals(words, i)) {
                            accepted.add(e);
                        }
                    }
                    if (!accepted.isEmpty()) {
                        matched = accepted;
                        matchedLength = k - i + 1;
                    }
                }
            }
            if (matchedLength == 0) {
                i++;
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(i + matchedLength - 1).end();
            int firstOfThese = hits.size();
            for (Entry e : matched) {
                if (hits.subList(firstOfThese, hits.size()).stream().noneMatch(h -> h.concept() == e.concept())) {
                    hits.add(new TermHit(start, end, e.concept(), e.term()));
                }
            }
            i += matchedLength;
        }
        return hits;
    }
}
