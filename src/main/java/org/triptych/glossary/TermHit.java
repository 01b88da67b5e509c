package org.triptych.glossary;

import org.triptych.model.Concept;

/** A glossary term found in English text: [start,end) char offsets in the text as given. */
public record TermHit(int start, int end, Concept concept, String matchedTerm) {
}
