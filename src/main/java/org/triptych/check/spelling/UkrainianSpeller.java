package org.triptych.check.spelling;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Ukrainian spelling dictionary: morfologik's {@link Speller} on the speller automaton of the dict_uk project
 * (VESUM's word forms with their frequencies, the dictionary LanguageTool's Ukrainian module spells with), read
 * from the class path once per JVM. Chosen over LanguageTool's whole Ukrainian module because the speller alone
 * loads in about 60 ms and checks a word in microseconds, where the module takes seconds to start (see README).
 * Suggestions are the dictionary's words within one edit, the most frequent first. Thread-safe: the automaton is
 * shared, a {@link Speller} (which keeps buffers) is made per thread.
 */
public final class UkrainianSpeller {

    /** Where morfologik-ukrainian-lt keeps the speller dictionary (with its {@code .info} beside it). */
    static final String RESOURCE = "/org/languagetool/resource/uk/hunspell/uk_UA.dict";
    private static final int EDIT_DISTANCE = 1;

    /** Words are looked up in the automaton once: a text repeats its words, so this saves most of the work. */
    private static final int CACHED_WORDS = 100_000;

    private final ThreadLocal<Speller> spellers;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    private UkrainianSpeller(Dictionary dictionary) {
        this.spellers = ThreadLocal.withInitial(() -> new Speller(dictionary, EDIT_DISTANCE));
    }

    private static final class Shared {
        private static final Object LOADED = load();

        private static Object load() {
            try {
                return read(UkrainianSpeller.class.getResource(RESOURCE));
            } catch (DictionaryUnavailableException e) {
                return e;
            }
        }
    }

    /** What {@link Shared} loaded (the speller or why not) once it has; read without waiting for a load. */
    private static volatile Object loaded;

    /** The dictionary on the class path, loaded on the first call. */
    public static UkrainianSpeller get() throws DictionaryUnavailableException {
        Object made = Shared.LOADED;
        loaded = made;
        if (made instanceof DictionaryUnavailableException e) {
            throw e;
        }
        return (UkrainianSpeller) made;
    }

    /** Why there is no dictionary (not on the class path, or it failed to load), or null; does not load it. */
    public static String problem() {
        Object tried = loaded;
        if (tried != null) {
            return tried instanceof DictionaryUnavailableException e ? e.getMessage() : null;
        }
        try {
            if (UkrainianSpeller.class.getResource(RESOURCE) == null) {
                read(null);
            }
            return null;
        } catch (DictionaryUnavailableException e) {
            return e.getMessage();
        }
    }

    /**
     * A speller on the morfologik dictionary at {@code dict} (its {@code .info} file beside it).
     *
     * @throws DictionaryUnavailableException naming the file when it is missing or not a speller dictionary
     */
    static UkrainianSpeller read(URL dict) throws DictionaryUnavailableException {
        if (dict == null) {
            throw new DictionaryUnavailableException("the Ukrainian spelling dictionary (" + RESOURCE.substring(1)
                    + ") is not on the class path: the jar is incomplete", null);
        }
        try {
            return new UkrainianSpeller(Dictionary.read(dict));
        } catch (IOException | RuntimeException e) {
            throw new DictionaryUnavailableException("the Ukrainian spelling dictionary " + dict
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when the dictionary has {@code word} (plain apostrophe; a capitalised sentence start counts as known). */
    public boolean knows(String word) {
        Boolean cached = known.get(word);
        if (cached == null) {
            cached = !spellers.get().isMisspelled(word);
            if (known.size() < CACHED_WORDS) {
                known.put(word, cached);
            }
        }
        return cached;
    }

    /** Up to {@code max} words of the dictionary within one edit of {@code word}, the most frequent first. */
    public List<String> suggestions(String word, int max) {
        List<String> found = new ArrayList<>();
        for (String s : spellers.get().findReplacements(word)) {
            if (!s.equals(word) && !found.contains(s)) {
                found.add(s);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }
}
