package org.triptych.model;

import java.util.Locale;

/** Workflow state of one target translation of a paragraph, stored in a {@code <tag>_status} column. */
public enum Status {
    NONE(""),
    DRAFT("draft"),
    TRANSLATED("translated"),
    REVIEWED("reviewed");

    private final String cell;

    Status(String cell) {
        this.cell = cell;
    }

    /** The text written to the CSV cell; empty for {@link #NONE}. */
    public String cell() {
        return cell;
    }

    /** Parses a cell value; blank means {@link #NONE}. Returns null for an unknown word. */
    public static Status fromCell(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.cell.equals(v)) {
                return s;
            }
        }
        return null;
    }

    /** True when the translator considers the text finished (translated or reviewed). */
    public boolean isDone() {
        return this == TRANSLATED || this == REVIEWED;
    }
}
