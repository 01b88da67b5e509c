package org.triptych.morph;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VESUM-based morfologik dictionary of Ukrainian (form to lemma and tags), loaded once per JVM on first
 * use. Its forms are lower case with the ASCII apostrophe and г for ґ; lemmas of proper names keep their
 * capital (Путін, Київ), abbreviations are upper case (КНДР). Thread-safe: the automaton is shared, each
 * thread gets its own lookup buffer.
 */
public final class UkrainianDictionary {

    /** One reading of a word form: its lemma and a VESUM tag such as {@code noun:inanim:f:v_rod}. */
    public record Analysis(String lemma, String tag) {

        public boolean isNominative() {
            return tag.contains("v_naz");
        }

        public boolean isAdjective() {
            return tag.startsWith("adj");
        }

        public boolean isNoun() {
            return tag.startsWith("noun");
        }
    }

    static final String RESOURCE = "/ua/net/nlp/ukrainian.dict";

    private final ThreadLocal<DictionaryLookup> lookups;
    /**
     * The readings of the words a check met first, shared by all threads: a text's words repeat from paragraph to
     * paragraph (a few thousand words make most of any text), and each look-up walks the automaton and builds
     * strings. Bounded, so a huge text of rare words cannot grow it without end.
     */
    private final ConcurrentHashMap<String, List<Analysis>> readings = new ConcurrentHashMap<>();
    private static final int READINGS_KEPT = 20_000;

    private UkrainianDictionary(Dictionary dictionary) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static final class Holder {
        static final UkrainianDictionary INSTANCE = load();
    }

    /** The shared dictionary; the first call loads it (about 7 MB, well under a second). */
    public static UkrainianDictionary get() {
        return Holder.INSTANCE;
    }

    private static UkrainianDictionary load() {
        URL url = UkrainianDictionary.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the Ukrainian dictionary " + RESOURCE + " is not on the class path");
        }
        try {
            return new UkrainianDictionary(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Ukrainian dictionary", e);
        }
    }

    /**
     * Like {@link #analyse}, but also reads the dative/locative variant in -ові/-еві/-єві of masculine nouns
     * (Путінові, півостровові), which the dictionary often lists only as -у/-ю: the word is looked up with that
     * ending instead and its masculine noun readings are kept.
     */
    public List<Analysis> analyseWithVariants(String foldedWord) {
        List<Analysis> known = readings.get(foldedWord);
        if (known != null) {
            return known;
        }
        List<Analysis> found = lookUpWithVariants(foldedWord);
        if (readings.size() < READINGS_KEPT) {
            readings.putIfAbsent(foldedWord, found);
        }
        return found;
    }

    private List<Analysis> lookUpWithVariants(String foldedWord) {
        List<Analysis> direct = analyse(foldedWord);
        if (!direct.isEmpty() || foldedWord.length() < 5) {
            return direct;
        }
        for (String[] variant : DATIVE_VARIANTS) {
            if (foldedWord.endsWith(variant[0])) {
                String stem = foldedWord.substring(0, foldedWord.length() - variant[0].length());
                List<Analysis> readings = new ArrayList<>();
                for (int k = 1; k < variant.length; k++) {
                    for (Analysis a : analyse(stem + variant[k])) {
                        if (a.isNoun() && a.tag().contains(":m:") && a.tag().contains("v_dav")) {
                            readings.add(a);
                        }
                    }
                }
                return List.copyOf(readings);
            }
        }
        return direct;
    }

    private static final String[][] DATIVE_VARIANTS = {{"ові", "у"}, {"еві", "ю", "у"}, {"єві", "ю"}};

    /** The readings of a folded word (see {@link Folding}); empty when the dictionary does not know it. */
    public List<Analysis> analyse(String foldedWord) {
        List<WordData> found = lookups.get().lookup(foldedWord.replace('ґ', 'г'));
        if (found.isEmpty()) {
            return List.of();
        }
        List<Analysis> result = new ArrayList<>(found.size());
        for (WordData data : found) {
            String lemma = data.getStem().toString();
            for (String tag : data.getTag().toString().split("\\|")) {
                result.add(new Analysis(lemma, tag));
            }
        }
        return List.copyOf(result);
    }
}
