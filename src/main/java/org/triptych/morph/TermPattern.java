package org.triptych.morph;

import java.util.List;

/** A glossary rendering compiled for one language: finds the rendering in a target text in any grammatical form. */
public interface TermPattern {

    /** Every occurrence, left to right, without overlaps. */
    List<Span> findAll(TargetText text);

    /** True when the rendering occurs at least once. */
    default boolean occursIn(TargetText text) {
        return !findAll(text).isEmpty();
    }
}
