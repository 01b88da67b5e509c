package org.triptych.model;

import java.util.Objects;

/** One rendering of a concept in one language; the first term of a cell is the preferred one. */
public record Term(String lang, String text, boolean preferred) {

    public Term {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
    }
}
