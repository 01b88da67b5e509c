package org.triptych.session;

import org.triptych.check.Terminology;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Paragraph;
import org.triptych.sync.GlossaryMerge;
import org.triptych.check.AcceptedWords;
import org.triptych.task.TaskRunner;
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
import java.util.function.Consumer;
import java.time.Duration;
import java.util.function.Function;

/**
 * One open workspace, opened the same way for the window and the command line: its folder, its documents, and
 * everything that works on them while it is open: the open document's {@link DocumentEditor} and its
 * {@link DocumentSync} (autosave, merge with the disk), the {@link GlossaryService} (edit, save, merge, rebuild the
 * terminology engine) and the {@link LiveCheck} of the open document, which follows the editor's edits and the
 * service's engines. Closing flushes the document and the glossaries; so does a shutdown hook (SIGTERM, desktop
 * logout) for the document while the session is open.
 *
 * <p>Threads: the static readers do file work on the calling thread (never the EDT); {@link #start} reads on
 * background threads. Instance methods may be called from any thread; the editor is changed on the thread whose
 * executor was given as {@code callbacks}, and every listener is called through it.
 */
public final class WorkspaceSession implements AutoCloseable {

    /** How long typing must pause before the live check looks at an edited paragraph again. */
    public static final long CHECK_DEBOUNCE_MS = 250;

    /** What opening reads first: the workspace folder, its document files, and the document to open (or null). */
    public record Contents(Path root, List<Path> documents, Document document) {
        public Contents {
            documents = List.copyOf(documents);
        }
    }

    /** The glossaries of a workspace and the terminology engine built for them. */
    public record Glossaries(List<Glossary> glossaries, Terminology engine) {
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
    public record Loading(CompletableFuture<Contents> contents, CompletableFuture<Glossaries> glossaries) {
    }

    /** Whom the parts of a session report to; every call arrives through the session's callback executor. */
    public record Listeners(DocumentSync.Listener document, GlossaryService.Listener<Terminology> glossaries,
                            LiveCheck.Listener check) {

        /** Listeners that ignore everything (the command line, tests that look at the session itself). */
        public static Listeners none() {
            return new Listeners(new DocumentSync.Listener() { }, new GlossaryService.Listener<>() {
                @Override
                public void glossariesChanged(List<Glossary> glossaries) {
                }

                @Override
                public void engineReady(List<Glossary> glossaries, Terminology engine) {
                }

                @Override
                public void saved(Path file) {
                }

                @Override
                public void mergedFromDisk(List<Path> files) {
                }

                @Override
                public void problem(Path file, Exception cause) {
                }

                @Override
                public void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve) {
                    resolve.accept(result.merged());
                }
            }, () -> { });
        }
    }

    private final Path root;
    private volatile List<Path> documents;
    private final DocumentEditor editor;
    private final DocumentSync sync;
    private final PendingReview review;
    private final GlossaryService<Terminology> glossaryService;
    private final LiveCheck check;
    private final Repetitions repetitions;
    private final TeamWork team;
    private final Thread shutdownHook;
    private volatile Glossaries glossaries = new Glossaries(List.of(), Terminology.empty());
    private volatile boolean glossariesLoaded;
    private final Executor callbacks;
    private final TaskRunner tasks;
    /** Made and built on first use (the window's Suggestions, not a batch command); guarded by this. */
    private WorkspaceMemory memory;
    private boolean memoryBuilding;

    /**
     * Takes over what was read: when there is a document, starts its editor, its disk synchronisation and its live
     * check (which waits for the glossaries: {@link #glossariesLoaded}); starts the glossary service.
     *
     * @param engine builds the terminology engine from the concepts of every glossary (off the caller's thread)
     */
    public WorkspaceSession(Contents contents, Function<List<Concept>, Terminology> engine, Executor callbacks,
                            Listeners listeners) {
        this(contents, engine, callbacks, listeners, new TaskRunner());
    }

