package org.triptych.morph;

/** A stretch [start, end) of a text, in char offsets of the text as given. */
public record Span(int start, int end) {

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
