package org.triptych.cli;

import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Document;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resolves a command's PATH argument: one document CSV, or a workspace folder and all its documents. */
final class Targets {

    private Targets() {
    }

    static List<Document> documents(Path path) throws IOException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return List.of(DocumentCodec.read(path)); // also refuses a device or FIFO, with a message saying so
        }
        return workspace(path).documents();
    }

    static Workspace workspace(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new BadFileException(path, 0, "no such file or folder");
        }
        if (!WorkspaceStore.isWorkspace(path)) {
            throw new BadFileException(path, 0, "not a workspace (no translations/ or glossaries/ folder) and not a document");
        }
        return WorkspaceStore.open(path);
    }
}
