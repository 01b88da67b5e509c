package org.triptych.memory;

import org.triptych.exchange.ExchangeFile;
import org.triptych.exchange.TmxCodec;
import org.triptych.exchange.TranslationUnit;
import org.triptych.glossary.TermIndex;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;
import org.triptych.task.TaskRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The translation memory of an open workspace: built at opening on a serial lane of the session's
 * {@link TaskRunner} from every other document of the workspace, the open document's paragraphs and the TMX files
 * of its {@code tm/} folder (read-only memories), then kept current as the open document's cells change. Reports
 * its progress and the files it could not read through a listener; answers lookups for a paragraph and
 * concordance searches on any thread.
 *
 * <p>Threads: every method may be called from any thread. Building and updates run in order on the memory's own
 * daemon lane; the listener is called through the executor given (the window passes one that runs on the EDT).
 */
public final class WorkspaceMemory implements AutoCloseable {

    /** The folder of a workspace that holds TMX files used as read-only memories. */
    public static final String FOLDER = "tm";

    /**
     * Told that the memory changed: progress, ready, a file it could not read (read {@link #state()}), or a unit
     * updated after a cell changed.
     */
    @FunctionalInterface
    public interface Listener {
        void changed();
    }

    /**
     * Where the memory is: {@code done} of {@code total} paragraphs and units indexed ({@code total} 0 while the
     * files are read), whether it is complete, and one line per file it could not read (file and line named).
     */
    public record State(boolean ready, int done, int total, List<String> problems) {
        public State {
            problems = List.copyOf(problems);
        }
    }

    /** The matches of one sentence of a paragraph. */
    public record SentenceMatches(Sentences.Sentence sentence, List<TranslationMemory.Match> matches) {
    }

    /**
     * The matches of a paragraph's sentences, in reading order, and of the paragraph as a whole when it has several
     * sentences (units kept whole because their sentences could not be aligned, or a run of sentences).
     */
    public record Suggestions(String paragraphId, List<SentenceMatches> sentences, List<TranslationMemory.Match> paragraph) {

        public Suggestions {
            sentences = List.copyOf(sentences);
            paragraph = List.copyOf(paragraph);
        }

        /**
         * The paragraph's translation into {@code lang} from the memory: the best match of each sentence joined,
         * when every sentence has one with a translation into {@code lang}, unless a match of the whole paragraph
         * scores at least as well as the weakest of those; otherwise the best match of the whole paragraph; empty
         * when there is neither.
         */
        public Optional<String> whole(String lang) {
            Optional<TranslationMemory.Match> whole = paragraph.stream().filter(m -> !m.entry().target(lang).isEmpty()).findFirst();
            List<String> parts = new ArrayList<>();
            int weakest = 100;
            for (SentenceMatches s : sentences) {
                Optional<TranslationMemory.Match> best = s.matches().stream().filter(m -> !m.entry().target(lang).isEmpty()).findFirst();
                if (best.isEmpty()) {
                    return whole.map(m -> m.entry().target(lang));
                }
                parts.add(best.get().entry().target(lang));
                weakest = Math.min(weakest, best.get().score());
            }
            if (parts.isEmpty() || whole.isPresent() && whole.get().score() >= weakest) {
                return whole.map(m -> m.entry().target(lang));
            }
            return Optional.of(String.join(" ", parts));
        }

        /** Every match of every sentence, in the order shown: by sentence, best first. */
        public List<TranslationMemory.Match> all() {
            return sentences.stream().flatMap(s -> s.matches().stream()).toList();
        }
    }

    private final Path root;
    private final Executor callbacks;
    private final ScheduledExecutorService lane;
    /** Made on the lane by the first build, so that the index's classes never load on the caller's thread (the EDT). */
    private volatile TranslationMemory memory;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean notifyQueued = new AtomicBoolean();
    private volatile TermIndex glossary;
    private volatile State state = new State(false, 0, 0, List.of());
    private volatile boolean closed;

