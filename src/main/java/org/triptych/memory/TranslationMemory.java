package org.triptych.memory;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
import java.util.LinkedHashMap;
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
 * <p>Threads: any. Changes are seen by lookups once they return.
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
    private static final int CANDIDATES = 60;

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
                writer.addDocument(document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the units of one paragraph or TMX unit ({@code origin}'s unit key) by {@code entries}, seen at once. */
    public void replaceUnit(MemoryEntry.Origin origin, List<MemoryEntry> entries) {
        try {
            writer.deleteDocuments(new Term("unit", origin.unitKey()));
            add(entries);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every unit read from {@code source} (a document or TMX file), seen at once. */
    public void removeSource(String source) {
        try {
            writer.deleteDocuments(new Term("source", source));
            refresh();
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

    private static Document document(MemoryEntry entry) {
        Document doc = new Document();
        List<String> words = FuzzyScore.indexWords(entry.english());
        for (String word : words) {
            doc.add(new Field("word", word, WORDS));
        }
        doc.add(new IntPoint("length", words.size()));
        for (String key : new LinkedHashSet<>(EnglishKeys.keys(entry.english()))) {
            doc.add(new Field("key", key, KEYS));
        }
        MemoryEntry.Origin origin = entry.origin();
        doc.add(new StringField("source", origin.source(), Field.Store.YES));
        doc.add(new StringField("unit", origin.unitKey(), Field.Store.NO));
        doc.add(new StringField("kind", origin.kind().name(), Field.Store.YES));
        doc.add(new StoredField("name", origin.name()));
        doc.add(new StoredField("id", origin.unit()));
        doc.add(new StoredField("modified", origin.modifiedMillis()));
        doc.add(new StoredField("en", entry.english()));
        doc.add(new StoredField("paragraph", entry.paragraph() ? 1 : 0));
        if (entry.paragraph()) {
            doc.add(new StringField("level", "paragraph", Field.Store.NO));
        }
        entry.targets().forEach((lang, text) -> {
            doc.add(new StringField("lang", lang, Field.Store.NO));
            doc.add(new StoredField("t." + lang, text));
            doc.add(new StoredField("s." + lang, entry.status(lang).cell()));
        });
        return doc;
    }

    private static MemoryEntry entry(Document doc) {
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        doc.getFields().forEach(field -> {
            String name = field.name();
            if (name.startsWith("t.")) {
                targets.put(name.substring(2), field.stringValue());
            } else if (name.startsWith("s.")) {
                Status status = Status.fromCell(field.stringValue());
                statuses.put(name.substring(2), status == null ? Status.NONE : status);
            }
        });
        MemoryEntry.Origin origin = new MemoryEntry.Origin(MemoryEntry.Kind.valueOf(doc.get("kind")), doc.get("source"),
                doc.get("name"), doc.get("id"), doc.getField("modified").numericValue().longValue());
        return new MemoryEntry(doc.get("en"), targets, statuses, origin, doc.getField("paragraph").numericValue().intValue() == 1);
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
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : new LinkedHashSet<>(words)) {
            query.add(new TermQuery(new Term("word", word)), Occur.SHOULD);
        }
        // A unit of m words cannot score s against n words when |n − m| > (1 − s/100) · max(n, m).
        double keep = Math.max(1, minScore) / 100.0;
        int n = words.size();
        query.add(IntPoint.newRangeQuery("length", (int) Math.floor(n * keep), (int) Math.ceil(n / keep)), Occur.FILTER);
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

    private void search(Query query, int count, java.util.function.Consumer<MemoryEntry> each) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (ScoreDoc doc : searcher.search(query, count).scoreDocs) {
                    each.accept(entry(searcher.storedFields().document(doc.doc)));
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
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int units = searcher.getIndexReader().numDocs();
                int paragraphs = searcher.count(new TermQuery(new Term("level", "paragraph")));
                Set<String> documents = new HashSet<>();
                Set<String> tmx = new HashSet<>();
                Map<String, Integer> byLanguage = new java.util.TreeMap<>();
                var stored = searcher.storedFields();
                var live = org.apache.lucene.index.MultiBits.getLiveDocs(searcher.getIndexReader());
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, Set.of("source", "kind"));
                    (MemoryEntry.Kind.valueOf(d.get("kind")) == MemoryEntry.Kind.TMX ? tmx : documents).add(d.get("source"));
                }
                for (String lang : languages(searcher)) {
                    byLanguage.put(lang, searcher.count(new TermQuery(new Term("lang", lang))));
                }
                return new Stats(units, paragraphs, documents.size(), tmx.size(), byLanguage);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> languages(IndexSearcher searcher) throws IOException {
        List<String> languages = new ArrayList<>();
        for (var leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms("lang");
            if (terms == null) {
                continue;
            }
            var it = terms.iterator();
            for (var term = it.next(); term != null; term = it.next()) {
                String lang = term.utf8ToString();
                if (!languages.contains(lang)) {
                    languages.add(lang);
                }
            }
        }
        return languages;
    }

    /** The number of units. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