    /** A session whose parts work on serial lanes of {@code tasks} (the window's one runner). */
    public WorkspaceSession(Contents contents, Function<List<Concept>, Terminology> engine, Executor callbacks,
                            Listeners listeners, TaskRunner tasks) {
        this.root = contents.root();
        this.documents = contents.documents();
        this.callbacks = callbacks;
        this.tasks = tasks;
        this.check = new LiveCheck(CHECK_DEBOUNCE_MS, callbacks, listeners.check(), tasks);
        this.glossaryService = new GlossaryService<>(root, engine, callbacks, new GlossaryEvents(listeners.glossaries()), tasks);
        if (contents.document() == null) {
            editor = null;
            sync = null;
            repetitions = null;
            review = null;
            shutdownHook = null;
            team = new TeamWork(root, null, glossaryService, tasks, () -> { });
            return;
        }
        editor = new DocumentEditor(contents.document());
        sync = new DocumentSync(editor, listeners.document(), callbacks, DocumentSync.ATOMIC, tasks);
        review = new PendingReview(editor);
        editor.addListener(new DocumentEditor.Listener() {
            @Override
            public void paragraphChanged(int row, Paragraph before, Paragraph after, DocumentEditor.Origin origin) {
                check.paragraphChanged(after);
                WorkspaceMemory started = startedMemory();
                if (started != null) {
                    started.paragraphChanged(editor.document().path(), after, editor.targets());
                }
            }

            @Override
            public void documentReplaced(Document previous, Document now) {
                check.documentReplaced(now);
                WorkspaceMemory started = startedMemory();
                if (started != null) {
                    started.documentReplaced(now);
                }
            }
        });
        repetitions = new Repetitions(editor, callbacks);
        team = new TeamWork(root, sync, glossaryService, tasks, () -> check.recheckAll(editor.snapshot()));
        check.documentReplaced(editor.snapshot()); // waits for an engine: "Checking…", never "No issues" before
        shutdownHook = new Thread(sync::flush, "triptych-flush " + contents.document().path().getFileName());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Keeps the session's glossaries and the live check's engine in step with the service, then tells the owner. */
    private final class GlossaryEvents implements GlossaryService.Listener<Terminology> {
        private final GlossaryService.Listener<Terminology> owner;

        GlossaryEvents(GlossaryService.Listener<Terminology> owner) {
            this.owner = owner;
        }

        @Override
        public void glossariesChanged(List<Glossary> list) {
            glossaries = new Glossaries(list, glossaries.engine());
            owner.glossariesChanged(list);
        }

        @Override
        public void engineReady(List<Glossary> list, Terminology engine) {
            glossaries = new Glossaries(list, engine);
            check.useGlossary(engine, root);
            WorkspaceMemory started = startedMemory();
            if (started != null) {
                started.useGlossary(engine.index());
            }
            owner.engineReady(list, engine);
        }

        @Override
        public void saved(Path file) {
            owner.saved(file);
        }

        @Override
        public void mergedFromDisk(List<Path> files) {
            owner.mergedFromDisk(files);
        }

        @Override
        public void problem(Path file, Exception cause) {
            owner.problem(file, cause);
        }

        @Override
        public void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve) {
            owner.conflicts(file, result, resolve);
        }
    }

    /**
     * Takes the glossaries read beside the document (they come later for large glossaries) with their engine:
     * the live check starts, and the service watches their files from now on.
     */
    public void glossariesLoaded(Glossaries loaded) {
        glossariesLoaded = true;
        glossaries = loaded;
        WorkspaceMemory started = startedMemory();
        if (started != null) {
            started.useGlossary(loaded.engine().index());
        }
        glossaryService.install(loaded.glossaries(), loaded.engine());
        glossaryService.pollEvery(Duration.ofMillis(DocumentSync.POLL_MS * 2L));
        buildMemory();
    }

    /** Opens {@code path} completely, glossaries included, on the calling thread (the command line, tests). */
    public static WorkspaceSession open(Path path, Function<List<Concept>, Terminology> engine, Executor callbacks,
                                        Listeners listeners) throws IOException {
        TaskRunner tasks = new TaskRunner();
        Loading loading = start(path, engine, tasks.executor("open " + path.getFileName()));
        Contents contents = await(loading.contents());
        Glossaries read = await(loading.glossaries());
        WorkspaceSession session = new WorkspaceSession(contents, engine, callbacks, listeners, tasks);
        session.glossariesLoaded(read);
        return session;
    }