    /** A memory for the workspace at {@code root}, working on a lane of {@code tasks}; {@link #build} starts it. */
    public WorkspaceMemory(Path root, Executor callbacks, TaskRunner tasks) {
        this.root = root;
        this.callbacks = callbacks;
        this.lane = tasks.lane("triptych-memory " + root.getFileName(), true);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public State state() {
        return state;
    }

    /** Glossary terms become placeables of the score from now on. */
    public void useGlossary(TermIndex index) {
        glossary = index;
    }

    /**
     * Starts indexing, on the memory's lane: the other documents {@code documents} (the open one is skipped), the
     * TMX files of {@code tm/}, and {@code open}'s paragraphs (may be null). Completes when the memory is ready.
     */
    public CompletableFuture<Void> build(List<Path> documents, Document open) {
        return CompletableFuture.runAsync(() -> {
            if (memory == null) {
                memory = new TranslationMemory();
            }
            List<String> problems = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void step(int done, int total) {
                    state = new State(false, done, total, problems);
                    changed();
                }

                @Override
                public boolean isCancelled() {
                    return closed;
                }
            };
            try {
                fill(memory, root, documents, open, progress, (file, e) -> problems.add(message(file, e)));
                state = new State(true, state.total(), state.total(), problems);
            } catch (CancellationException e) {
                state = new State(false, state.done(), state.total(), problems);
            }
            changed();
        }, lane);
    }

    /** A paragraph of the open document {@code document} changed: its units are replaced, on the lane. */
    public void paragraphChanged(Path document, Paragraph after, List<String> targets) {
        submit(() -> {
            MemoryEntry.Origin origin = origin(document, after.id(), System.currentTimeMillis());
            memory.replaceUnit(origin, MemoryUnits.of(after, targets, origin));
            changed();
        });
    }

    /** The open document was replaced (reloaded from disk): its units are read again, on the lane. */
    public void documentReplaced(Document now) {
        submit(() -> {
            memory.removeSource(now.path().toString());
            memory.add(units(now, System.currentTimeMillis(), Progress.NONE, 0, 0));
            memory.refresh();
            changed();
        });
    }

