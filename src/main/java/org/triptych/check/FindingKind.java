package org.triptych.check;

/** What a terminology finding is about; {@link #id()} is the name used in text and JSON output. */
public enum FindingKind {
    /** The English has the term, the target is not empty, and it contains none of the renderings in any form. */
    MISSING_TERM("missing-term"),
    /** A spelling the glossary forbids appears in the target, in some form. */
    FORBIDDEN_VARIANT("forbidden-variant");

    private final String id;

    FindingKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
