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
import java.util.regex.Pattern;

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
 * and two text words separated by a hyphen or white space are also tried as one word. Terms of three or four words
 * are also indexed partly solid (Lee Minbok for Lee Min-bok).
 *
 * <p>Capitals follow each concept's {@link TermCase}: by default a capital of the term must be a capital in the text
 * (Rose, the name, does not match rose; US does not match us), a small letter may be either, and so may the initial
 * of a term's second and later words (Donetsk oblast, Kim Jong-un).
 */
public final class TermIndex {

    /**
     * One English term of a concept that ends at a trie node, with the glossary words as written along its path (one
     * per trie step; words written solid in the text are one step) and the concept's rule for capitals.
     */
    private record Entry(Concept concept, String term, String[] written, TermCase termCase) {

        /** True when the text words along the path carry the capitals the concept's case rule asks for. */
        boolean acceptsCase(String[] writtenPath, long[] freePath) {
            for (int k = 0; k < written.length; k++) {
                if (!termCase.accepts(written[k], writtenPath[k], freePath[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Terms of up to this many words are also indexed partly solid (Lee Minbok for Lee Min-bok): every way of joining
     * neighbours, 2^(n-1) paths, so the bound keeps large glossaries small.
     */
    private static final int MAX_PARTLY_SOLID_WORDS = 4;

    private static final int ROOT = 0;
    /** A parenthesised qualifier of a term: Seoul (city). */
    private static final Pattern QUALIFIER = Pattern.compile("\\([^)]*\\)");

    /** Every key of a trie step or of a term written solid, to its id. */
    private final Map<String, Integer> vocabulary;
    private final TrieEdges children;
    /** Per trie node, the terms that end there; null for none. */
    private final List<Entry>[] terminals;
    /**
     * Terms of several words by the id of the key of their words joined solid (null for none), so the ids a search
     * looks up once per text word serve both the trie and these.
     */
    private final List<Entry>[] solid;
    private final boolean anySolid;
    private final int conceptCount;
    private final JoinedFilter joinedFilter;

    private TermIndex(Map<String, Integer> vocabulary, TrieEdges children, List<Entry>[] terminals,
                      List<Entry>[] solid, int conceptCount) {
        this.vocabulary = vocabulary;
        this.children = children;
        this.terminals = terminals;
        this.solid = solid;
        this.anySolid = Arrays.stream(solid).anyMatch(e -> e != null);
        this.conceptCount = conceptCount;
        this.joinedFilter = new JoinedFilter(vocabulary.keySet());
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

        JoinedFilter(Collection<String> keys) {
            int entries = keys.size() * (LONGEST_CUT + LONGEST_GROWTH + 1) + 16;
            // 16 to 32 bits per entry: with 8 or fewer a quarter of the text's word pairs passed for the keys of a
            // small glossary, and each built its keys for nothing.
            int size = Integer.highestOneBit(Math.min(MAX_BITS / 32, Math.max(64, entries))) * 32;
            this.bits = new BitSet(size);
            this.mask = size - 1;
            for (String key : keys) {
                for (int n = key.length() - LONGEST_GROWTH; n <= key.length() + LONGEST_CUT; n++) {
                    int start = Math.max(0, n - LONGEST_CUT);
                    bits.set(slot(hash(key, 0, start), n));
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
        Builder builder = new Builder();
        for (Concept concept : concepts) {
            TermCase termCase = TermCase.of(concept);
            for (Term term : concept.terms("en")) {
                builder.addTerm(concept, term.text(), termCase);
            }
        }
        return new TermIndex(builder.vocabulary, builder.children, builder.terminalsByNode(), builder.solidById(),
                concepts.size());
    }

    /** The trie under construction. */
    private static final class Builder {

        final Map<String, Integer> vocabulary = new HashMap<>();
        final TrieEdges children = new TrieEdges();
        final Map<Integer, List<Entry>> terminals = new HashMap<>();
        final Map<Integer, List<Entry>> solid = new HashMap<>();
        int nodes = 1;

        void addTerm(Concept concept, String term, TermCase termCase) {
            String text = matchable(term);
            List<EnglishWords.Word> words = EnglishWords.of(text);
            int n = words.size();
            if (n == 0) {
                return;
            }
            String[] written = new String[n];
            boolean[] joinable = new boolean[n];
            for (int k = 0; k < n; k++) {
                EnglishWords.Word word = words.get(k);
                // Past the first word, the initial of a word is written either way: Donetsk oblast, Min-bok, Jong-Un
                written[k] = k > 0 && termCase == TermCase.PERMISSIVE ? lowerFirst(word.written()) : word.written();
                joinable[k] = k + 1 < n && !word.possessive()
                        && EnglishWords.joinable(text, word.tokenEnd(), words.get(k + 1).start());
            }
            int partly = n >= 3 && n <= MAX_PARTLY_SOLID_WORDS ? (1 << (n - 1)) - 1 : 1;
            for (int joins = 0; joins < partly; joins++) {
                addPath(concept, term, termCase, words, written, joinable, joins);
            }
            if (n > 1 && allJoinable(joinable, n)) {
                StringBuilder key = new StringBuilder(text.length());
                for (int k = 0; k < n - 1; k++) {
                    key.append(words.get(k).folded());
                }
                key.append(words.get(n - 1).key());
                add(solid.computeIfAbsent(id(key.toString()), x -> new ArrayList<>(1)),
                        new Entry(concept, term, new String[] {String.join("", written)}, termCase));
            }
        }

        /**
         * One trie path of a term: its words, those before each bit set in {@code joins} written solid with the next
         * (bit k joins word k and k + 1); a join of words that cannot be written solid gives no path.
         */
        private void addPath(Concept concept, String term, TermCase termCase, List<EnglishWords.Word> words,
                             String[] written, boolean[] joinable, int joins) {
            List<String> pathWritten = new ArrayList<>(words.size());
            int node = ROOT;
            int k = 0;
            while (k < words.size()) {
                StringBuilder bare = new StringBuilder(words.get(k).written());
                StringBuilder asWritten = new StringBuilder(written[k]);
                while ((joins & (1 << k)) != 0) {
                    if (!joinable[k]) {
                        return;
                    }
                    k++;
                    bare.append(words.get(k).written());
                    asWritten.append(written[k]);
                }
                String key = bare.length() == words.get(k).written().length() ? words.get(k).key()
                        : EnglishWords.key(bare.toString());
                node = step(node, key);
                pathWritten.add(asWritten.toString());
                k++;
            }
            add(terminals.computeIfAbsent(node, x -> new ArrayList<>(1)),
                    new Entry(concept, term, pathWritten.toArray(String[]::new), termCase));
        }

        private int id(String key) {
            Integer id = vocabulary.get(key);
            if (id == null) {
                id = vocabulary.size();
                vocabulary.put(key, id);
            }
            return id;
        }

        private int step(int node, String key) {
            int id = id(key);
            int child = children.child(node, id);
            if (child == TrieEdges.NONE) {
                child = nodes++;
                children.add(node, id, child);
            }
            return child;
        }

        @SuppressWarnings("unchecked")
        List<Entry>[] terminalsByNode() {
            List<Entry>[] byNode = (List<Entry>[]) new List<?>[nodes];
            terminals.forEach((node, entries) -> byNode[node] = entries);
            return byNode;
        }

        @SuppressWarnings("unchecked")
        List<Entry>[] solidById() {
            List<Entry>[] byId = (List<Entry>[]) new List<?>[vocabulary.size()];
            solid.forEach((id, entries) -> byId[id] = entries);
            return byId;
        }

        private static boolean allJoinable(boolean[] joinable, int n) {
            for (int k = 0; k < n - 1; k++) {
                if (!joinable[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String lowerFirst(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    /** True when a hyphen lies in {@code text} between {@code from} and {@code to}. */
    static boolean hyphenBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Folding.isHyphen(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
        // most terms have no qualifier: no regular expression is compiled and run for them
        String bare = (term.indexOf('(') < 0 ? term : QUALIFIER.matcher(term).replaceAll(" ")).strip();
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
        return find(EnglishText.of(english));
    }

    /** {@link #find(String)} of a text already split into words. */
    public List<TermHit> find(EnglishText english) {
        Search search = new Search(english.text(), english.words());
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
        /** Per step: the letters of {@link #writtenPath} that follow a hyphen in the text (bit i for letter i). */
        final long[] freePath = new long[64];
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
                single(depth, k);
                step(node, id, k + 1, depth);
            }
            for (int id : joinedIds(k)) {
                joined(depth, k);
                step(node, id, k + 2, depth);
            }
            if (depth == 0 && anySolid) {
                single(0, k);
                reachSolid(singleIds(k), k + 1);
                if (joinedKeys(k) != null) {
                    joined(0, k);
                    reachSolid(joinedIds(k), k + 2);
                }
            }
        }

        /** Word k as step {@code depth} of the path. */
        private void single(int depth, int k) {
            writtenPath[depth] = words.get(k).written();
            freePath[depth] = afterHyphen(k) ? 1L : 0L;
        }

        /** Words k and k + 1 written as one, step {@code depth} of the path. */
        private void joined(int depth, int k) {
            EnglishWords.Word word = words.get(k);
            writtenPath[depth] = word.written() + words.get(k + 1).written();
            long free = afterHyphen(k) ? 1L : 0L;
            if (afterHyphen(k + 1) && word.written().length() < Long.SIZE) {
                free |= 1L << word.written().length();
            }
            freePath[depth] = free;
        }

        private boolean afterHyphen(int k) {
            return k > 0 && hyphenBetween(text, words.get(k - 1).tokenEnd(), words.get(k).start());
        }

        /** A text word (or joined pair) that is a term of several words written solid. */
        private void reachSolid(int[] ids, int next) {
            for (int id : ids) {
                List<Entry> entries = solid[id];
                if (entries != null) {
                    reach(entries, next);
                }
            }
        }

        private void step(int node, int id, int next, int depth) {
            int child = children.child(node, id);
            if (child == TrieEdges.NONE) {
                return;
            }
            List<Entry> entries = terminals[child];
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
                if (e.acceptsCase(writtenPath, freePath)) {
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