    private void submit(Runnable job) {
        if (!closed) {
            try {
                lane.execute(() -> {
                    if (memory != null) {
                        job.run();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed meanwhile: the memory is going away
            }
        }
    }

    /**
     * The matches of each sentence of {@code paragraph} of {@code document} (its own units left out), at least
     * {@code minScore}, at most {@code limit} per sentence.
     */
    public Suggestions suggest(Path document, Paragraph paragraph, int minScore, int limit) {
        TranslationMemory built = memory;
        if (built == null) {
            return new Suggestions(paragraph.id(), List.of(), List.of());
        }
        return suggest(built, glossary, document, paragraph, minScore, limit);
    }

    /**
     * The matches in {@code memory} of each sentence of {@code paragraph}, leaving out the paragraph's own units when
     * it belongs to {@code document} (may be null); terms of {@code glossary} (may be null) are placeables.
     */
    public static Suggestions suggest(TranslationMemory memory, TermIndex glossary, Path document, Paragraph paragraph,
                                      int minScore, int limit) {
        MemoryEntry.Origin self = document == null ? null : origin(document, paragraph.id(), 0);
        List<SentenceMatches> sentences = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.split(paragraph.source(), "en")) {
            sentences.add(new SentenceMatches(sentence, memory.lookup(sentence.text(), glossary, minScore, limit, self)));
        }
        List<TranslationMemory.Match> whole = sentences.size() > 1
                ? memory.lookup(paragraph.source().strip(), glossary, minScore, limit, self) : List.of();
        return new Suggestions(paragraph.id(), sentences, whole);
    }

    /** The units holding {@code phrase} in any number (see {@link TranslationMemory#concordance}). */
    public List<TranslationMemory.Hit> concordance(String phrase, int limit) {
        TranslationMemory built = memory;
        return built == null ? List.of() : built.concordance(phrase, limit);
    }

    /** One line naming the file (and the line, for a malformed file) and what is wrong. */
    public static String message(Path file, IOException e) {
        return e instanceof org.triptych.io.BadFileException ? e.getMessage() : file + ": " + org.triptych.io.IoErrors.reason(e, file);
    }

    private static MemoryEntry.Origin origin(Path document, String paragraphId, long modified) {
        return new MemoryEntry.Origin(MemoryEntry.Kind.DOCUMENT, document.toString(), nameOf(document), paragraphId, modified);
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Receives a file that could not be read; the others are read all the same. */
    @FunctionalInterface
    public interface Problems {
        void unreadable(Path file, IOException cause);
    }

    /**
     * Fills {@code memory} from a workspace on the calling thread (the command line, benchmarks): the documents
     * {@code documents} but {@code open}'s file, then {@code tm/*.tmx}, then {@code open} (may be null). A file that
     * cannot be read goes to {@code problems} and is left out.
     */
    public static void fill(TranslationMemory memory, Path root, List<Path> documents, Document open, Progress progress,
                            Problems problems) {
        List<Document> read = new ArrayList<>();
        List<Long> modified = new ArrayList<>();
        for (Path file : documents) {
            if (open != null && file.toAbsolutePath().normalize().equals(open.path().toAbsolutePath().normalize())) {
                continue;
            }
            try {
                read.add(DocumentCodec.read(file));
                modified.add(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                problems.unreadable(file, e);
            }
        }
        List<String> targets = new ArrayList<>();
        read.forEach(d -> d.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add));
        if (open != null) {
            open.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
        }
        List<ExchangeFile> tmx = new ArrayList<>();
        List<Long> tmxModified = new ArrayList<>();
        for (Path file : tmxFiles(root)) {
            try {
                tmx.add(TmxCodec.read(file));
                tmxModified.add(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                problems.unreadable(file, e);
            }
        }
        int total = read.stream().mapToInt(d -> d.paragraphs().size()).sum()
                + tmx.stream().mapToInt(f -> f.units().size()).sum()
                + (open == null ? 0 : open.paragraphs().size());
        int done = 0;
        for (int i = 0; i < read.size(); i++) {
            memory.add(units(read.get(i), modified.get(i), progress, done, total));
            done += read.get(i).paragraphs().size();
        }
        for (int i = 0; i < tmx.size(); i++) {
            ExchangeFile file = tmx.get(i);
            for (TranslationUnit unit : file.units()) {
                MemoryEntry.Origin origin = new MemoryEntry.Origin(MemoryEntry.Kind.TMX, file.file().toString(),
                        file.file().getFileName().toString(), unit.id().isEmpty() ? "line " + unit.line() : unit.id(),
                        tmxModified.get(i));
                memory.add(MemoryUnits.of(unit, file.sourceLang(), targets, origin));
                if (++done % 500 == 0) {
                    progress.advance(done, total);
                }
            }
        }
        if (open != null) {
            memory.add(units(open, System.currentTimeMillis(), progress, done, total));
        }
        memory.refresh();
        progress.advance(total, total);
    }

    private static List<MemoryEntry> units(Document document, long modified, Progress progress, int before, int total) {
        List<MemoryEntry> units = new ArrayList<>();
        int done = before;
        for (Paragraph p : document.paragraphs()) {
            units.addAll(MemoryUnits.of(p, document.targets(), origin(document.path(), p.id(), modified)));
            if (++done % 500 == 0) {
                progress.advance(done, total);
            }
        }
        return units;
    }

    /** The TMX files of the workspace's {@code tm/} folder, in name order; none when it has no such folder. */
    public static List<Path> tmxFiles(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void changed() {
        if (listeners.isEmpty() || !notifyQueued.compareAndSet(false, true)) {
            return;
        }
        callbacks.execute(() -> {
            notifyQueued.set(false);
            listeners.forEach(Listener::changed);
        });
    }

    /** Stops building and updating; the index is let go once the lane is done. */
    @Override
    public void close() {
        closed = true;
        lane.execute(() -> {
            if (memory != null) {
                memory.close();
            }
        });
        lane.shutdown();
    }
}
