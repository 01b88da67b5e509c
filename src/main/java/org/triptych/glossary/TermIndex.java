package org.triptych.glossary;

import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable, thread-safe index built once per glossary version (token trie / Aho-Corasick).
 *
 * <p>English terms become paths of word keys in a trie (see {@link EnglishWords} for the keys); finding terms
 * in a paragraph walks the trie from each word, so its cost depends on the paragraph, not on the glossary. The
 * longest term starting at the leftmost position wins (measured in text words; among equally long terms,
 * every concept is reported once); the search then resumes after it. A parenthesised qualifier in a term,
 * "deployment (of troops)", and a leading "the" are not part of what is matched.
 *
 * <p>Names and compounds are written solid, hyphenated or spaced (ceasefire, cease-fire, cease fire; front
 * line, frontline; Kim Jong Un, Kim Jong-un): a term of several words is also indexed with all its words joined,
 * and two text words separated by a hyphen or white space are also tried as one word.
 */
public final class TermIndex {

    /** One English term of a concept that ends at a trie node. */
    private record Entry(Concept concept, String term, String[] capitals) {

        /** True when every capitals-only word of the term is written in capitals in the text. */
        boolean acceptsCapitals(String[] writtenPath) {
            if (capitals == null) {
                return true;
            }
            for (int k = 0; k < capitals.length; k++) {
                if (capitals[k] != null && !EnglishWords.sameCapitals(capitals[k], writtenPath[k])) {
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
    /** Terms of several words by the key of their words joined solid. */
    private final Map<String, List<Entry>> solid;
    private final int conceptCount;
    private final JoinedFilter joinedFilter;

    private TermIndex(Map<String, Integer> vocabulary, Map<Long, Integer> children, Map<Integer, List<Entry>> terminals,
                      Map<String, List<Entry>> solid, int conceptCount) {
        this.vocabulary = vocabulary;
        this.children = children;
        this.terminals = terminals;
        this.solid = solid;
        this.conceptCount = conceptCount;
        this.joinedFilter = new JoinedFilter(vocabulary.keySet(), solid.keySet());
    }

    /**
     * Tells, without building the string, whether two text words joined solid may have a key the index knows (as a
     * word or as a term written solid): nearly every pair of words is joinable and nearly none is such a key, and
     * building each pair's keys cost a large part of the English side. A key of the joined word (length n) shares
     * its first n - 3 characters and is 3 shorter to 1 longer ({@link EnglishWords#keys}, {@link
     * EnglishWords#singular}), except the irregular plurals, which are indexed as themselves. So the filter holds
     * one bit per (hash of such a start, n) of every known key: a clear bit means no key; a set bit may be a
     * collision, and then the keys are built as before. Immutable.
     */
    private static final class JoinedFilter {

        private static final int MAX_BITS = 1 << 26;
        private static final int LONGEST_CUT = 3;
        private static final int LONGEST_GROWTH = 1;

        private final BitSet bits;
        private final int mask;

        JoinedFilter(Collection<String> words, Collection<String> solidKeys) {
            int entries = (words.size() + solidKeys.size()) * (LONGEST_CUT + LONGEST_GROWTH + 1) + 16;
            int size = Integer.highestOneBit(Math.min(MAX_BITS / 8, Math.max(64, entries))) * 8;
            this.bits = new BitSet(size);
            this.mask = size - 1;
            for (Collection<String> keys : List.of(words, solidKeys)) {
                for (String key : keys) {
                    for (int n = key.length() - LONGEST_GROWTH; n <= key.length() + LONGEST_CUT; n++) {
                        int start = Math.max(0, n - LONGEST_CUT);
                        bits.set(slot(hash(key, 0, start), n));
                    }
                }
            }
            for (String plural : EnglishWords.irregularPlurals()) {
                int n = plural.length();
                bits.set(slot(hash(plural, 0, Math.max(0, n - LONGEST_CUT)), n));
            }
        }

        /** False when no key of {@code first + second} (folded words) can be known to the index. */
        boolean mayKnow(String first, String second) {
            int n = first.length() + second.length();
            int start = Math.max(0, n - LONGEST_CUT);
            int hash = start >= first.length()
                    ? hash(second, first.hashCode(), start - first.length()) // String's hash is this polynomial
                    : hash(first, 0, start);
            return bits.get(slot(hash, n));
        }

        /** {@link String#hashCode()}'s polynomial continued from {@code hash} over the first {@code length} characters. */
        private static int hash(String s, int hash, int length) {
            int h = hash;
            for (int i = 0; i < length; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h;
        }

        private int slot(int hash, int n) {
            int h = (hash * 31 + n) * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }

    public static TermIndex build(List<Concept> concepts) {
        Map<String, Integer> vocabulary = new HashMap<>();
        Map<Long, Integer> children = new HashMap<>();
        Map<Integer, List<Entry>> terminals = new HashMap<>();
        Map<String, List<Entry>> solid = new HashMap<>();
        int nodes = 1;
        for (Concept concept : concepts) {
            for (Term term : concept.terms("en")) {
                String text = matchable(term.text());
                List<EnglishWords.Word> words = EnglishWords.of(text);
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
                add(terminals.computeIfAbsent(node, n -> new ArrayList<>(1)), new Entry(concept, term.text(), capitals));
                if (words.size() > 1) {
                    addSolid(solid, concept, term.text(), text, words, capitals);
                }
            }
        }
        return new TermIndex(vocabulary, children, terminals, solid, concepts.size());
    }

    /**
     * Indexes a term of several words also written as one (front line: frontline), when only hyphens or spaces
     * part them. Its key is the folded words joined, the last one singular (plurals change only the end).
     */
    private static void addSolid(Map<String, List<Entry>> solid, Concept concept, String term, String text,
                                 List<EnglishWords.Word> words, String[] capitals) {
        int last = words.size() - 1;
        StringBuilder key = new StringBuilder(text.length());
        for (int k = 0; k < last; k++) {
            EnglishWords.Word word = words.get(k);
            if (word.possessive() || !EnglishWords.joinable(text, word.tokenEnd(), words.get(k + 1).start())) {
                return;
            }
            key.append(word.folded());
        }
        key.append(words.get(last).key());
        String[] solidCapitals = null;
        if (capitals != null && Arrays.stream(capitals).allMatch(Objects::nonNull)) {
            solidCapitals = new String[] {String.join("", capitals)};
        }
        add(solid.computeIfAbsent(key.toString(), k -> new ArrayList<>(1)), new Entry(concept, term, solidCapitals));
    }

    private static void add(List<Entry> entries, Entry entry) {
        for (Entry e : entries) {
            if (e.concept() == entry.concept()) {
                return;
            }
        }
        entries.add(entry);
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
        Search search = new Search(english, EnglishWords.of(english));
        List<TermHit> hits = new ArrayList<>();
        int i = 0;
        while (i < search.words.size()) {
            search.bestEnd = -1;
            search.best.clear();
            search.walk(ROOT, i, 0);
            if (search.bestEnd < 0) {
                i++;
                continue;
            }
            int start = search.words.get(i).start();
            int end = search.words.get(search.bestEnd - 1).end();
            for (Entry e : search.best) {
                hits.add(new TermHit(start, end, e.concept(), e.term()));
            }
            i = search.bestEnd;
        }
        return hits;
    }

    /** The state of one {@link #find}: the text's words, their trie ids computed once, and the best match so far. */
    private final class Search {

        private static final int[] NONE = new int[0];

        final String text;
        final List<EnglishWords.Word> words;
        /** Per word: the vocabulary ids of its keys, and of it joined solid with the next word. */
        final int[][] single;
        final int[][] joined;
        final List<String>[] singleKeys;
        final List<String>[] joinedKeys;
        final boolean[] joinedDone;
        final String[] writtenPath = new String[64];
        int bestEnd;
        final List<Entry> best = new ArrayList<>();

        Search(String text, List<EnglishWords.Word> words) {
            this.text = text;
            this.words = words;
            this.single = new int[words.size()][];
            this.joined = new int[words.size()][];
            this.singleKeys = keyArray(words.size());
            this.joinedKeys = keyArray(words.size());
            this.joinedDone = new boolean[words.size()];
        }

        @SuppressWarnings("unchecked")
        private static List<String>[] keyArray(int size) {
            return (List<String>[]) new List<?>[size];
        }

        /** Follows every trie edge the words from {@code k} on allow, keeping the longest terms reached. */
        void walk(int node, int k, int depth) {
            if (k >= words.size() || depth == writtenPath.length) {
                return;
            }
            EnglishWords.Word word = words.get(k);
            if (depth > 0 && !EnglishWords.joinable(text, words.get(k - 1).tokenEnd(), word.start())) {
                return;
            }
            for (int id : singleIds(k)) {
                writtenPath[depth] = word.written();
                step(node, id, k + 1, depth);
            }
            for (int id : joinedIds(k)) {
                writtenPath[depth] = word.written() + words.get(k + 1).written();
                step(node, id, k + 2, depth);
            }
            if (depth == 0 && !solid.isEmpty()) {
                writtenPath[0] = word.written();
                reachSolid(singleKeys(k), k + 1);
                if (joinedKeys(k) != null) {
                    writtenPath[0] = word.written() + words.get(k + 1).written();
                    reachSolid(joinedKeys(k), k + 2);
                }
            }
        }

        /** A text word (or joined pair) that is a term of several words written solid. */
        private void reachSolid(List<String> keys, int next) {
            for (String key : keys) {
                List<Entry> entries = solid.get(key);
                if (entries != null) {
                    reach(entries, next);
                }
            }
        }

        private void step(int node, int id, int next, int depth) {
            Integer child = children.get(((long) node << 32) | id);
            if (child == null) {
                return;
            }
            List<Entry> entries = terminals.get(child);
            if (entries != null) {
                reach(entries, next);
            }
            walk(child, next, depth + 1);
        }

        /** Keeps the terms that end at word {@code next} when none ends further right. */
        private void reach(List<Entry> entries, int next) {
            if (next < bestEnd) {
                return;
            }
            for (Entry e : entries) {
                if (e.acceptsCapitals(writtenPath)) {
                    if (next > bestEnd) {
                        bestEnd = next;
                        best.clear();
                    }
                    add(best, e);
                }
            }
        }

        private List<String> singleKeys(int k) {
            if (singleKeys[k] == null) {
                EnglishWords.Word word = words.get(k);
                singleKeys[k] = EnglishWords.keys(word.folded(), word.key());
            }
            return singleKeys[k];
        }

        /** Word k and k+1 as one word, when only a hyphen or white space separates them (cease-fire, front line). */
        private List<String> joinedKeys(int k) {
            if (!joinedDone[k]) {
                joinedDone[k] = true;
                if (k + 1 < words.size()) {
                    EnglishWords.Word word = words.get(k);
                    EnglishWords.Word next = words.get(k + 1);
                    if (!word.possessive() && EnglishWords.joinable(text, word.end(), next.start())
                            && joinedFilter.mayKnow(word.folded(), next.folded())) {
                        String folded = word.folded() + next.folded();
                        joinedKeys[k] = EnglishWords.keys(folded, EnglishWords.singular(folded));
                    }
                }
            }
            return joinedKeys[k];
        }

        private int[] singleIds(int k) {
            if (single[k] == null) {
                single[k] = ids(singleKeys(k));
            }
            return single[k];
        }

        private int[] joinedIds(int k) {
            if (joined[k] == null) {
                List<String> keys = joinedKeys(k);
                joined[k] = keys == null ? NONE : ids(keys);
            }
            return joined[k];
        }

        private int[] ids(List<String> keys) {
            int[] ids = null;
            int count = 0;
            for (String key : keys) {
                Integer id = vocabulary.get(key);
                if (id != null) {
                    if (ids == null) {
                        ids = new int[keys.size()];
                    }
                    ids[count++] = id;
                }
            }
            return ids == null ? NONE : Arrays.copyOf(ids, count);
        }
    }
}
