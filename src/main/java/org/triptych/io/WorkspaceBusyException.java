package org.triptych.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another process or thread held a workspace's {@link WorkspaceLock} for the whole timeout. The message names
 * the holder when it is known: "glossaries/names.csv is being saved by triptych glossary add (pid 1234) since
 * 12:01:03; try again". Nothing was read or written.
 */
public class WorkspaceBusyException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path workspace;

    /** @param holder who holds the lock, as a phrase ({@code X is being saved by Y since T}); empty when unknown */
    public WorkspaceBusyException(Path workspace, String holder) {
        super((holder == null || holder.isBlank()
                ? "the workspace " + workspace + " is being saved by another Triptych process" : holder) + "; try again");
        this.workspace = workspace;
    }

    /** The workspace folder whose lock was taken. */
    public Path workspace() {
        return workspace;
    }
}
