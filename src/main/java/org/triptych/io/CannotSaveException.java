package org.triptych.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save that did not happen: names the user's file (never a temporary one), the reason in words, and what is on
 * disk now, e.g. "cannot save glossaries/names.csv: the disk is full; your previous version is intact".
 */
public class CannotSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    /**
     * @param existed whether the file existed before: then it is intact; otherwise nothing was written
     */
    public CannotSaveException(Path file, String reason, boolean existed, Throwable cause) {
        super("cannot save " + file + ": " + reason + (existed ? "; your previous version is intact" : "; nothing was written"),
                cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that was to be saved, as the caller named it. */
    public Path file() {
        return file;
    }

    /** Why, in words: "the disk is full", "the file is read-only". */
    public String reason() {
        return reason;
    }
}
