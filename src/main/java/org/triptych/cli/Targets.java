package org.triptych.cli;

import org.triptych.io.BadFileException;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Document;
import org.triptych.model.Workspace;
import org.triptych.session.WorkspaceSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resolves a command's PATH argument: one document CSV, or a workspace folder and all its documents (read as the window reads them). */
final class Targets {

    private Targets() {
    }

    static List<Document> documents(Path path) throws IOException {
        return WorkspaceSession.readDocuments(path);
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
