package org.triptych.morph;

import com.ibm.icu.util.ULocale;

/** Compiles renderings into {@link TermPattern}s with the morphology of their language. */
public final class Morphology {

    private Morphology() {
    }

    /**
     * A pattern for {@code rendering} in {@code lang}: Ukrainian by dictionary lemmas and noun endings, Korean by
     * particle chains, any other language by its words in order, case-insensitively.
     *
     * @param forbidden true for a forbidden spelling: unknown words then also decline the Russian way, since
     *                  most forbidden Ukrainian spellings are Russianisms (Киев, в Киеве)
     */
    public static TermPattern compile(String lang, String rendering, boolean forbidden) {
        String language = ULocale.forLanguageTag(lang).getLanguage();
        return switch (language) {
            case "uk" -> UkrainianPattern.compile(rendering, forbidden);
            case "ko" -> KoreanPattern.compile(rendering);
            default -> WordSequencePattern.compile(rendering, lang);
        };
    }
}
