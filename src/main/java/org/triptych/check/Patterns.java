package org.triptych.check;

import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.morph.Morphology;
import org.triptych.morph.TermPattern;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Compiled renderings, made on first use and shared between threads: only terms that occur get compiled. */
final class Patterns {

    /** Values of the glossary's {@code gender} column that make a concept a woman's name. */
    private static final Set<String> FEMININE = Set.of("female", "f", "woman", "feminine");

    /**
     * Per kind and language, the patterns by rendering: looked up without making a key (a large check looks up a
     * pattern for every term of every paragraph and language).
     */
    private final Map<Morphology.Kind, ConcurrentHashMap<String, ConcurrentHashMap<String, TermPattern>>> compiled =
            new EnumMap<>(Morphology.Kind.class);

    Patterns() {
        for (Morphology.Kind kind : Morphology.Kind.values()) {
            compiled.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** The pattern of an admitted rendering of {@code concept}: a woman's name (its {@code gender} column) as such. */
    TermPattern rendering(Concept concept, String lang, String text) {
        return rendering(lang, text, isFeminine(concept) ? Morphology.Kind.FEMININE_NAME : Morphology.Kind.RENDERING);
    }

    TermPattern rendering(String lang, String text, Morphology.Kind kind) {
        ConcurrentHashMap<String, ConcurrentHashMap<String, TermPattern>> ofKind = compiled.get(kind);
        ConcurrentHashMap<String, TermPattern> ofLang = ofKind.get(lang);
        if (ofLang == null) {
            ofLang = ofKind.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
        }
        TermPattern known = ofLang.get(text); // without the lock computeIfAbsent takes on a shared bucket
        return known != null ? known : ofLang.computeIfAbsent(text, t -> Morphology.compile(lang, t, kind));
    }

    TermPattern forbidden(String lang, String text) {
        return rendering(lang, text, Morphology.Kind.FORBIDDEN);
    }

    static boolean isFeminine(Concept concept) {
        return FEMININE.contains(concept.extra().getOrDefault(Columns.GENDER, "").strip().toLowerCase(Locale.ROOT));
    }
}
