package org.triptych.ui.terms;

import org.triptych.model.Concept;

/** A glossary term found in an English paragraph: the span {@code [start, end)} and its concept. */
public record TermSpan(int start, int end, Concept concept) {
}
