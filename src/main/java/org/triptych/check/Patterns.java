package org.triptych.check;

import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.morph.Morphology;
import org.triptych.morph.TermPattern;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Compiled renderings, made on first use and shared between threads: only terms that occur get compiled. */
final class Patterns {

    /** Values of the glossary's {@code gender} column that make a concept a woman's name. */
    private static final Set<String> FEMININE = Set.of("female", "f", "woman", "feminine");

    private record Key(String lang, String text, Morphology.Kind kind) {
    }

    private final ConcurrentHashMap<Key, TermPattern> compiled = new ConcurrentHashMap<>();

    /** The pattern of an admitted rendering of {@code concept}: a woman's name (its {@code gender} column) as such. */
    TermPattern rendering(Concept concept, String lang, String text) {
        return rendering(lang, text, isFeminine(concept) ? Morphology.Kind.FEMININE_NAME : Morphology.Kind.RENDERING);
    }

    TermPattern rendering(String lang, String text, Morphology.Kind kind) {
        Key key = new Key(lang, text, kind);
        TermPattern known = compiled.get(key); // without the lock computeIfAbsent takes on a shared bucket
        return known != null ? known : compiled.computeIfAbsent(key, k -> Morphology.compile(k.lang(), k.text(), k.kind()));
    }

    TermPattern forbidden(String lang, String text) {
        return rendering(lang, text, Morphology.Kind.FORBIDDEN);
    }

    static boolean isFeminine(Concept concept) {
        return FEMININE.contains(concept.extra().getOrDefault(Columns.GENDER, "").strip().toLowerCase(Locale.ROOT));
    }
}
