package org.triptych.session;

import org.triptych.io.AtomicFiles;
import org.triptych.io.CsvTable;
import org.triptych.io.DocumentCodec;
import org.triptych.io.TextFiles;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.sync.DiskStamp;
import org.triptych.sync.ThreeWayMerge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps a {@link DocumentEditor} and its file in step. Edits are saved atomically on the session's file thread
 * {@value #PAUSE_MS} ms after typing pauses and at most {@value #MAX_DELAY_MS} ms after the first unsaved edit
 * even when typing never pauses, at once on {@link #saveNow()}, and on {@link #flush()} and close. A failed save
 * keeps the edits and is retried on its own with a growing delay. The file is polled; a change made by another
 * program is merged cell by cell against the version last read or written, and real conflicts go to the
 * {@link Listener}. The disk is compared with before every write ({@link #writeChecked}).
 *
 * <p>Threads: file work runs on the session's own thread; the listener is called through the callback executor
 * given (the window passes one that runs on the EDT, tests a direct one); changes taken in from disk are
 * applied to the editor from that executor too. Other public methods may be called from any thread.
 */
public final class DocumentSync implements AutoCloseable {

    /** Pause after the last keystroke before saving. */
    public static final long PAUSE_MS = 1000;
    /** Longest wait after the first unsaved edit, so that continuous typing still reaches the disk. */
    public static final long MAX_DELAY_MS = 1500;
    /** How often the file is looked at for changes made by other programs. */
    public static final long POLL_MS = 1000;
    /** First and longest wait before a failed save is tried again. */
    static final long RETRY_FIRST_MS = 500;
    static final long RETRY_MAX_MS = 5000;

    /** What the owner is told; called through the callback executor. Every method has a default that ignores it. */
    public interface Listener {
        /** The unsaved state may have changed (title bar, status bar): ask {@link #unsaved()}. */
        default void savedStateChanged() {
        }

        /** A save reached the disk (after a failure too). */
        default void saved() {
        }

        /** Saving failed; the edits stay in the editor and saving is retried on its own. */
        default void saveFailed(SaveProblem problem) {
        }

        /** The file changed on disk but could not be read (half-written or broken); what is loaded is kept. */
        default void readFailed(Exception cause) {
        }

        /**
         * The file changed on disk and both sides changed some cells differently: settle the conflicts and pass
         * the resolved document to {@code resolved} (which may be called later, from the owner thread).
         */
        default void conflicts(ThreeWayMerge.Result result, Consumer<Document> resolved) {
            resolved.accept(result.merged());
        }

        /** The file changed on disk and its changes were taken in without conflict. */
        default void mergedFromDisk(int paragraphsChanged) {
        }
    }

    /** Writes a document's formatted text to its file; replaced in tests to fail like a full disk. */
    public interface Writer {
        void write(Document document, String text) throws IOException;
    }

    /** The real writer: atomically, with a backup of the previous version. */
    public static final Writer ATOMIC = (document, text) -> AtomicFiles.writeString(document.path(), text);

    private final DocumentEditor editor;
    private final Listener listener;
    private final Executor callbacks;
    private final Writer writer;
    private final Path file;
    private final ScheduledThreadPoolExecutor io;
    private final DocumentEditor.Listener edits = new DocumentEditor.Listener() {
        @Override
        public void paragraphChanged(int row, Paragraph before, Paragraph after, DocumentEditor.Origin origin) {
            if (origin != DocumentEditor.Origin.DISK) {
                edited();
            }
        }

        @Override
        public void documentReplaced(Document previous, Document now) {
            // only a merge from disk replaces the whole document, and apply() settles the state after it
        }
    };

    /** Held across compare-and-write and across reading the file; guards {@link #known}. */
    private final ReentrantLock disk = new ReentrantLock();
    /** What the file looked like when last read or written. */
    private DiskStamp known;

    // Guarded by this.
    /** The version on disk as last read or written: the merge base. */
    private Document base;
    private long savedRevision;
    /** When the first edit not yet in a save under way was made (nanoTime), or -1. */
    private long firstUnsaved = -1;
    private long lastEdit;
    private ScheduledFuture<?> autosave;
    private ScheduledFuture<?> retry;
    private final ScheduledFuture<?> poll;
    private int failures;
    /** Whether the owner was last told of unsaved edits, so that it hears of each change of state once. */
    private boolean announcedUnsaved;
    /** A version read from disk and handed to the owner to merge; writes wait for it. */
    private Document pendingTheirs;
    private boolean closed;

    /** Starts synchronising with the real, atomic writer. */
    public DocumentSync(DocumentEditor editor, Listener listener, Executor callbacks) {
        this(editor, listener, callbacks, ATOMIC);
    }

    public DocumentSync(DocumentEditor editor, Listener listener, Executor callbacks, Writer writer) {
        this.editor = editor;
        this.listener = listener;
        this.callbacks = callbacks;
        this.writer = writer;
        DocumentEditor.Revision start = editor.current();
        this.base = start.document();
        this.savedRevision = start.number();
        this.file = base.path();
        this.io = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "triptych-save " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        io.setRemoveOnCancelPolicy(true);
        io.execute(this::rememberDisk);
        poll = io.scheduleWithFixedDelay(this::checkDisk, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        editor.addListener(edits);
    }

    public Path file() {
        return file;
    }

    public DocumentEditor editor() {
        return editor;
    }

    /** True when the editor holds changes not yet on disk. Any thread. */
    public boolean unsaved() {
        long revision = editor.revision();
        synchronized (this) {
            return revision != savedRevision;
        }
    }

    /** Completes once the file work already handed to the session's thread is done (tests wait on it). */
    public CompletableFuture<Void> settled() {
        try {
            return CompletableFuture.runAsync(() -> { }, io);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    // ---- saving -----------------------------------------------------------------------------------------

    private void edited() {
        boolean becameUnsaved;
        synchronized (this) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            if (firstUnsaved < 0) {
                firstUnsaved = now;
            }
            lastEdit = now;
            scheduleAutosave(now);
            becameUnsaved = !announcedUnsaved;
            announcedUnsaved = true;
        }
        if (becameUnsaved) {
            callbacks.execute(listener::savedStateChanged);
        }
    }

    /** Guarded by this: an edit made since {@code since} (or -1) is still to be saved. */
    private void stillUnsavedSince(long since) {
        if (since >= 0) {
            firstUnsaved = firstUnsaved < 0 ? since : Math.min(since, firstUnsaved);
        }
    }

    /** Guarded by this. While a failed save waits for its retry, edits do not add attempts of their own. */
    private void scheduleAutosave(long now) {
        if (failures > 0 && retry != null && !retry.isDone()) {
            return;
        }
        long due = Math.min(lastEdit + TimeUnit.MILLISECONDS.toNanos(PAUSE_MS),
                firstUnsaved + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MS));
        if (autosave != null) {
            autosave.cancel(false);
        }
        try {
            autosave = io.schedule(this::saveOnce, Math.max(0, due - now), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            autosave = null; // closing: flush() writes what is left
        }
    }

    /** Saves now if anything is unsaved (Ctrl+S); returns at once, the write happens on the file thread. */
    public Future<?> saveNow() {
        try {
            return io.submit(this::saveOnce);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** On the file thread: writes the editor's content when it differs from the disk's. */
    private void saveOnce() {
        DocumentEditor.Revision revision;
        long since;
        synchronized (this) {
            if (closed || pendingTheirs != null) {
                return; // while a change from disk waits to be merged, the file stays as the other program left it
            }
            if (autosave != null) {
                autosave.cancel(false);
            }
            revision = editor.current();
            if (revision.number() == savedRevision) {
                return;
            }
            since = firstUnsaved;
            firstUnsaved = -1;
        }
        Document theirs;
        try {
            theirs = writeChecked(revision.document());
        } catch (IOException | RuntimeException e) {
            failed(since, e);
            return;
        }
        if (theirs != null) {
            // Another program wrote the file since we last looked: merge first, never overwrite it blindly.
            synchronized (this) {
                stillUnsavedSince(since);
            }
            handToOwner(theirs);
            return;
        }
        written(revision);
    }

    private void written(DocumentEditor.Revision revision) {
        long now = editor.revision();
        synchronized (this) {
            base = revision.document();
            savedRevision = Math.max(savedRevision, revision.number());
            announcedUnsaved = now != savedRevision;
            failures = 0;
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
        }
        callbacks.execute(() -> {
            listener.saved();
            listener.savedStateChanged();
        });
    }

    private void failed(long since, Exception e) {
        long delay;
        synchronized (this) {
            stillUnsavedSince(since);
            failures++;
            delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS << Math.min(failures - 1, 10));
            if (retry != null) {
                retry.cancel(false);
            }
            try {
                retry = closed ? null : io.schedule(this::saveOnce, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException rejected) {
                retry = null;
            }
            if (retry == null) {
                delay = -1;
            }
        }
        SaveProblem problem = new SaveProblem(file, SaveProblem.reasonOf(e), e, delay);
        callbacks.execute(() -> listener.saveFailed(problem));
    }

    /**
     * Every write of the document goes through here: with the disk lock held, compares the file with what was
     * last read or written and writes {@code document} only when no other program changed it. Returns null when
     * written, else the version found on disk (nothing written; it is the new {@link #known}).
     */
    private Document writeChecked(Document document) throws IOException {
        disk.lock();
        try {
            Document theirs = readIfChanged();
            if (theirs != null) {
                return theirs;
            }
            String text = DocumentCodec.format(document);
            writer.write(document, text);
            known = DiskStamp.of(file, text.getBytes(StandardCharsets.UTF_8));
            return null;
        } finally {
            disk.unlock();
        }
    }

    // ---- watching the disk ------------------------------------------------------------------------------

    private void rememberDisk() {
        disk.lock();
        try {
            known = Files.exists(file) ? DiskStamp.of(file, Files.readAllBytes(file)) : DiskStamp.MISSING;
        } catch (IOException e) {
            known = DiskStamp.MISSING;
        } finally {
            disk.unlock();
        }
    }

    /** With the disk lock held: the file's new version when another program changed its content, else null. */
    private Document readIfChanged() throws IOException {
        DiskStamp now = DiskStamp.quick(file);
        if (now == DiskStamp.MISSING || known == null || now.sameTimeAndSize(known)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        boolean same = known.sameContent(bytes);
        known = DiskStamp.of(file, bytes);
        return same ? null : DocumentCodec.fromTable(CsvTable.parse(file, TextFiles.decodeUtf8(file, bytes)));
    }

    /** On the file thread: looks at the file and hands a changed version to the owner to merge. */
    private void checkDisk() {
        synchronized (this) {
            if (closed || pendingTheirs != null) {
                return;
            }
        }
        Document theirs;
        disk.lock();
        try {
            theirs = readIfChanged();
        } catch (IOException | RuntimeException e) {
            // A half-written or broken file: keep what is loaded and say so; the next change is looked at again.
            callbacks.execute(() -> listener.readFailed(e));
            return;
        } finally {
            disk.unlock();
        }
        if (theirs != null) {
            handToOwner(theirs);
        }
    }

    private void handToOwner(Document theirs) {
        synchronized (this) {
            pendingTheirs = theirs;
        }
        callbacks.execute(() -> mergeFromDisk(theirs));
    }

    /** On the owner thread: merges a version read from disk into the editor, asking about real conflicts. */
    private void mergeFromDisk(Document theirs) {
        Document mergeBase;
        synchronized (this) {
            if (closed) {
                return;
            }
            mergeBase = base;
        }
        ThreeWayMerge.Result result = ThreeWayMerge.merge(mergeBase, editor.snapshot(), theirs);
        if (result.conflicts().isEmpty()) {
            apply(theirs, result.merged());
        } else {
            listener.conflicts(result, resolved -> apply(theirs, resolved));
        }
    }

    private void apply(Document theirs, Document merged) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        int changed = 0;
        List<Paragraph> now = editor.snapshot().paragraphs();
        boolean sameRows = now.size() == merged.paragraphs().size();
        for (int i = 0; sameRows && i < now.size(); i++) {
            sameRows = now.get(i).id().equals(merged.paragraphs().get(i).id());
        }
        if (sameRows) {
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(merged.paragraphs().get(i))) {
                    editor.replace(i, merged.paragraphs().get(i), DocumentEditor.Origin.DISK);
                    changed++;
                }
            }
        } else {
            editor.setDocument(merged);
            changed = merged.paragraphs().size();
        }
        DocumentEditor.Revision after = editor.current();
        synchronized (this) {
            base = theirs;
            announcedUnsaved = true;
            pendingTheirs = null;
            if (after.document().paragraphs().equals(theirs.paragraphs())) {
                savedRevision = after.number();
                announcedUnsaved = false;
                firstUnsaved = -1;
                if (autosave != null) {
                    autosave.cancel(false);
                }
            } else {
                long time = System.nanoTime();
                if (firstUnsaved < 0) {
                    firstUnsaved = time;
                }
                lastEdit = time;
                scheduleAutosave(time);
            }
        }
        listener.savedStateChanged();
        listener.mergedFromDisk(changed);
    }

    /**
     * Runs {@code work}, which rewrites the file (an import), on the file thread: after the unsaved edits are
     * written and before any later save. Then looks at the file at once, so the change shows without waiting
     * for the poll; it is taken in like any change made on disk (merged, real conflicts asked about), so an edit
     * typed meanwhile is not lost. The future completes on the file thread after the merge was handed on.
     */
    public <T> CompletableFuture<T> changeOnDisk(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            io.execute(() -> {
                try {
                    saveOnce();
                    T value;
                    disk.lock();
                    try {
                        value = work.call();
                    } finally {
                        disk.unlock();
                    }
                    checkDisk();
                    result.complete(value);
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException(file.getFileName() + " was closed", e));
        }
        return result;
    }

    // ---- flushing and closing ---------------------------------------------------------------------------

    /**
     * Writes what is unsaved now, on the calling thread, and waits for it (closing, a shutdown hook). A change
     * another program made on disk is merged in first; where both sides changed a cell, the edit made here is
     * written and the other version stays in the backup. Returns false when the write failed (the edits are
     * still in the editor and the failure was reported). Any thread.
     */
    public boolean flush() {
        for (int attempt = 0; attempt < 3; attempt++) {
            DocumentEditor.Revision revision = editor.current();
            Document mergeBase;
            Document theirs;
            synchronized (this) {
                if (revision.number() == savedRevision && pendingTheirs == null) {
                    return true;
                }
                mergeBase = base;
                theirs = pendingTheirs;
            }
            try {
                Document mine = revision.document();
                if (theirs != null) {
                    mine = ThreeWayMerge.merge(mergeBase, mine, theirs).merged();
                }
                Document onDisk = writeChecked(mine);
                if (onDisk == null) {
                    synchronized (this) {
                        pendingTheirs = null;
                    }
                    written(new DocumentEditor.Revision(mine, revision.number()));
                    return true;
                }
                synchronized (this) {
                    pendingTheirs = onDisk;
                }
            } catch (IOException | RuntimeException e) {
                failed(-1, e);
                return false;
            }
        }
        return false;
    }

    /**
     * Stops watching and writes what is unsaved, off the caller's thread. Completes with true once closed, or
     * with false when the write failed: then the session keeps running (saving is retried) and the caller must
     * keep its edits.
     */
    public CompletableFuture<Boolean> closeAsync() {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(true);
            }
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            io.execute(() -> {
                boolean ok = flush();
                if (ok) {
                    stop();
                }
                done.complete(ok);
            });
        } catch (RejectedExecutionException e) {
            done.complete(true);
        }
        return done;
    }

    /** Closes, waiting for the last write; throws when it failed (the edits stay in the editor). */
    @Override
    public void close() throws IOException {
        if (!closeAsync().join()) {
            throw new IOException("cannot save " + file);
        }
    }

    /** Stops without saving (the translator chose to close anyway after a failed save). */
    public void abandon() {
        stop();
    }

    private void stop() {
        synchronized (this) {
            closed = true;
            poll.cancel(false);
            if (autosave != null) {
                autosave.cancel(false);
            }
            if (retry != null) {
                retry.cancel(false);
            }
        }
        editor.removeListener(edits);
        io.shutdown();
    }
}
