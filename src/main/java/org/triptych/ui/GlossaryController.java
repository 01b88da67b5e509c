package org.triptych.ui;

import org.triptych.io.BadFileException;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.session.GlossaryService;
import org.triptych.sync.GlossaryMerge;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.session.ConflictDialog;
import org.triptych.session.DocumentSync;
import org.triptych.check.Terminology;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The window's side of the workspace's glossaries: hands edits and imports to the core {@link GlossaryService}
 * (which saves, merges with the disk and rebuilds the engine) and shows what it reports. Public methods: EDT only.
 */
final class GlossaryController {

    /** What the controller changes in the window; called on the EDT. */
    interface Window {
        Opened opened();

        /** Ends an edit in progress in the glossary editor, handing it to {@link #changed} on the version it was typed in. */
        void commitEdit();

        /** The glossaries as now edited, before their engine is built (so the next edit builds on them). */
        void edited(List<Glossary> glossaries);

        /** Installs new glossaries and their engine: re-highlight, re-check, refresh the Glossary panel. */
        void install(List<Glossary> glossaries, Terminology terminology);

        void say(String message);

        Messages messages();

        /** The owner for the conflict dialog, or null when there is no window. */
        java.awt.Window owner();
    }

    private final Window window;
    private final Function<List<Concept>, Terminology> engine;
    private GlossaryService<Terminology> service;

    GlossaryController(Window window, Function<List<Concept>, Terminology> engine) {
        this.window = window;
        this.engine = engine;
    }

    /** Starts on the glossaries of a newly opened workspace; they arrive with {@link #loaded}. */
    void watch(Path root) {
        Edt.mustBeEdt();
        if (service != null) {
            service.closeAsync();
        }
        Events events = new Events();
        service = new GlossaryService<>(root, engine, SwingUtilities::invokeLater, events);
        events.reporter = service;
    }

    /** Installs the glossaries read when the workspace opened (they arrive after the document) and watches their files. */
    void loaded(Opened.Glossaries loaded) {
        Edt.mustBeEdt();
        service.install(loaded.glossaries(), loaded.terminology());
        service.pollEvery(Duration.ofMillis(DocumentSync.POLL_MS * 2L));
    }

    /** Takes a glossary changed in the glossary editor: saved, re-highlighted and re-checked. */
    void changed(Glossary changed) {
        Edt.mustBeEdt();
        Opened opened = window.opened();
        if (opened == null || service == null) {
            return;
        }
        Glossary basedOn = opened.glossaries().stream().filter(g -> g.path().equals(changed.path())).findFirst().orElse(null);
        showEdited(opened, changed);
        service.edit(basedOn, changed);
    }

    /** Adds a concept to {@code target} (a workspace glossary, or a new one saved with its first concept). */
    void addConcept(Glossary target, Concept concept) {
        Edt.mustBeEdt();
        Opened opened = window.opened();
        if (opened == null || service == null) {
            return;
        }
        Glossary current = opened.glossaries().stream().filter(g -> g.path().equals(target.path())).findFirst().orElse(target);
        showEdited(opened, current.withConcept(concept));
        service.addConcept(target, concept);
    }

    /** The edit shows at once, before the service reports it. */
    private void showEdited(Opened opened, Glossary edited) {
        List<Glossary> glossaries = new ArrayList<>(opened.glossaries());
        glossaries.removeIf(g -> g.path().equals(edited.path()));
        glossaries.add(edited);
        glossaries.sort((a, b) -> a.path().compareTo(b.path()));
        window.edited(glossaries);
    }

    /**
     * Runs {@code work}, which writes glossary files (an import), after the edits already on their way to disk
     * and before later ones; then the glossaries are taken in at once, merged with edits made meanwhile, and
     * {@code message} of the result is said. The future completes off the EDT.
     */
    <T> CompletableFuture<T> changeOnDisk(Callable<T> work, Function<T, String> message) {
        Edt.mustBeEdt();
        return service.changeOnDisk(work).thenApply(value -> {
            String said = message.apply(value);
            SwingUtilities.invokeLater(() -> window.say(said));
            return value;
        });
    }

    void dispose() {
        if (service != null) {
            service.closeAsync();
        }
    }

    /** What one service reports, on the EDT; reports of a workspace no longer open are dropped. */
    private final class Events implements GlossaryService.Listener<Terminology> {

        private GlossaryService<Terminology> reporter;

        private boolean current() {
            return reporter == service && window.opened() != null;
        }

        @Override
        public void glossariesChanged(List<Glossary> glossaries) {
            if (current()) {
                window.commitEdit(); // before the editor's content is replaced, so the edit is not lost
                window.edited(glossaries);
            }
        }

        @Override
        public void engineReady(List<Glossary> glossaries, Terminology terminology) {
            if (current()) {
                window.commitEdit();
                window.install(glossaries, terminology);
            }
        }

        @Override
        public void saved(Path file) {
            if (current()) {
                window.say(window.messages().format("glossary.saved", file.getFileName()));
            }
        }

        @Override
        public void mergedFromDisk(List<Path> files) {
            if (current()) {
                window.say(window.messages().format("glossary.reloaded", files.size()));
            }
        }

        @Override
        public void problem(Path file, Exception cause) {
            if (current()) {
                window.say(cause instanceof BadFileException ? cause.getMessage()
                        : window.messages().format("error.save", file.getFileName(), String.valueOf(cause.getMessage())));
            }
        }

        @Override
        public void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve) {
            // Settled even for a workspace no longer open: the service waits for the answer to save the file.
            ConflictDialog.ask(current() ? window.owner() : null, window.messages(), result, resolve);
        }
    }
}
