package org.triptych.memory;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.triptych.glossary.EnglishKeys;
import org.triptych.glossary.TermHit;
import org.triptych.glossary.TermIndex;
import org.triptych.model.Concept;
import org.triptych.model.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation memory of a workspace: its units ({@link MemoryEntry}) in a Lucene index held in memory, so a
 * lookup costs what its sentence's words cost, not what the memory holds. A lookup asks the index for the units that
 * share the most words with the sentence (BM25, restricted to units whose length allows the minimum score), then
 * scores those with {@link FuzzyScore}. A concordance asks for the units that hold every word of a phrase in any
 * number (the keys of the terminology check's English matching) and keeps those where the check's matcher finds it.
 *
 * <p>The units themselves are kept on the heap by a number the index stores as a doc value: reading Lucene's
 * compressed stored fields for every candidate would cost more than scoring it.
 *
 * <p>Threads: any. Changes are made by one thread at a time (the memory's lane) and seen by lookups once they return.
 */
public final class TranslationMemory implements AutoCloseable {

    /** A unit found for a sentence: its score and how its English differs from the sentence's. */
    public record Match(MemoryEntry entry, int score, List<FuzzyScore.Difference> differences) {
    }

    /** A unit holding a searched phrase: the spans of the phrase in its English. */
    public record Hit(MemoryEntry entry, List<int[]> spans) {
    }

    /** How much the memory holds. */
    public record Stats(int units, int paragraphUnits, int documents, int tmxFiles, Map<String, Integer> byLanguage) {
    }

    /** The lowest score shown by default. */
    public static final int MIN_SCORE = 70;
    /** How many candidates of the index are scored for one sentence. */
    private static final int CANDIDATES = 40;

    private static final FieldType WORDS = new FieldType();
    private static final FieldType KEYS = new FieldType();

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.setTokenized(false);
        WORDS.setOmitNorms(false);
        WORDS.freeze();
        KEYS.setIndexOptions(IndexOptions.DOCS);
        KEYS.setTokenized(false);
        KEYS.setOmitNorms(true);
        KEYS.freeze();
    }

    private final Directory directory = new ByteBuffersDirectory();
    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
    /** The units by their number; a unit is removed here after the index stops finding it. */
    private final Map<Long, MemoryEntry> entries = new java.util.concurrent.ConcurrentHashMap<>();
    /** The numbers of each paragraph's or TMX unit's units, by its unit key; changed by the writing thread only. */
    private final Map<String, List<Long>> byUnit = new java.util.concurrent.ConcurrentHashMap<>();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public TranslationMemory() {
        try {
            IndexWriterConfig config = new IndexWriterConfig();
            config.setRAMBufferSizeMB(32);
            config.setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- changing --------------------------------------------------------------------------------------

    /** Adds units without looking at what is there (building); call {@link #refresh} to make them seen. */
    public void add(List<MemoryEntry> entries) {
        try {
            for (MemoryEntry entry : entries) {
                long id = ids.incrementAndGet();
                writer.addDocument(document(id, entry));
                this.entries.put(id, entry);
                byUnit.computeIfAbsent(entry.origin().unitKey(), k -> new ArrayList<>(2)).add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the units of one paragraph or TMX unit ({@code origin}'s unit key) by {@code entries}, seen at once. */
    public void replaceUnit(MemoryEntry.Origin origin, List<MemoryEntry> entries) {
        try {
            writer.deleteDocuments(new Term("unit", origin.unitKey()));
            List<Long> old = byUnit.remove(origin.unitKey());
            add(entries);
            refresh();
            if (old != null) {
                old.forEach(this.entries::remove);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every unit read from {@code source} (a document or TMX file), seen at once. */
    public void removeSource(String source) {
        try {
            writer.deleteDocuments(new Term("source", source));
            refresh();
            String prefix = source + "#";
            byUnit.keySet().removeIf(key -> {
                if (!key.startsWith(prefix)) {
                    return false;
                }
                byUnit.get(key).forEach(entries::remove);
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added seen by lookups. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(long id, MemoryEntry entry) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField("id", id));
        List<String> words = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        FuzzyScore.indexWords(entry.english(), words, keys);
        for (String word : words) {
            doc.add(new Field("word", word, WORDS));
        }
        doc.add(new IntPoint("length", words.size()));
        doc.add(new NumericDocValuesField("length", words.size()));
        for (String key : keys) {
            doc.add(new Field("key", key, KEYS));
        }
        MemoryEntry.Origin origin = entry.origin();
        doc.add(new StringField("source", origin.source(), Field.Store.NO));
        doc.add(new StringField("unit", origin.unitKey(), Field.Store.NO));
        return doc;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * The units whose English scores at least {@code minScore} for {@code sentence}, best first (then reviewed
     * before translated, newer first), at most {@code limit}, leaving out those of {@code excludeUnit} (the
     * paragraph being translated; may be null). Glossary terms of {@code glossary} (may be null) are placeables.
     */
    public List<Match> lookup(String sentence, TermIndex glossary, int minScore, int limit, MemoryEntry.Origin excludeUnit) {
        List<FuzzyScore.Token> mine = FuzzyScore.tokens(sentence, glossary);
        List<String> words = FuzzyScore.indexWords(sentence);
        if (words.isEmpty()) {
            return List.of();
        }
        // A unit of m words cannot score s against n words when |n − m| > (1 − s/100) · max(n, m), and it shares at
        // least n − (1 − s/100) · n of the n words; half of that many different words are asked for, leaving room for
        // placeables, which score as equal while their words differ. Words in more than a tenth of the units (the,
        // of, and) are left out of the question: they say little about a unit and cost the most to look through.
        // The words are required, so that the index skips the units that cannot reach the best scores (block-max
        // WAND) instead of scoring every unit of the length.
        double keep = Math.max(1, minScore) / 100.0;
        int n = words.size();
        Set<String> distinct = new LinkedHashSet<>(words);
        Set<String> telling = telling(distinct);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        telling.forEach(word -> any.add(new TermQuery(new Term("word", word)), Occur.SHOULD));
        int shared = telling.size() - (int) Math.floor((1 - keep) * n);
        any.setMinimumNumberShouldMatch(Math.max(1, shared / 2));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(any.build(), Occur.MUST);
        int shortest = (int) Math.floor(n * keep);
        int longest = (int) Math.ceil(n / keep);
        // The points when few units have such a length, the doc values of the words' candidates otherwise.
        query.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery("length", shortest, longest),
                NumericDocValuesField.newSlowRangeQuery("length", shortest, longest)), Occur.FILTER);
        if (excludeUnit != null) {
            query.add(new TermQuery(new Term("unit", excludeUnit.unitKey())), Occur.MUST_NOT);
        }
        List<Match> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        search(query.build(), CANDIDATES, entry -> {
            FuzzyScore.Result result = FuzzyScore.compare(sentence, mine, entry.english(),
                    FuzzyScore.tokens(entry.english(), glossary));
            if (result.score() >= minScore && seen.add(entry.english() + "\u0000" + entry.targets())) {
                matches.add(new Match(entry, result.score(), result.differences()));
            }
        });
        matches.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing(m -> -rank(m.entry()))
                .thenComparing(m -> -m.entry().origin().modifiedMillis()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** The words found in at most a tenth of the units; all of them when every one is that common. */
    private Set<String> telling(Set<String> words) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int common = Math.max(50, searcher.getIndexReader().maxDoc() / 10);
                Set<String> telling = new LinkedHashSet<>();
                for (String word : words) {
                    if (searcher.getIndexReader().docFreq(new Term("word", word)) <= common) {
                        telling.add(word);
                    }
                }
                return telling.isEmpty() ? words : telling;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reviewed before translated before none, summed over the languages. */
    private static int rank(MemoryEntry entry) {
        return entry.statuses().values().stream().mapToInt(Status::ordinal).sum();
    }

    /**
     * The units whose English holds {@code phrase} in any number or possessive (defectors finds defector's),
     * each with the phrase's spans, at most {@code limit}, the memory's order.
     */
    public List<Hit> concordance(String phrase, int limit) {
        List<List<String>> words = EnglishKeys.alternatives(phrase);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (List<String> alternatives : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            alternatives.forEach(key -> any.add(new TermQuery(new Term("key", key)), Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        }
        Concept searched = new Concept(Map.of("en", List.of(new org.triptych.model.Term("en", phrase.strip(), true))),
                Map.of(), "", Map.of(), 0);
        TermIndex matcher = TermIndex.build(List.of(searched));
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        search(query.build(), limit * 4, entry -> {
            if (hits.size() >= limit) {
                return;
            }
            List<int[]> spans = new ArrayList<>();
            for (TermHit hit : matcher.find(entry.english())) {
                spans.add(new int[] {hit.start(), hit.end()});
            }
            if (!spans.isEmpty() && seen.add(entry.english() + "\u0000" + entry.targets())) {
                hits.add(new Hit(entry, spans));
            }
        });
        return hits;
    }

    /** Hands the units of the best {@code count} hits of {@code query} to {@code each}, best first. */
    private void search(Query query, int count, java.util.function.Consumer<MemoryEntry> each) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] hits = searcher.search(query, count).scoreDocs;
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                long[] found = new long[hits.length];
                for (int i = 0; i < hits.length; i++) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
                    NumericDocValues values = leaf.reader().getNumericDocValues("id");
                    found[i] = values != null && values.advanceExact(hits[i].doc - leaf.docBase) ? values.longValue() : -1;
                }
                for (long id : found) {
                    MemoryEntry entry = entries.get(id);
                    if (entry != null) {
                        each.accept(entry);
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many units, from how many documents and TMX files, with a translation into each language. */
    public Stats stats() {
        int units = 0;
        int paragraphs = 0;
        Set<String> documents = new HashSet<>();
        Set<String> tmx = new HashSet<>();
        Map<String, Integer> byLanguage = new java.util.TreeMap<>();
        for (MemoryEntry entry : entries.values()) {
            units++;
            paragraphs += entry.paragraph() ? 1 : 0;
            (entry.origin().kind() == MemoryEntry.Kind.TMX ? tmx : documents).add(entry.origin().source());
            entry.targets().keySet().forEach(lang -> byLanguage.merge(lang, 1, Integer::sum));
        }
        return new Stats(units, paragraphs, documents.size(), tmx.size(), byLanguage);
    }

    /** The number of units. */
    public int size() {
        return entries.size();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
            entries.clear();
            byUnit.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
