package org.triptych.session;

import org.triptych.task.TaskRunner;
import org.triptych.check.AcceptedWords;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Terminology;
import org.triptych.io.WordList;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live check of the open document: the whole document is checked in the background (with progress, and
 * cancelled by a newer check) when it opens or the glossary or settings change, and each edited paragraph is
 * re-checked once typing pauses. Keeps the findings by paragraph and language, and how far the full check is.
 *
 * <p>Threads: every method may be called from any thread. The checks run on two daemon threads of their own
 * (full checks, and edits); the listener is called through the executor given (the window passes one that runs on
 * the EDT, tests a direct one), never under this object's lock, and calls that come in quick succession are merged.
 */
public final class LiveCheck implements AutoCloseable {

    /** Told that findings or progress changed; read them back with {@link #state()} and {@link #findings}. */
    public interface Listener {
        void changed();

        /** The workspace settings file could not be read, or named something unknown; one line naming file and line. */
        default void settingsProblem(String message) {
        }
    }

    /** Where the check of the open document is. */
    public enum Phase {
        /** No engine yet: the glossary is still loading. */
        WAITING,
        /** A full check is running. */
        CHECKING,
        /** The full check was cancelled before the end: the findings shown may be incomplete. */
        CANCELLED,
        /** Every paragraph has been checked (edits are re-checked as they come). */
        COMPLETE
    }

    /** How far the check of the open document is: {@code done} of {@code total} paragraphs in this phase. */
    public record State(Phase phase, int done, int total) {
        public boolean complete() {
            return phase == Phase.COMPLETE;
        }
    }

    /** The findings of one paragraph by language, and the paragraph as it was when checked. */
    private record Checked(Paragraph paragraph, Map<String, List<Finding>> byLang) {
    }

    private final long debounceMillis;
    private final Executor callbacks;
    private final Listener listener;
    private final ExecutorService fullChecks;
    private final ScheduledExecutorService edits;
    private final AtomicBoolean notifyQueued = new AtomicBoolean();
    /** Progress is told at most this often, so a long check does not keep the listener's thread busy. */
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    // Guarded by this.
    private CheckEngine engine;
    /**
     * {@link #engine} prepared with the open document by the last full check ({@link CheckEngine#prepare}), for its
     * workspace rules to judge edits by; null until then. Guarded by this.
     */
    private CheckEngine prepared;
    private Document document;
    private Map<String, Checked> results = new HashMap<>();
    /** What the last full check found beyond the paragraphs' checks (a glossary row's team conflict). */
    private List<Finding> ofFiles = List.of();
    /** Paragraphs edited since the running full check took its snapshot, as they are now. */
    private final Map<String, Paragraph> editedSinceSnapshot = new HashMap<>();
    private final Map<String, Paragraph> pending = new LinkedHashMap<>();
    private ScheduledFuture<?> debounce;
    private Future<?> running;
    private long epoch;
    /** Grows with every glossary given; only the newest glossary's engine is installed. */
    private long glossaryRequest;
    /** Grows whenever the findings change. */
    private long findingsRevision;
    private State state = new State(Phase.WAITING, 0, 0);
    /** The workspace of the glossary in use, whose word lists the spelling rules read; null before the first. */
    private Path root;

    /**
     * @param debounceMillis how long typing must pause before an edited paragraph is re-checked
     * @param callbacks      runs the listener's calls (the window's runs them on the EDT)
     */
    public LiveCheck(long debounceMillis, Executor callbacks, Listener listener) {
        this(debounceMillis, callbacks, listener, new TaskRunner());
    }

    /** A live check on two serial lanes of {@code tasks}: full checks, and edits. */
    public LiveCheck(long debounceMillis, Executor callbacks, Listener listener, TaskRunner tasks) {
        this.fullChecks = tasks.lane("triptych-check-all", true);
        this.edits = tasks.lane("triptych-check", true);
        this.debounceMillis = debounceMillis;
        this.callbacks = callbacks;
        this.listener = listener;
    }

    // ---- input -----------------------------------------------------------------------------------------

