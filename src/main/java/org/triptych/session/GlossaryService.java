package org.triptych.session;

import org.triptych.io.AtomicFiles;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.TextFiles;
import org.triptych.io.WorkspaceLock;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.sync.DiskStamp;
import org.triptych.sync.FolderWatch;
import org.triptych.sync.GlossaryMerge;
import org.triptych.task.TaskRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Owns the glossaries of one workspace ({@code glossaries/*.csv}) and keeps them, their files and the check
 * engine built from them in step. An edit changes the glossary at once and is saved atomically; before every
 * write the file is compared with what was last read or written, and a file changed meanwhile (another program,
 * a {@code git pull}) is merged three-way by concept ({@link GlossaryMerge}) instead of overwritten. Files
 * changed on disk are merged with the edits made here in the same way; cells changed differently on both sides
 * go to the {@link Listener} to settle, and until then that file is not written. Every write and import holds the
 * {@link WorkspaceLock}, so the command line and a second window never write in between. After every change the engine
 * is rebuilt off the caller's thread and only the newest one is published.
 * <p>
 * Threads: public methods may be called from any thread (the window calls them on the EDT; they never wait
 * for the disk). Disk work and engine builds run in order on the service's own thread. Every listener call
 * goes through the executor given to the constructor (the window passes one that runs on the EDT, tests a
 * direct one). The service's thread runs until {@link #close} or {@link #closeAsync}; every service must be closed.
 *
 * @param <E> the check engine built from the concepts of every glossary
 */
public final class GlossaryService<E> implements AutoCloseable {

    /** What the service reports; every call arrives through the callback executor. */
    public interface Listener<E> {
        /** The glossaries changed (an edit, a merge from disk, a file added or removed); their engine follows. */
        void glossariesChanged(List<Glossary> glossaries);

        /** The engine for {@code glossaries} is built; they are still the newest. */
        void engineReady(List<Glossary> glossaries, E engine);

        /** A glossary file was written. */
        void saved(Path file);

        /** Changes made on disk to these files were taken in (merged with the edits made here). */
        void mergedFromDisk(List<Path> files);

        /** Reading, merging or writing {@code file} failed; what is loaded stays, and the next change tries again. */
        void problem(Path file, Exception cause);

        /**
         * {@code file} changed on disk and some cells were changed differently here and there: settle them and
         * pass the glossary to keep to {@code resolve} (from any thread, possibly later). Until then the file is
         * left as it is on disk; once settled the kept version is written and the disk's goes to the {@code .bak}.
         */
        void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve);
    }

    /** One glossary file. Guarded by the service's lock. */
    private static final class FileState {
        /** The glossary as last read from or written to the file; null when the file was never written. */
        Glossary base;
        /** The glossary with the edits made here. */
        Glossary current;
        /** The digest of the file's bytes when last read or written; null when not known yet. */
        byte[] digest;
        /** True while the user settles conflicts: the file is not written. */
        boolean settling;

        FileState(Glossary base, Glossary current, byte[] digest) {
            this.base = base;
            this.current = current;
            this.digest = digest;
        }
    }

    private static final int WRITE_ATTEMPTS = 3;

    private final Path folder;
    private final Function<List<Concept>, E> engine;
    private final Executor callbacks;
    private final Listener<E> listener;
    private final ScheduledExecutorService worker;
    /** Worker thread only. */
    private final FolderWatch watch;
    private final Map<Path, FileState> files = new TreeMap<>();
    /** Numbers the versions of the glossaries; only the newest one's engine is published. Guarded by this. */
    private long version;
    /** The version whose engine was last built. Worker thread only. */
    private long built = -1;
    private ScheduledFuture<?> polling;
    private CompletableFuture<Void> closing;

    /**
     * A service for the workspace at {@code root}, with no glossary until {@link #load()} or {@link #install}.
     *
     * @param engine    builds the check engine from the concepts of all glossaries, in file order (on the worker)
     * @param callbacks runs every listener call
     */
    public GlossaryService(Path root, Function<List<Concept>, E> engine, Executor callbacks, Listener<E> listener) {
        this(root, engine, callbacks, listener, new TaskRunner());
    }

    /** A service whose disk work and engine builds run in order on a serial lane of {@code tasks}. */
    public GlossaryService(Path root, Function<List<Concept>, E> engine, Executor callbacks, Listener<E> listener,
                           TaskRunner tasks) {
        this.folder = root.resolve(Workspace.GLOSSARIES);
        this.engine = engine;
        this.callbacks = callbacks;
        this.listener = listener;
        this.watch = new FolderWatch(folder);
        // Not a daemon: a save queued when the window closes finishes before the program ends.
        this.worker = tasks.lane("triptych-glossary", false);
    }

    // ---- loading ------------------------------------------------------------------------------------------

    /** Reads the glossaries from disk, builds their engine and publishes both. */
    public CompletableFuture<Void> load() {
        return run(() -> {
            watch.remember();
            takeInDisk(false);
            buildNewest();
        });
    }

    /**
     * Takes glossaries read elsewhere (the window reads them beside the document when opening) with their
     * engine, publishes them, then compares them with the files on the worker: a file changed meanwhile is
     * merged in as any change made on disk.
     */
    public void install(List<Glossary> glossaries, E built) {
        long installed;
        List<Glossary> list;
        synchronized (this) {
            files.clear();
            for (Glossary g : glossaries) {
                files.put(g.path(), new FileState(g, g, null));
            }
            installed = ++version;
            list = glossariesLocked();
        }
        callbacks.execute(() -> {
            if (installed == currentVersion()) {
                listener.glossariesChanged(list);
                listener.engineReady(list, built);
            }
        });
        run(() -> {
            watch.remember();
            takeInDisk(true);
            buildNewest();
        });
    }

    /** Looks at the glossaries folder every {@code period} and takes in what changed on disk. */
    public synchronized void pollEvery(Duration period) {
        if (polling != null) {
            polling.cancel(false);
        }
        polling = worker.scheduleWithFixedDelay(() -> {
            try {
                if (watch.changed()) {
                    takeInDisk(true);
                    buildNewest();
                }
            } catch (RuntimeException e) {
                report(folder, e); // keep polling: the next change is looked at again
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes in what changed on disk now, without waiting for the poll. */
    public CompletableFuture<Void> reloadFromDisk() {
        return run(() -> {
            watch.remember();
            takeInDisk(true);
            buildNewest();
        });
    }

    // ---- editing --------------------------------------------------------------------------------------------

    /** The glossaries with the edits made here, sorted by file. */
    public synchronized List<Glossary> glossaries() {
        return glossariesLocked();
    }

    /**
     * Takes an edit: {@code edited} is the glossary the user made from {@code basedOn} (the version the caller
     * last saw; null for a glossary the caller made new). When the glossary changed meanwhile (a merge from disk
     * the caller has not seen yet), the edit is applied on top of those changes rather than replacing them; a
     * cell changed both by the edit and meanwhile takes the edit. The glossary is then saved and the engine
     * rebuilt; the future completes once the file was written (or a conflict was handed to the listener).
     */
    public CompletableFuture<Void> edit(Glossary basedOn, Glossary edited) {
        Path file = edited.path();
        synchronized (this) {
            FileState state = files.get(file);
            if (state == null) {
                files.put(file, new FileState(null, edited, null));
            } else if (basedOn == null || state.current == basedOn || state.current.equals(basedOn)) {
                state.current = edited;
            } else {
                state.current = GlossaryMerge.merge(basedOn, edited, state.current).merged();
            }
        }
        return changedHere(file);
    }

    /** Adds {@code concept} to the glossary at {@code target}'s file (created from {@code target} when new). */
    public CompletableFuture<Void> addConcept(Glossary target, Concept concept) {
        Path file = target.path();
        synchronized (this) {
            FileState state = files.get(file);
            if (state == null) {
                files.put(file, new FileState(null, target.withConcept(concept), null));
            } else {
                state.current = state.current.withConcept(concept);
            }
        }
        return changedHere(file);
    }

    private CompletableFuture<Void> changedHere(Path file) {
        publishChanged();
        CompletableFuture<Void> saved = run(() -> writeGlossary(file));
        run(this::buildNewest);
        return saved;
    }

    /**
     * Runs {@code work}, which writes glossary files itself (an import), on the service's thread: after every
     * edit made so far is saved and before later ones. Then takes the files in at once, merged with any edit
     * made meanwhile. The future completes after the new glossaries and their engine were handed to the listener.
     */
    public <T> CompletableFuture<T> changeOnDisk(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    T value = WorkspaceLock.update(folder.getParent(), WorkspaceLock.DEFAULT_TIMEOUT, () -> {
                        saveAll();
                        try {
                            return work.call();
                        } catch (IOException | RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IOException(e.getMessage(), e);
                        }
                    });
                    watch.remember();
                    takeInDisk(false);
                    buildNewest();
                    result.complete(value);
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the glossaries were closed", e));
        }
        return result;
    }

    /** Completes when everything asked of the service so far is done (saves, merges, engine builds). */
    public CompletableFuture<Void> flush() {
        return run(() -> { });
    }

    // ---- disk (worker thread only) ----------------------------------------------------------------------------

    /**
     * The one place a glossary file is written. Compares the file with what was last read or written; when it
     * changed, merges it three-way with the edits made here (conflicts go to the listener and nothing is written
     * until they are settled); then writes atomically, the previous file kept as {@code .bak}.
     */
    private void writeGlossary(Path file) {
        if (!hasEditsToWrite(file)) {
            return; // nothing to write: no need to wait for the workspace lock (nor to make its file)
        }
        try {
            WorkspaceLock.updateFile(file, () -> {
                writeGlossaryLocked(file);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            report(file, e);
        }
    }

    private synchronized boolean hasEditsToWrite(Path file) {
        FileState state = files.get(file);
        return state != null && !state.settling
                && (state.base == null || !GlossaryMerge.sameContent(state.base, state.current));
    }

    /** {@link #writeGlossary} with the workspace lock held; no monitor of the service is held while waiting for it. */
    private void writeGlossaryLocked(Path file) throws IOException {
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            FileState state;
            Glossary mine;
            Glossary base;
            byte[] known;
            synchronized (this) {
                state = files.get(file);
                if (state == null || state.settling
                        || state.base != null && GlossaryMerge.sameContent(state.base, state.current)) {
                    return;
                }
                mine = state.current;
                base = state.base;
                known = state.digest;
            }
            byte[] onDisk = readIfExists(file);
            Glossary toWrite = mine;
            if (onDisk != null && !Arrays.equals(known, DiskStamp.digest(onDisk))) {
                Glossary theirs = parse(file, onDisk);
                if (base != null && GlossaryMerge.sameContent(base, theirs)) {
                    synchronized (this) {
                        state.digest = DiskStamp.digest(onDisk); // rewritten, not changed
                    }
                } else {
                    GlossaryMerge.Result merged = takeIn(state, mine, theirs, onDisk);
                    if (merged == null) {
                        return; // the user settles conflicts first
                    }
                    report(List.of(file));
                    toWrite = merged.merged();
                    if (GlossaryMerge.sameContent(toWrite, theirs)) {
                        return; // the disk already has everything
                    }
                }
            }
            byte[] bytes = GlossaryCodec.format(toWrite).getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(onDisk, readIfExists(file))) {
                continue; // changed again while merging: look again
            }
            AtomicFiles.write(file, out -> out.write(bytes));
            watch.remember(); // our own write is not a change made by another program
            synchronized (this) {
                state.base = toWrite;
                state.digest = DiskStamp.digest(bytes);
            }
            callbacks.execute(() -> listener.saved(file));
            return;
        }
        throw new IOException(file.getFileName() + " keeps changing on disk; not saved, the edits are kept");
    }

    /**
     * Merges {@code theirs} (just read from disk) into the glossary edited from {@code mine}, publishing the
     * result. Returns null when conflicts were handed to the listener.
     */
    private GlossaryMerge.Result takeIn(FileState state, Glossary mine, Glossary theirs, byte[] onDisk) {
        Glossary base;
        synchronized (this) {
            base = state.base != null ? state.base : theirs.withConcepts(List.of());
        }
        GlossaryMerge.Result result = GlossaryMerge.merge(base, mine, theirs);
        boolean conflicts = !result.conflicts().isEmpty();
        synchronized (this) {
            state.base = theirs;
            state.digest = DiskStamp.digest(onDisk);
            adopt(state, mine, result.merged());
            state.settling = conflicts;
        }
        publishChanged();
        if (!conflicts) {
            return result;
        }
        Path file = theirs.path();
        callbacks.execute(() -> listener.conflicts(file, result, chosen -> run(() -> {
            synchronized (this) {
                adopt(state, result.merged(), chosen);
                state.settling = false;
            }
            publishChanged();
            writeGlossary(file);
            buildNewest();
        })));
        return null;
    }

    /** Replaces {@code from} by {@code to} in the glossary, keeping edits made here since {@code from} was taken. */
    private void adopt(FileState state, Glossary from, Glossary to) {
        if (state.current == from || GlossaryMerge.sameContent(state.current, from)) {
            state.current = to;
        } else {
            state.current = GlossaryMerge.merge(from, state.current, to).merged();
        }
    }

    /**
     * Compares every glossary file with what was last read or written and takes in the changes: new files are
     * added, changed ones merged with the edits made here, deleted ones dropped unless edited here (then they
     * are written again).
     */
    private void takeInDisk(boolean report) {
        List<Path> onDisk;
        try {
            onDisk = WorkspaceStore.csvFiles(folder);
        } catch (IOException e) {
            report(folder, e);
            return;
        }
        List<Path> merged = new ArrayList<>();
        boolean listChanged = false;
        for (Path file : onDisk) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                FileState state;
                synchronized (this) {
                    state = files.get(file);
                    if (state != null && (state.settling || Arrays.equals(state.digest, DiskStamp.digest(bytes)))) {
                        continue;
                    }
                }
                Glossary theirs = parse(file, bytes);
                if (state == null) {
                    synchronized (this) {
                        files.put(file, new FileState(theirs, theirs, DiskStamp.digest(bytes)));
                    }
                    listChanged = true;
                    merged.add(file);
                    continue;
                }
                Glossary mine;
                synchronized (this) {
                    if (state.base != null && GlossaryMerge.sameContent(state.base, theirs)) {
                        state.digest = DiskStamp.digest(bytes);
                        continue;
                    }
                    mine = state.current;
                }
                GlossaryMerge.Result result = takeIn(state, mine, theirs, bytes);
                if (result != null) {
                    merged.add(file);
                    if (!GlossaryMerge.sameContent(result.merged(), theirs)) {
                        writeGlossary(file); // edits made here on top of the disk's version
                    }
                }
            } catch (IOException | RuntimeException e) {
                report(file, e); // a half-written or broken file: keep what is loaded
            }
        }
        List<Path> rewrite = new ArrayList<>();
        synchronized (this) {
            for (var it = files.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                FileState state = entry.getValue();
                if (state.base == null || onDisk.contains(entry.getKey())) {
                    continue; // not written yet, or still there
                }
                if (GlossaryMerge.sameContent(state.base, state.current)) {
                    it.remove();
                    listChanged = true;
                    merged.add(entry.getKey());
                } else {
                    rewrite.add(entry.getKey()); // deleted on disk but edited here: keep the edits
                }
            }
        }
        if (listChanged) {
            publishChanged();
        }
        rewrite.forEach(this::writeGlossary);
        if (report && !merged.isEmpty()) {
            report(merged);
        }
    }

    private void saveAll() {
        List<Path> all;
        synchronized (this) {
            all = List.copyOf(files.keySet());
        }
        all.forEach(this::writeGlossary);
    }

    private static byte[] readIfExists(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Glossary parse(Path file, byte[] bytes) throws IOException {
        return GlossaryCodec.fromTable(CsvTable.parse(file, TextFiles.decodeUtf8(file, bytes)));
    }

    // ---- publishing ---------------------------------------------------------------------------------------------

    private void publishChanged() {
        long published;
        List<Glossary> list;
        synchronized (this) {
            published = ++version;
            list = glossariesLocked();
        }
        callbacks.execute(() -> {
            if (published == currentVersion()) {
                listener.glossariesChanged(list);
            }
        });
    }

    /** On the worker: builds the engine for the newest glossaries unless it is built already. */
    private void buildNewest() {
        List<Glossary> list;
        long wanted;
        synchronized (this) {
            wanted = version;
            list = glossariesLocked();
        }
        if (wanted == built) {
            return;
        }
        built = wanted;
        E built;
        try {
            built = engine.apply(list.stream().flatMap(g -> g.concepts().stream()).toList());
        } catch (RuntimeException e) {
            report(folder, e);
            return;
        }
        callbacks.execute(() -> {
            if (wanted == currentVersion()) {
                listener.engineReady(list, built);
            }
        });
    }

    private synchronized long currentVersion() {
        return version;
    }

    private List<Glossary> glossariesLocked() {
        List<Glossary> list = new ArrayList<>(files.size());
        files.values().forEach(state -> list.add(state.current));
        return List.copyOf(list);
    }

    private void report(List<Path> merged) {
        List<Path> copy = List.copyOf(merged);
        callbacks.execute(() -> listener.mergedFromDisk(copy));
    }

    private void report(Path file, Exception e) {
        callbacks.execute(() -> listener.problem(file, e));
    }

    private CompletableFuture<Void> run(Runnable task) {
        try {
            return CompletableFuture.runAsync(task, worker);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("the glossaries were closed", e));
        }
    }

    // ---- closing ------------------------------------------------------------------------------------------------

    /**
     * Stops watching and writes what is unsaved, without waiting; the returned future completes once written.
     * Conflicts still being settled keep their file as it is on disk.
     */
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            if (polling != null) {
                polling.cancel(false);
            }
            closing = run(this::saveAll);
            worker.shutdown();
        }
        return closing;
    }

    /** Stops watching and writes what is unsaved, waiting for the writes. */
    @Override
    public void close() {
        closeAsync().join();
    }
}
