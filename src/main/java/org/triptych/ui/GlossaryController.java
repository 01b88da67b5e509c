package org.triptych.ui;

import org.triptych.sync.FolderWatch;

import org.triptych.io.GlossaryCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.ui.session.DocumentSession;
import org.triptych.check.Terminology;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Keeps the workspace's glossaries, their files and the terminology engine in step: a glossary changed in
 * the editor is saved atomically and a new engine built; a glossary file changed by another program is
 * reloaded. Saving, reading and building run on one glossary thread, in order; only the newest engine is
 * installed. Public methods: EDT only.
 */
final class GlossaryController {

    /** What the controller changes in the window; called on the EDT. */
    interface Window {
        Opened opened();

        /** The glossaries as just edited, before their engine is built (so the next edit builds on them). */
        void edited(List<Glossary> glossaries);

        /** Installs new glossaries and their engine: re-highlight, re-check, refresh the Glossary panel. */
        void install(List<Glossary> glossaries, Terminology terminology, String message);

        void say(String message);

        org.triptych.ui.i18n.Messages messages();
    }

    private final Window window;
    private final Function<List<Concept>, Terminology> engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-glossary");
        t.setDaemon(true);
        return t;
    });
    /** Numbers glossary versions; only the newest one's engine is installed. Any thread. */
    private final AtomicLong version = new AtomicLong();
    private final Timer poll;
    private volatile FolderWatch watch;

    GlossaryController(Window window, Function<List<Concept>, Terminology> engine) {
        this.window = window;
        this.engine = engine;
        this.poll = new Timer(DocumentSession.POLL_MS * 2, e -> pollFolder());
    }

    /** Takes a changed glossary: saves its CSV atomically, rebuilds the engine, re-highlights and re-checks. */
    void changed(Glossary changed) {
        Edt.mustBeEdt();
        Opened opened = window.opened();
        if (opened == null) {
            return;
        }
        List<Glossary> glossaries = new ArrayList<>(opened.glossaries());
        int index = -1;
        for (int i = 0; i < glossaries.size(); i++) {
            if (glossaries.get(i).path().equals(changed.path())) {
                index = i;
            }
        }
        if (index >= 0) {
            glossaries.set(index, changed);
        } else {
            glossaries.add(changed);
        }
        window.edited(glossaries);
        long request = version.incrementAndGet();
        FolderWatch folder = watch;
        String saved = window.messages().format("glossary.saved", changed.path().getFileName());
        worker.execute(() -> {
            try {
                GlossaryCodec.save(changed);
                if (folder != null) {
                    folder.remember(); // our own write is not a change made by another program
                }
            } catch (IOException | RuntimeException e) {
                String message = window.messages().format("error.save", changed.path().getFileName(), e.getMessage());
                SwingUtilities.invokeLater(() -> window.say(message));
            }
            buildAndInstall(request, glossaries, saved);
        });
    }

    /**
     * Runs {@code work}, which writes glossary files (an import), on the glossary thread: after the edits
     * already on their way to disk and before later ones. Then reads the glossaries again at once and installs
     * them with their new engine, saying {@code message} of the result. The future completes off the EDT once
     * the new glossaries were handed to the EDT.
     */
    <T> CompletableFuture<T> changeOnDisk(Callable<T> work, Function<T, String> message) {
        Edt.mustBeEdt();
        Path root = window.opened().root();
        FolderWatch folder = watch;
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    T value = work.call();
                    if (folder != null) {
                        folder.remember(); // our own write: no second reload from the poll
                    }
                    long request = version.incrementAndGet();
                    buildAndInstall(request, WorkspaceStore.readGlossaries(root), message.apply(value));
                    result.complete(value);
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the window is closing", e));
        }
        return result;
    }

    /** Installs the glossaries read when the workspace opened (they arrive after the document). */
    void loaded(Opened.Glossaries loaded) {
        Edt.mustBeEdt();
        version.incrementAndGet();
        window.install(loaded.glossaries(), loaded.terminology(), "");
    }

    /** Starts watching the glossaries folder of a newly opened workspace. */
    void watch(Path root) {
        Edt.mustBeEdt();
        poll.stop();
        FolderWatch folder = new FolderWatch(root.resolve(Workspace.GLOSSARIES));
        watch = folder;
        worker.execute(folder::remember);
        poll.start();
    }

    private void pollFolder() {
        Opened opened = window.opened();
        if (opened != null) {
            Path root = opened.root();
            FolderWatch folder = watch;
            worker.execute(() -> reloadIfChanged(root, folder));
        }
    }

    /** On the glossary thread: reloads the glossaries when their files changed on disk. */
    private void reloadIfChanged(Path root, FolderWatch folder) {
        if (folder != watch || !folder.changed()) {
            return;
        }
        long request = version.incrementAndGet();
        try {
            List<Glossary> glossaries = WorkspaceStore.readGlossaries(root);
            buildAndInstall(request, glossaries, window.messages().format("glossary.reloaded", glossaries.size()));
        } catch (IOException | RuntimeException e) {
            // A half-written or broken glossary: keep the one loaded, say why, look again on the next change.
            SwingUtilities.invokeLater(() -> window.say(e.getMessage()));
        }
    }

    /** On the glossary thread: builds the engine for the glossaries and installs it if still the newest. */
    private void buildAndInstall(long request, List<Glossary> glossaries, String message) {
        if (request != version.get()) {
            return; // a newer glossary is already on its way
        }
        Terminology terminology = engine.apply(glossaries.stream().flatMap(g -> g.concepts().stream()).toList());
        SwingUtilities.invokeLater(() -> {
            if (request == version.get() && window.opened() != null) {
                window.install(glossaries, terminology, message);
            }
        });
    }

    void dispose() {
        poll.stop();
        worker.shutdown();
    }
}
