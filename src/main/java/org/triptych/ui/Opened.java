package org.triptych.ui;

import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.check.Terminology;

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

    /** The glossaries of a workspace and the terminology engine built for them. */
    public record Glossaries(List<Glossary> glossaries, Terminology terminology) {
        public Glossaries {
            glossaries = List.copyOf(glossaries);
        }
    }

    /**
     * A load in two stages, side by side: the document (shown and editable as soon as it is read, with no
     * glossary yet) and the glossaries with their engine (slower for large glossaries; installed when ready).
     */
    public record Loading(CompletableFuture<Opened> document, CompletableFuture<Glossaries> glossaries) {
    }

    /**
     * Starts opening a workspace folder (its first document) or one document file (with its workspace's
     * glossaries) on background threads; returns at once.
     */
    public static Loading start(Path path, Function<List<Concept>, Terminology> engine) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = Files.isRegularFile(absolute) ? WorkspaceStore.workspaceOf(absolute) : absolute;
        CompletableFuture<Glossaries> glossaries = CompletableFuture.supplyAsync(() -> {
            try {
                List<Glossary> list = WorkspaceStore.readGlossaries(root);
                return new Glossaries(list, engine.apply(list.stream().flatMap(g -> g.concepts().stream()).toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Opened> document = CompletableFuture.supplyAsync(() -> {
            try {
                return readDocument(absolute, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Loading(document, glossaries);
    }

    private static Opened readDocument(Path absolute, Path root) throws IOException {
        List<Path> documents = new ArrayList<>(WorkspaceStore.csvFiles(root.resolve(Workspace.TRANSLATIONS)));
        Path documentFile;
        if (Files.isRegularFile(absolute)) {
            documentFile = absolute;
            if (!documents.contains(documentFile)) {
                documents.add(0, documentFile);
            }
        } else {
            documentFile = documents.isEmpty() ? null : documents.get(0);
        }
        Document document = documentFile == null ? null : DocumentCodec.read(documentFile);
        return new Opened(root, documents, document, List.of(), Terminology.empty());
    }

    /** Opens {@code path} completely, glossaries included. Call off the EDT. */
    public static Opened load(Path path, Function<List<Concept>, Terminology> engine) throws IOException {
        Loading loading = start(path, engine);
        Opened opened = await(loading.document());
        Glossaries glossaries = await(loading.glossaries());
        return opened.withGlossaries(glossaries.glossaries(), glossaries.terminology());
    }

    /** Waits for a stage, giving back the I/O error that failed it. */
    public static <T> T await(CompletableFuture<T> stage) throws IOException {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Every concept of every glossary, in file order. */
    public List<Concept> concepts() {
        return glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
    }

    public Opened withGlossaries(List<Glossary> newGlossaries, Terminology newTerminology) {
        return new Opened(root, documents, document, newGlossaries, newTerminology);
    }
}
