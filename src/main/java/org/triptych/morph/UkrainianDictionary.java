package org.triptych.morph;

import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.ISequenceEncoder;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** One entry of the dictionary: a form (folded, г for ґ) with one reading. */
    public record Entry(String form, Analysis analysis) {
    }

    static final String RESOURCE = "/ua/net/nlp/ukrainian.dict";

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    /**
     * The readings of the words a check met first, shared by all threads: a text's words repeat from paragraph to
     * paragraph (a few thousand words make most of any text), and each look-up walks the automaton and builds
     * strings. Bounded, so a huge text of rare words cannot grow it without end.
     */
    private final ConcurrentHashMap<String, List<Analysis>> readings = new ConcurrentHashMap<>();
    private static final int READINGS_KEPT = 20_000;

    private UkrainianDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
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

    /**
     * Every entry whose form begins with {@code prefix} (folded) and whose lemma, lower-cased, is {@code lemma}: the
     * forms of one word, which the dictionary (form to lemma) cannot list directly. The automaton is walked below the
     * prefix only, so a prefix of three or four letters reads a few thousand entries.
     */
    public List<Entry> entriesOf(String lemma, String prefix) {
        Charset charset = Charset.forName(dictionary.metadata.getEncoding());
        byte separator = dictionary.metadata.getSeparator();
        byte[] start = prefix.replace('ґ', 'г').getBytes(charset);
        MatchResult match = new FSATraversal(dictionary.fsa).match(start);
        if (match.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
            return List.of();
        }
        String wanted = lemma.replace('ґ', 'г');
        ISequenceEncoder encoder = dictionary.metadata.getSequenceEncoderType().get();
        List<Entry> entries = new ArrayList<>();
        ByteBuffer decoded = ByteBuffer.allocate(64);
        ByteSequenceIterator rest = new ByteSequenceIterator(dictionary.fsa, match.node);
        while (rest.hasNext()) {
            ByteBuffer tail = rest.next();
            byte[] entry = new byte[start.length + tail.remaining()];
            System.arraycopy(start, 0, entry, 0, start.length);
            tail.get(entry, start.length, tail.remaining());
            int first = indexOf(entry, separator, 0);
            // the encoded lemma starts with a length code that may equal the separator
            int second = first < 0 ? -1 : indexOf(entry, separator, first + 1 + encoder.prefixBytes());
            if (second < 0) {
                continue;
            }
            // the encoder reads both buffers from the start of their arrays
            decoded = encoder.decode(decoded, ByteBuffer.wrap(Arrays.copyOfRange(entry, 0, first)),
                    ByteBuffer.wrap(Arrays.copyOfRange(entry, first + 1, second)));
            String base = new String(decoded.array(), decoded.arrayOffset() + decoded.position(), decoded.remaining(), charset);
            if (!base.toLowerCase(Locale.ROOT).equals(wanted)) {
                continue;
            }
            String form = new String(entry, 0, first, charset);
            for (String tag : new String(entry, second + 1, entry.length - second - 1, charset).split("\\|")) {
                entries.add(new Entry(form, new Analysis(base, tag)));
            }
        }
        return List.copyOf(entries);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

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