    /**
     * Builds the engine for a new glossary with the settings of the workspace at {@code root} (read on a check
     * thread; when they cannot be read the defaults apply and the listener hears why), then checks the open
     * document again.
     */
    public void useGlossary(Terminology terminology, Path root) {
        long request;
        synchronized (this) {
            request = ++glossaryRequest;
            epoch++;
            cancelRunning();
            engine = null;
            prepared = null;
            state = new State(Phase.WAITING, 0, paragraphCount());
        }
        changed();
        fullChecks.execute(() -> {
            CheckSettings settings;
            List<String> problems = new ArrayList<>();
            try {
                settings = CheckSettings.read(root);
            } catch (IOException e) {
                settings = CheckSettings.defaults();
                problems.add(e.getMessage());
            }
            CheckEngine built = CheckEngine.standard(terminology, settings);
            problems.addAll(built.settingsWarnings());
            try {
                built = built.withAcceptedWords(AcceptedWords.readWorkspace(root));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
            for (String problem : problems) {
                callbacks.execute(() -> listener.settingsProblem(problem));
            }
            Document current;
            synchronized (this) {
                if (request != glossaryRequest) {
                    return; // a newer glossary is on its way
                }
                engine = built;
                prepared = null;
                this.root = root;
                current = currentDocument();
            }
            if (current != null) {
                recheckAll(current);
            }
        });
    }

    /**
     * Adds {@code word} to the word list {@code file} of the workspace (the workspace dictionary, or a document's
     * ignored words; see {@link AcceptedWords}) under the workspace lock, then checks the open document again with
     * the words as they now are on disk. On the full-check lane, after the engine in the making.
     *
     * @return completed once the word is saved and the check restarted; failed with the reason (the file could not
     * be written, or no glossary has been given yet)
     */
    public CompletableFuture<Void> addWord(Path file, String word) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fullChecks.execute(() -> {
            try {
                Path workspace;
                synchronized (this) {
                    workspace = root;
                }
                if (workspace == null) {
                    throw new IllegalStateException("the glossary is still loading");
                }
                WordList.add(workspace, file, word);
                AcceptedWords words = AcceptedWords.readWorkspace(workspace);
                Document current;
                synchronized (this) {
                    if (engine != null) {
                        engine = engine.withAcceptedWords(words);
                    }
                    current = currentDocument();
                }
                if (current != null) {
                    recheckAll(current);
                }
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Checks with {@code newEngine} from now on, and checks the open document again; null means the glossary is
     * on its way: nothing is checked (and nothing said to be clean) until an engine comes.
     */
    public void setEngine(CheckEngine newEngine) {
        Document current;
        synchronized (this) {
            glossaryRequest++;
            engine = newEngine;
            prepared = null;
            current = currentDocument();
        }
        if (current != null) {
            recheckAll(current);
        }
    }

    /** A document was opened or replaced (reloaded from disk): forgets the findings and checks it all. */
    public void documentReplaced(Document now) {
        synchronized (this) {
            results = new HashMap<>();
            findingsRevision++;
        }
        recheckAll(now);
    }

    /** Checks all of {@code snapshot} (the open document as it is now) in the background; a running check stops. */
    public void recheckAll(Document snapshot) {
        synchronized (this) {
            document = snapshot;
            long myEpoch = ++epoch;
            cancelRunning();
            editedSinceSnapshot.clear();
            pending.clear();
            if (engine == null) {
                state = new State(Phase.WAITING, 0, snapshot.paragraphs().size());
            } else {
                state = new State(Phase.CHECKING, 0, snapshot.paragraphs().size());
                CheckEngine e = engine;
                running = fullChecks.submit(() -> runFull(myEpoch, e, snapshot));
            }
        }
        changed();
    }

    /** A paragraph of the open document changed: it is re-checked after {@code debounceMillis} without edits. */
    public synchronized void paragraphChanged(Paragraph now) {
        editedSinceSnapshot.put(now.id(), now);
        pending.put(now.id(), now);
        if (debounce != null) {
            debounce.cancel(false);
        }
        debounce = edits.schedule(this::checkPending, debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops a running full check; the findings already known stay. */
    public void cancel() {
        synchronized (this) {
            if (running == null) {
                return;
            }
            epoch++;
            cancelRunning();
            state = new State(Phase.CANCELLED, state.done(), state.total());
        }
        changed();
    }

    @Override
    public void close() {
        synchronized (this) {
            epoch++;
            cancelRunning();
        }
        fullChecks.shutdownNow();
        edits.shutdownNow();
    }

    // ---- output ----------------------------------------------------------------------------------------

    public synchronized State state() {
        return state;
    }

    /** A number that grows whenever the findings change: equal numbers mean the same findings. */
    public synchronized long findingsRevision() {
        return findingsRevision;
    }

    /** The enabled rules of the engine in use that cannot run here (a dictionary missing), each with why. */
    public Map<org.triptych.check.Rule, org.triptych.check.Rule.Unavailable> unavailableRules() {
        CheckEngine e = engine();
        return e == null ? Map.of() : e.unavailable();
    }

    /** The engine in use, or null while the first glossary is still loading. */
    public synchronized CheckEngine engine() {
        return engine;
    }

    /** The findings of one target (none when it has none or was not checked yet). */
    public synchronized List<Finding> findings(String paragraphId, String lang) {
        Checked checked = results.get(paragraphId);
        return checked == null ? List.of() : checked.byLang().getOrDefault(lang, List.of());
    }

    /** Every finding known, in paragraph then language order of the open document. */
    public synchronized List<Finding> all() {
        List<Finding> all = new ArrayList<>();
        if (document != null) {
            for (Paragraph p : document.paragraphs()) {
                Checked checked = results.get(p.id());
                if (checked != null) {
                    for (String lang : document.targets()) {
                        all.addAll(checked.byLang().getOrDefault(lang, List.of()));
                    }
                }
            }
        }
        all.addAll(ofFiles);
        return all;
    }

    // ---- work ------------------------------------------------------------------------------------------

    /** The open document with the edits made since its snapshot. */
    private Document currentDocument() {
        if (document == null || editedSinceSnapshot.isEmpty()) {
            return document;
        }
        List<Paragraph> paragraphs = new ArrayList<>(document.paragraphs().size());
        for (Paragraph p : document.paragraphs()) {
            paragraphs.add(editedSinceSnapshot.getOrDefault(p.id(), p));
        }
        return new Document(document.path(), document.columns(), document.targets(), paragraphs);
    }

    private int paragraphCount() {
        return document == null ? 0 : document.paragraphs().size();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
    }

    /** On the full-check thread. */
    private void runFull(long myEpoch, CheckEngine e, Document snapshot) {
        Progress progress = new Progress() {
            private long told = System.nanoTime();

            @Override
            public void step(int done, int total) {
                synchronized (LiveCheck.this) {
                    if (myEpoch != epoch) {
                        return;
                    }
                    state = new State(Phase.CHECKING, done, total);
                    if (System.nanoTime() - told < PROGRESS_EVERY_NANOS) {
                        return;
                    }
                    told = System.nanoTime();
                }
                changed();
            }

            @Override
            public boolean isCancelled() {
                synchronized (LiveCheck.this) {
                    return myEpoch != epoch;
                }
            }
        };
        List<Finding> found;
        List<Finding> foundInFiles;
        CheckEngine withDocument;
        try {
            withDocument = e.prepare(List.of(snapshot));
            found = withDocument.check(snapshot, snapshot.targets(), progress);
            Path workspace;
            synchronized (this) {
                workspace = root;
            }
            foundInFiles = workspace == null ? List.of() : withDocument.checkFiles(workspace, List.of(snapshot));
        } catch (CancellationException cancelled) {
            return;
        }
        Map<String, Checked> fresh = group(snapshot.paragraphs(), found);
        synchronized (this) {
            if (myEpoch != epoch) {
                return;
            }
            // Paragraphs edited while this check ran were checked in their older state: keep a newer check of
            // them, or check them again.
            for (Paragraph now : editedSinceSnapshot.values()) {
                Checked newer = results.get(now.id());
                if (newer != null && newer.paragraph().equals(now)) {
                    fresh.put(now.id(), newer);
                } else {
                    pending.put(now.id(), now);
                }
            }
            results = fresh;
            ofFiles = List.copyOf(foundInFiles);
            prepared = e == engine ? withDocument : null;
            findingsRevision++;
            running = null;
            state = new State(Phase.COMPLETE, snapshot.paragraphs().size(), snapshot.paragraphs().size());
            if (!pending.isEmpty()) {
                edits.execute(this::checkPending);
            }
        }
        changed();
    }

    /** On the edits thread. */
    private void checkPending() {
        List<Paragraph> paragraphs;
        CheckEngine e;
        CheckEngine withDocument;
        Document open;
        synchronized (this) {
            if (pending.isEmpty() || engine == null || document == null) {
                return;
            }
            paragraphs = new ArrayList<>(pending.values());
            pending.clear();
            e = engine;
            open = document;
            withDocument = prepared != null ? prepared : e;
        }
        List<Finding> found = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            found.addAll(withDocument.check(open.path(), p, open.targets()));
        }
        Map<String, Checked> fresh = group(paragraphs, found);
        synchronized (this) {
            if (e != engine || open != document) {
                // the engine or document changed meanwhile: the full check under way covers these paragraphs
                return;
            }
            results.putAll(fresh);
            findingsRevision++;
        }
        changed();
    }

    private static Map<String, Checked> group(List<Paragraph> paragraphs, List<Finding> findings) {
        Map<String, Map<String, List<Finding>>> byParagraph = new HashMap<>();
        for (Finding f : findings) {
            byParagraph.computeIfAbsent(f.paragraph(), k -> new HashMap<>())
                    .computeIfAbsent(f.lang(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Checked> checked = new HashMap<>();
        for (Paragraph p : paragraphs) {
            checked.put(p.id(), new Checked(p, byParagraph.getOrDefault(p.id(), Map.of())));
        }
        return checked;
    }

    /** Tells the listener, once for any number of changes made before it runs. */
    private void changed() {
        if (notifyQueued.compareAndSet(false, true)) {
            callbacks.execute(() -> {
                notifyQueued.set(false);
                listener.changed();
            });
        }
    }
}
