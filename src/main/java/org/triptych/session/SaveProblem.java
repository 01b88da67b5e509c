package org.triptych.session;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a document could not be saved, in a form the window can put into words in the interface language,
 * and when saving is tried again on its own. The edits are still in the {@link DocumentEditor}. Immutable.
 *
 * @param retryInMillis when the next attempt is made, or -1 when none is scheduled (the session is closing)
 */
public record SaveProblem(Path file, Reason reason, Exception cause, long retryInMillis) {

    /** The reasons a translator can act on; {@link #OTHER} carries the system's own message. */
    public enum Reason { DISK_FULL, READ_ONLY, NO_PERMISSION, OTHER }

    /** Classifies an I/O error by its type and the system's message (the same words on every locale of the JVM). */
    public static Reason reasonOf(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            String message = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() + " " + fs.getMessage()
                    : e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota exceeded")
                    || message.contains("not enough space")) {
                return Reason.DISK_FULL;
            }
            if (message.contains("read-only file system")) {
                return Reason.READ_ONLY;
            }
            if (e instanceof AccessDeniedException || message.contains("permission denied")) {
                return Reason.NO_PERMISSION;
            }
        }
        return Reason.OTHER;
    }

    /** The system's message of the cause, for {@link Reason#OTHER}. */
    public String detail() {
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
