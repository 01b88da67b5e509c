package org.triptych.session;

import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One open workspace, opened the same way for the window and the command line: its folder, its documents,
 * its glossaries and the terminology engine built for them ({@code E}: the window's or the check's view of
 * it), and the open document's {@link DocumentEditor} and {@link DocumentSync}. Closing flushes the document;
 * so does a shutdown hook (SIGTERM, desktop logout) while the session is open.
 *
 * <p>The glossary service (edit, save, reload, rebuild the engine) and the live check belong here beside
 * the document: they take over {@link #glossaries()} and listen to {@link #editor()}.
 *
 * <p>Threads: the static readers do file work on the calling thread (never the EDT); {@link #start} reads on
 * background threads. Instance methods may be called from any thread; the editor is changed on the thread
 * whose executor was given as {@code callbacks}.
 */
public final class WorkspaceSession<E> implements AutoCloseable {

    /** What opening reads first: the workspace folder, its document files, and the document to open (or null). */
    public record Contents(Path root, List<Path> documents, Document document) {
        public Contents {
            documents = List.copyOf(documents);
        }
    }

    /** The glossaries of a workspace and the terminology engine built for them. */
    public record Glossaries<E>(List<Glossary> glossaries, E engine) {
        public Glossaries {
            glossaries = List.copyOf(glossaries);
        }

        /** Every concept of every glossary, in file order. */
        public List<Concept> concepts() {
            return WorkspaceSession.concepts(glossaries);
        }
    }

    /**
     * A load in two stages, side by side: the document (shown and editable as soon as it is read) and the
     * glossaries with their engine (slower for large glossaries).
     */
    public record Loading<E>(CompletableFuture<Contents> contents, CompletableFuture<Glossaries<E>> glossaries) {
    }

    private final Contents contents;
    private final DocumentEditor editor;
    private final DocumentSync sync;
    private final Thread shutdownHook;
    private volatile Glossaries<E> glossaries;

    /**
     * Takes over what was read: when there is a document, starts its editor and its disk synchronisation,
     * telling {@code listener} through {@code callbacks}.
     */
    public WorkspaceSession(Contents contents, Glossaries<E> glossaries, Executor callbacks, DocumentSync.Listener listener) {
        this.contents = contents;
        this.glossaries = glossaries;
        if (contents.document() == null) {
            editor = null;
            sync = null;
            shutdownHook = null;
            return;
        }
        editor = new DocumentEditor(contents.document());
        sync = new DocumentSync(editor, listener, callbacks);
        shutdownHook = new Thread(sync::flush, "triptych-flush " + contents.document().path().getFileName());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Opens {@code path} completely, glossaries included, on the calling thread (the command line, tests). */
    public static <E> WorkspaceSession<E> open(Path path, Function<List<Concept>, E> engine, Executor callbacks,
                                               DocumentSync.Listener listener) throws IOException {
        Loading<E> loading = start(path, engine);
        Contents contents = await(loading.contents());
        return new WorkspaceSession<>(contents, await(loading.glossaries()), callbacks, listener);
    }

    /**
     * Starts reading a workspace folder (its first document) or one document file (with its workspace's
     * glossaries) on background threads; returns at once.
     */
    public static <E> Loading<E> start(Path path, Function<List<Concept>, E> engine) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = rootOf(absolute);
        CompletableFuture<Glossaries<E>> glossaries = CompletableFuture.supplyAsync(() -> {
            try {
                List<Glossary> list = readGlossaries(root);
                return new Glossaries<>(list, engine.apply(concepts(list)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Contents> contents = CompletableFuture.supplyAsync(() -> {
            try {
                return readContents(absolute, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Loading<>(contents, glossaries);
    }

    /** Waits for a stage of a {@link Loading}, giving back the I/O error that failed it. */
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

    // ---- reading a workspace ----------------------------------------------------------------------------

    /** The workspace of a path: the folder itself, or the workspace a document file belongs to. */
    public static Path rootOf(Path path) {
        return Files.isRegularFile(path) ? WorkspaceStore.workspaceOf(path) : path;
    }

    /** Every glossary of a workspace ({@code glossaries/*.csv}), in name order. */
    public static List<Glossary> readGlossaries(Path root) throws IOException {
        return WorkspaceStore.readGlossaries(root);
    }

    /** One document file, or every document of a workspace folder (what the commands work on). */
    public static List<Document> readDocuments(Path path) throws IOException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return List.of(DocumentCodec.read(path)); // also refuses a device or FIFO, with a message saying so
        }
        if (!Files.exists(path)) {
            throw new BadFileException(path, 0, "no such file or folder");
        }
        if (!WorkspaceStore.isWorkspace(path)) {
            throw new BadFileException(path, 0, "not a workspace (no translations/ or glossaries/ folder) and not a document");
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : WorkspaceStore.csvFiles(path.resolve(Workspace.TRANSLATIONS))) {
            documents.add(DocumentCodec.read(file));
        }
        return documents;
    }

    private static Contents readContents(Path absolute, Path root) throws IOException {
        WorkspaceStore.removeStaleTempFiles(root);
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
        return new Contents(root, documents, documentFile == null ? null : DocumentCodec.read(documentFile));
    }

    private static List<Concept> concepts(List<Glossary> glossaries) {
        return glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
    }

    // ---- the open workspace -----------------------------------------------------------------------------

    public Path root() {
        return contents.root();
    }

    /** The document files of the workspace when it was opened. */
    public List<Path> documents() {
        return contents.documents();
    }

    /** The open document's editor, or null when the workspace has no document. */
    public DocumentEditor editor() {
        return editor;
    }

    /** The open document's disk synchronisation, or null when the workspace has no document. */
    public DocumentSync sync() {
        return sync;
    }

    /** The glossaries and engine in use (those read at opening until new ones are installed). */
    public Glossaries<E> glossaries() {
        return glossaries;
    }

    /** Installs glossaries changed or reloaded, with the engine built for them. */
    public void setGlossaries(Glossaries<E> newGlossaries) {
        glossaries = newGlossaries;
    }

    /** True when the open document has edits not yet on disk. */
    public boolean unsaved() {
        return sync != null && sync.unsaved();
    }

    /**
     * Closes off the caller's thread: the editor stops taking edits and what is unsaved is written. Completes
     * with false when the write failed; then the session stays open and editable, and saving is retried.
     */
    public CompletableFuture<Boolean> closeAsync() {
        if (sync == null) {
            return CompletableFuture.completedFuture(true);
        }
        editor.setEditable(false);
        return sync.closeAsync().thenApply(ok -> {
            if (ok) {
                removeShutdownHook();
            } else {
                editor.setEditable(true);
            }
            return ok;
        });
    }

    /** Closes without saving (the translator chose to, after a failed save). */
    public void abandon() {
        if (sync != null) {
            sync.abandon();
            removeShutdownHook();
        }
    }

    /** Closes and waits for the last write; throws when it failed (the session then stays open). */
    @Override
    public void close() throws IOException {
        if (!closeAsync().join()) {
            throw new IOException("cannot save " + sync.file());
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }
}
