package org.triptych.model;

import java.util.Objects;

/** The text of one paragraph in one target language, with its workflow status. */
public record Translation(String text, Status status) {

    public static final Translation EMPTY = new Translation("", Status.NONE);

    public Translation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** True when the cell has text marked translated or reviewed: counted as translated, skipped by Next untranslated. */
    public boolean isDone() {
        return !isEmpty() && status.isDone();
    }

    public Translation withText(String newText) {
        return new Translation(newText, status);
    }

    public Translation withStatus(Status newStatus) {
        return new Translation(text, newStatus);
    }
}