    /**
     * Starts reading a workspace folder (its first document) or one document file (with its workspace's
     * glossaries) on background threads; returns at once.
     */
    public static Loading start(Path path, Function<List<Concept>, Terminology> engine, Executor background) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = rootOf(absolute);
        // The document first: on a serial executor it is shown before the glossaries' engine is built.
        CompletableFuture<Contents> contents = CompletableFuture.supplyAsync(() -> {
            try {
                return readContents(absolute, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        CompletableFuture<Glossaries> glossaries = CompletableFuture.supplyAsync(() -> {
            try {
                List<Glossary> list = readGlossaries(root);
                return new Glossaries(list, engine.apply(concepts(list)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        return new Loading(contents, glossaries);
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
        return root;
    }

    /** The document files of the workspace: those there when it was opened, and those made since. */
    public List<Path> documents() {
        return documents;
    }

    /** Offers a document file made in the workspace since it was opened (an import); true when it is new. */
    public synchronized boolean documentAdded(Path file) {
        if (documents.contains(file)) {
            return false;
        }
        List<Path> more = new ArrayList<>(documents);
        more.add(file);
        documents = List.copyOf(more);
        return true;
    }

    /** The open document's editor, or null when the workspace has no document. */
    public DocumentEditor editor() {
        return editor;
    }

    /**
     * The open document's repeated paragraphs, or null when the workspace has no document; off until the front end
     * switches it on.
     */
    public Repetitions repetitions() {
        return repetitions;
    }

    /** The workspace's team side: share, synchronise, conflicts, history. */
    public TeamWork team() {
        return team;
    }

    /** The open document's disk synchronisation, or null when the workspace has no document. */
    public DocumentSync sync() {
        return sync;
    }

    /** The changes of a review file waiting for the translator's decision, or null when there is no document. */
    public PendingReview review() {
        return review;
    }

    /** The workspace's glossaries: edits, saves, merges with the disk and engine builds. */
    public GlossaryService<Terminology> glossaryService() {
        return glossaryService;
    }

    /** The live check of the open document. */
    /** Adds {@code word} to the workspace dictionary ({@link AcceptedWords#DICTIONARY}) and checks again. */
    public CompletableFuture<Void> addToDictionary(String word) {
        return check.addWord(AcceptedWords.dictionaryFile(root), word);
    }

    /** Ignores {@code word} in the open document from now on (its {@code .ignored.txt}) and checks again. */
    public CompletableFuture<Void> ignoreInDocument(String word) {
        if (editor == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no document is open"));
        }
        return check.addWord(AcceptedWords.ignoredFile(editor.snapshot().path()), word);
    }

    public LiveCheck check() {
        return check;
    }

    /**
     * The glossaries as last reported by the service with the newest engine built for them (empty, with
     * {@link Terminology#empty()}, until they are loaded).
     */
    public Glossaries glossaries() {
        return glossaries;
    }

    /**
     * The workspace's translation memory: made and started on the first call (on its own lane, from the other
     * documents, the open document and {@code tm/}), closed with the session; its listeners are called through the
     * session's callback executor.
     */
    public synchronized WorkspaceMemory memory() {
        if (memory == null) {
            memory = new WorkspaceMemory(root, callbacks, tasks);
            memory.useGlossary(glossaries.engine().index());
            if (glossariesLoaded) {
                buildMemory();
            }
        }
        return memory;
    }

    /**
     * Starts building the memory made by {@link #memory()}. A window opening a workspace asks for it with the
     * document, but it waits for the glossaries: their terms are its placeables, and the document and the glossary
     * are what the translator sees first, so they get the processors first.
     */
    private synchronized void buildMemory() {
        if (memory != null && !memoryBuilding) {
            memoryBuilding = true;
            memory.build(documents, editor == null ? null : editor.snapshot());
        }
    }

    private synchronized WorkspaceMemory startedMemory() {
        return memory;
    }

    private void closeMemory() {
        WorkspaceMemory started = startedMemory();
        if (started != null) {
            started.close();
        }
    }

    /** True once the glossaries read at opening arrived. */
    public boolean glossariesReady() {
        return glossariesLoaded;
    }

    /** True when the open document has edits not yet on disk. */
    public boolean unsaved() {
        return sync != null && sync.unsaved();
    }

    /**
     * Closes off the caller's thread: the editor stops taking edits and what is unsaved is written, the document
     * first, then the glossaries. Completes with false when the document's write failed; then the session stays
     * open and editable, and saving is retried.
     */
    public CompletableFuture<Boolean> closeAsync() {
        CompletableFuture<Boolean> document;
        if (sync == null) {
            document = CompletableFuture.completedFuture(true);
        } else {
            editor.setEditable(false);
            document = sync.closeAsync().thenApply(ok -> {
                if (ok) {
                    removeShutdownHook();
                } else {
                    editor.setEditable(true);
                }
                return ok;
            });
        }
        return document.thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(false);
            }
            check.close();
            team.close();
            closeMemory();
            return glossaryService.closeAsync().handle((done, failure) -> true);
        });
    }

    /** Closes without saving the document (the translator chose to, after a failed save); glossaries are saved. */
    public void abandon() {
        if (sync != null) {
            sync.abandon();
            removeShutdownHook();
        }
        check.close();
        team.close();
        closeMemory();
        glossaryService.closeAsync();
    }

    /** Closes and waits for the last writes; throws when the document's failed (the session then stays open). */
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
