package org.triptych.check;

import org.triptych.glossary.EnglishNames;
import org.triptych.glossary.EnglishText;
import org.triptych.glossary.TermHit;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The English of the documents checked together, read once, on all cores, for the term check and the rule of names
 * ({@link CheckEngine#prepare}): per paragraph the English as the rules read it, its glossary term hits (kept for the
 * check that follows), and the runs of capitalised words, with the words written with a capital inside a sentence
 * and those written in small letters anywhere. Immutable once made; read from any thread.
 */
public final class PreparedEnglish {

    /** One paragraph's English as read, and its term hits. */
    record Read(String english, List<TermHit> hits) {
    }

    private record OfParagraph(Read read, List<EnglishNames.Run> runs) {
    }

    private final List<List<Read>> read;
    private final List<List<List<EnglishNames.Run>>> runs;
    private final Set<String> named;
    private final Set<String> lowerCase;

    private PreparedEnglish(List<List<Read>> read, List<List<List<EnglishNames.Run>>> runs, Set<String> named,
                            Set<String> lowerCase) {
        this.read = read;
        this.runs = runs;
        this.named = Collections.unmodifiableSet(named);
        this.lowerCase = Collections.unmodifiableSet(lowerCase);
    }

    /**
     * The English of {@code documents}, each paragraph's as {@code asRead} makes it (the engine masks inline tags),
     * with the hits of {@code terminology}.
     */
    public static PreparedEnglish read(List<Document> documents, Terminology terminology, UnaryOperator<String> asRead) {
        Set<String> named = ConcurrentHashMap.newKeySet();
        Set<String> lower = ConcurrentHashMap.newKeySet();
        List<List<Read>> read = new ArrayList<>(documents.size());
        List<List<List<EnglishNames.Run>>> runs = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<OfParagraph> ofDocument = document.paragraphs().parallelStream().map(paragraph -> {
                String english = asRead.apply(paragraph.source());
                EnglishText text = EnglishText.of(english);
                EnglishNames.Scan scan = EnglishNames.scan(text);
                named.addAll(scan.named());
                lower.addAll(scan.lowerCase());
                return new OfParagraph(new Read(english, terminology.index().find(text)), scan.runs());
            }).toList();
            List<Read> reads = new ArrayList<>(ofDocument.size());
            List<List<EnglishNames.Run>> runsOfDocument = new ArrayList<>(ofDocument.size());
            for (OfParagraph one : ofDocument) {
                reads.add(one.read());
                runsOfDocument.add(one.runs());
            }
            read.add(reads);
            runs.add(runsOfDocument);
        }
        return new PreparedEnglish(read, runs, named, lower);
    }

    /** The English of paragraph {@code paragraph} of document {@code document} (indexes as given), as read. */
    public String english(int document, int paragraph) {
        return read.get(document).get(paragraph).english();
    }

    /** The runs of capitalised words of that paragraph, to be settled into names ({@link EnglishNames.Run#name}). */
    public List<EnglishNames.Run> runs(int document, int paragraph) {
        return runs.get(document).get(paragraph);
    }

    /** The folded words written with a capital inside a sentence somewhere. */
    public Set<String> namedWords() {
        return named;
    }

    /** The folded words written in small letters somewhere. */
    public Set<String> lowerCaseWords() {
        return lowerCase;
    }

    /** The term hits per document and paragraph id, with the English they were found in. */
    Map<Path, Map<String, Read>> hits(List<Document> documents) {
        Map<Path, Map<String, Read>> hits = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Map<String, Read> ofDocument = new HashMap<>();
            List<Paragraph> paragraphs = documents.get(d).paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                ofDocument.put(paragraphs.get(i).id(), read.get(d).get(i));
            }
            hits.put(documents.get(d).path(), ofDocument);
        }
        return hits;
    }
}
