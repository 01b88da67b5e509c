package org.triptych.morph;

import com.ibm.icu.util.ULocale;

/** Compiles renderings into {@link TermPattern}s with the morphology of their language. */
public final class Morphology {

    private Morphology() {
    }

    /** What a rendering is, which decides the forms it is found in. */
    public enum Kind {
        /** An admitted rendering: its forms by the language's grammar. */
        RENDERING,
        /** An admitted rendering that is a woman's name: in Ukrainian, its words ending in a consonant do not decline. */
        FEMININE_NAME,
        /** A forbidden spelling: unknown words also decline the Russian way, as most are Russianisms (Киев, в Киеве). */
        FORBIDDEN
    }

    /**
     * Starts loading, on a thread of its own, what matching renderings in {@code lang} may need, and returns at once:
     * for Korean, the compound dictionary (Lucene Nori, about half a second of CPU), which the first rendering found
     * inside a longer word would otherwise wait for in the middle of a check. For a caller that knows the work ahead
     * (a check with Korean renderings), so that the load runs beside its reading of the documents.
     */
    public static void prepare(String lang) {
        if (ULocale.forLanguageTag(lang).getLanguage().equals("ko")) {
            KoreanCompounds.startLoading();
        }
    }

    /**
     * A pattern for {@code rendering} in {@code lang}: Ukrainian by dictionary lemmas and noun endings, Korean by
     * particle chains, any other language by its words in order, case-insensitively.
     *
     * @param forbidden true for a forbidden spelling ({@link Kind#FORBIDDEN}), else an admitted rendering
     */
    public static TermPattern compile(String lang, String rendering, boolean forbidden) {
        return compile(lang, rendering, forbidden ? Kind.FORBIDDEN : Kind.RENDERING);
    }

    /** A pattern for {@code rendering} in {@code lang}, of the given kind. */
    public static TermPattern compile(String lang, String rendering, Kind kind) {
        String language = ULocale.forLanguageTag(lang).getLanguage();
        return switch (language) {
            case "uk" -> UkrainianPattern.compile(rendering, kind);
            case "ko" -> KoreanPattern.compile(rendering);
            default -> WordSequencePattern.compile(rendering, lang);
        };
    }
}
