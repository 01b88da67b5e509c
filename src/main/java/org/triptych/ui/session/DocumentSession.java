package org.triptych.ui.session;

import org.triptych.sync.ThreeWayMerge;
import org.triptych.sync.DiskStamp;

import org.triptych.io.CsvTable;
import org.triptych.io.DocumentCodec;
import org.triptych.io.TextFiles;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.ui.Edt;
import org.triptych.ui.editor.ParagraphTableModel;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the open document and its file in step. Edits are saved atomically off the event thread
 * {@value #AUTOSAVE_MS} ms after typing pauses, at once on {@link #saveNow()}, and on {@link #close()}.
 * The file is polled; a change made by another program is merged cell by cell against the version last
 * loaded or saved, and real conflicts go to the {@link Listener} to settle. Public methods: EDT only.
 */
public final class DocumentSession implements ParagraphTableModel.ChangeListener, AutoCloseable {

    /** Pause after the last keystroke before saving. */
    public static final int AUTOSAVE_MS = 1200;
    /** How often the file is looked at for changes by other programs. */
    public static final int POLL_MS = 1000;

    /** What the window is told; every method is called on the EDT. */
    public interface Listener {
        /** The unsaved state changed (title bar, status bar). */
        void savedStateChanged(boolean unsaved);

        /** Saving or reading failed; the edits stay in the window and saving is retried on the next change. */
        void problem(String message, Exception cause);

        /**
         * The file changed on disk and both sides changed some cells differently: settle the conflicts and
         * pass the resolved document to {@code resolved} (which may be called later).
         */
        void conflicts(ThreeWayMerge.Result result, Consumer<Document> resolved);

        /** The file changed on disk and its changes were taken in without conflict. */
        void mergedFromDisk(int paragraphsChanged);
    }

    private final ParagraphTableModel model;
    private final Listener listener;
    private final Path file;
    private final ExecutorService io;
    private final Timer autosave;
    private final Timer poll;

    /** The version on disk as last read or written (the merge base). EDT. */
    private Document base;
    private long generation;
    private long savedGeneration;
    private boolean mergePending;
    private boolean closed;

    /** What the file looked like when last read or written. io thread only. */
    private DiskStamp known;

    public DocumentSession(ParagraphTableModel model, Listener listener) {
        Edt.mustBeEdt();
        this.model = model;
        this.listener = listener;
        this.base = model.snapshot();
        this.file = base.path();
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "triptych-save " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        io.execute(this::rememberDisk);
        autosave = new Timer(AUTOSAVE_MS, e -> save());
        autosave.setRepeats(false);
        poll = new Timer(POLL_MS, e -> {
            if (!mergePending) {
                io.execute(this::checkDisk);
            }
        });
        poll.start();
        model.addChangeListener(this);
    }

    public Path file() {
        return file;
    }

    public boolean unsaved() {
        return generation != savedGeneration;
    }

    @Override
    public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
        if (closed) {
            return;
        }
        boolean wasUnsaved = unsaved();
        generation++;
        autosave.restart();
        if (!wasUnsaved) {
            listener.savedStateChanged(true);
        }
    }

    @Override
    public void documentReplaced() {
        // a merge from disk calls setDocument itself and settles the state after
    }

    /** Saves now if anything is unsaved (Ctrl+S); returns at once, the write happens off the EDT. */
    public Future<?> saveNow() {
        Edt.mustBeEdt();
        return save();
    }

    private Future<?> save() {
        autosave.stop();
        if (!unsaved() || closed || mergePending) {
            // While the translator settles a conflict, the file on disk stays as the other program left it.
            return CompletableFuture.completedFuture(null);
        }
        Document snapshot = model.snapshot();
        long savingGeneration = generation;
        return io.submit(() -> write(snapshot, savingGeneration));
    }

    /**
     * Runs {@code work}, which rewrites the file (an import), on the file thread: after the unsaved edits are
     * written and before any later save. Then looks at the file at once, so the change shows without waiting
     * for the poll; it is taken in like any change made on disk (merged, real conflicts asked about), so an
     * edit typed meanwhile is not lost. The future completes off the EDT, after the merge was handed to the EDT.
     */
    public <T> CompletableFuture<T> changeOnDisk(Callable<T> work) {
        Edt.mustBeEdt();
        save();
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            io.execute(() -> {
                try {
                    T value = work.call();
                    checkDisk();
                    result.complete(value);
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException(file.getFileName() + " was closed", e));
        }
        return result;
    }

    private void write(Document snapshot, long savingGeneration) {
        Edt.mustNotBeEdt();
        try {
            if (externallyChanged()) {
                // Another program wrote the file since we last looked: merge first, never overwrite it blindly.
                checkDisk();
                return;
            }
            String text = DocumentCodec.format(snapshot);
            DocumentCodec.save(snapshot);
            known = DiskStamp.of(file, text.getBytes(StandardCharsets.UTF_8));
            SwingUtilities.invokeLater(() -> {
                base = snapshot;
                savedGeneration = Math.max(savedGeneration, savingGeneration);
                listener.savedStateChanged(unsaved());
            });
        } catch (IOException | RuntimeException e) {
            SwingUtilities.invokeLater(() -> listener.problem(file.getFileName().toString(), e));
        }
    }

    private void rememberDisk() {
        try {
            known = Files.exists(file) ? DiskStamp.of(file, Files.readAllBytes(file)) : DiskStamp.MISSING;
        } catch (IOException e) {
            known = DiskStamp.MISSING;
        }
    }

    private boolean externallyChanged() throws IOException {
        DiskStamp now = DiskStamp.quick(file);
        if (now == DiskStamp.MISSING || known == null || now.sameTimeAndSize(known)) {
            return false;
        }
        return !known.sameContent(Files.readAllBytes(file));
    }

    /** On the io thread: reads the file when it changed and hands the new version to the EDT to merge. */
    private void checkDisk() {
        Edt.mustNotBeEdt();
        try {
            DiskStamp now = DiskStamp.quick(file);
            if (now == DiskStamp.MISSING || known == null || now.sameTimeAndSize(known)) {
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (known.sameContent(bytes)) {
                known = DiskStamp.of(file, bytes);
                return;
            }
            known = DiskStamp.of(file, bytes);
            Document theirs = DocumentCodec.fromTable(CsvTable.parse(file, TextFiles.decodeUtf8(file, bytes)));
            SwingUtilities.invokeLater(() -> mergeFromDisk(theirs));
        } catch (IOException | RuntimeException e) {
            // A half-written or broken file: keep what is loaded and say so; the next change is looked at again.
            SwingUtilities.invokeLater(() -> listener.problem(file.getFileName().toString(), e));
        }
    }

    private void mergeFromDisk(Document theirs) {
        if (closed) {
            return;
        }
        ThreeWayMerge.Result result = ThreeWayMerge.merge(base, model.snapshot(), theirs);
        if (result.conflicts().isEmpty()) {
            apply(theirs, result.merged());
        } else {
            mergePending = true;
            listener.conflicts(result, resolved -> {
                mergePending = false;
                apply(theirs, resolved);
            });
        }
    }

    private void apply(Document theirs, Document merged) {
        Edt.mustBeEdt();
        int changed = 0;
        List<Paragraph> now = model.snapshot().paragraphs();
        boolean sameRows = now.size() == merged.paragraphs().size();
        for (int i = 0; sameRows && i < now.size(); i++) {
            sameRows = now.get(i).id().equals(merged.paragraphs().get(i).id());
        }
        long before = generation;
        if (sameRows) {
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(merged.paragraphs().get(i))) {
                    model.replace(i, merged.paragraphs().get(i), ParagraphTableModel.Origin.DISK);
                    changed++;
                }
            }
        } else {
            model.setDocument(merged);
            changed = merged.paragraphs().size();
        }
        base = theirs;
        generation = before + 1;
        if (Objects.equals(merged.paragraphs(), theirs.paragraphs())) {
            savedGeneration = generation;
            autosave.stop();
        } else {
            autosave.restart();
        }
        listener.savedStateChanged(unsaved());
        listener.mergedFromDisk(changed);
    }

    /**
     * Stops watching and writes what is unsaved, waiting for the write. Returns false when the write failed,
     * in which case the caller must keep the window open (the edits are still in the model).
     */
    @Override
    public void close() {
        closeAndSave();
    }

    public boolean closeAndSave() {
        Edt.mustBeEdt();
        poll.stop();
        autosave.stop();
        try {
            if (unsaved()) {
                Document snapshot = model.snapshot();
                long savingGeneration = generation;
                io.submit(() -> {
                    DocumentCodec.save(snapshot);
                    return null;
                }).get(30, TimeUnit.SECONDS);
                base = snapshot;
                savedGeneration = savingGeneration;
            }
            closed = true;
            model.removeChangeListener(this);
            io.shutdown();
            return true;
        } catch (Exception e) {
            poll.start();
            listener.problem(file.getFileName().toString(), e);
            return false;
        }
    }
}
