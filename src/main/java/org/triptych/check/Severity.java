package org.triptych.check;

import java.util.Locale;

/** How much a finding matters; {@link #id()} is the word used in settings, text and JSON. */
public enum Severity {
    /** Wrong: the text must change before delivery. */
    ERROR,
    /** Probably wrong: worth a look. */
    WARNING,
    /** For information, such as a finding on a draft the translator is still writing. */
    HINT;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    /** The severity named {@code id} ({@code error}, {@code warning}, {@code hint}), or null when none is. */
    public static Severity fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return severity;
            }
        }
        return null;
    }
}
