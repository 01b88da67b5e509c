package org.triptych.ui;

import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.ui.terms.Terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the window shows, read from disk off the EDT: a workspace folder, the files of its documents, the
 * one document open (or null when the workspace has none), its glossaries and their terminology engine.
 */
public record Opened(Path root, List<Path> documents, Document document, List<Glossary> glossaries,
                     Terminology terminology) {

    public Opened {
        documents = List.copyOf(documents);
        glossaries = List.copyOf(glossaries);
    }

    /**
     * Opens a workspace folder (its first document) or one document file (with its workspace's glossaries).
     * Call off the EDT: reading and building the term index take time on large files.
     */
    public static Opened load(Path path, Function<List<Concept>, Terminology> engine) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path root;
        Path documentFile;
        if (Files.isRegularFile(absolute)) {
            root = WorkspaceStore.workspaceOf(absolute);
            documentFile = absolute;
        } else {
            root = absolute;
            List<Path> files = WorkspaceStore.csvFiles(root.resolve(Workspace.TRANSLATIONS));
            documentFile = files.isEmpty() ? null : files.get(0);
        }
        List<Path> documents = new ArrayList<>(WorkspaceStore.csvFiles(root.resolve(Workspace.TRANSLATIONS)));
        if (documentFile != null && !documents.contains(documentFile)) {
            documents.add(0, documentFile);
        }
        // The document and the glossary (with its term index) are independent: read them side by side.
        Path glossaryRoot = root;
        CompletableFuture<List<Glossary>> glossariesLater = CompletableFuture.supplyAsync(() -> {
            try {
                return WorkspaceStore.readGlossaries(glossaryRoot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Terminology> engineLater = glossariesLater.thenApply(
                list -> engine.apply(list.stream().flatMap(g -> g.concepts().stream()).toList()));
        Document document = documentFile == null ? null : DocumentCodec.read(documentFile);
        List<Glossary> glossaries;
        Terminology terminology;
        try {
            glossaries = glossariesLater.join();
            terminology = engineLater.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        return new Opened(root, documents, document, glossaries, terminology);
    }

    /** Every concept of every glossary, in file order. */
    public List<Concept> concepts() {
        return glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
    }

    public Opened withGlossaries(List<Glossary> newGlossaries, Terminology newTerminology) {
        return new Opened(root, documents, document, newGlossaries, newTerminology);
    }
}
