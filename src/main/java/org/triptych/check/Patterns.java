package org.triptych.check;

import org.triptych.morph.Morphology;
import org.triptych.morph.TermPattern;

import java.util.concurrent.ConcurrentHashMap;

/** Compiled renderings, made on first use and shared between threads: only terms that occur get compiled. */
final class Patterns {

    private record Key(String lang, String text, boolean forbidden) {
    }

    private final ConcurrentHashMap<Key, TermPattern> compiled = new ConcurrentHashMap<>();

    TermPattern rendering(String lang, String text) {
        return compiled.computeIfAbsent(new Key(lang, text, false), k -> Morphology.compile(k.lang(), k.text(), false));
    }

    TermPattern forbidden(String lang, String text) {
        return compiled.computeIfAbsent(new Key(lang, text, true), k -> Morphology.compile(k.lang(), k.text(), true));
    }
}
