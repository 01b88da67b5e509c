package org.triptych.ui;

import org.triptych.check.Terminology;
import org.triptych.io.BadFileException;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.session.GlossaryService;
import org.triptych.session.WorkspaceSession;
import org.triptych.sync.GlossaryMerge;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.session.ConflictDialog;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The window's side of the workspace's glossaries: hands edits and imports to the session's {@link GlossaryService}
 * (which saves, merges with the disk and rebuilds the engine) and shows what it reports. Public methods: EDT only.
 */
final class GlossaryController {

    /** What the controller changes in the window; called on the EDT. */
    interface Window {
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
    private final Supplier<WorkspaceSession> session;
    /** The glossaries the window shows (an edit is based on them); empty until the workspace's arrive. */
    private List<Glossary> shown = List.of();

    GlossaryController(Window window, Supplier<WorkspaceSession> session) {
        this.window = window;
        this.session = session;
    }

    /** The glossaries the window shows. */
    List<Glossary> shown() {
        return shown;
    }

    /** What the session's glossary service should report to for {@code owner}; reports of a session no longer open are dropped. */
    GlossaryService.Listener<Terminology> listenerFor(Supplier<WorkspaceSession> owner) {
        return new Events(owner);
    }

    /** A newly opened workspace: nothing shown until its glossaries arrive. */
    void reset() {
        shown = List.of();
    }

    /** Takes a glossary changed in the glossary editor: saved, re-highlighted and re-checked. */
    void changed(Glossary changed) {
        Edt.mustBeEdt();
        WorkspaceSession current = session.get();
        if (current == null) {
            return;
        }
        Glossary basedOn = shown.stream().filter(g -> g.path().equals(changed.path())).findFirst().orElse(null);
        showEdited(changed);
        current.glossaryService().edit(basedOn, changed);
    }

    /** Adds a concept to {@code target} (a workspace glossary, or a new one saved with its first concept). */
    void addConcept(Glossary target, Concept concept) {
        Edt.mustBeEdt();
        WorkspaceSession current = session.get();
        if (current == null) {
            return;
        }
        Glossary now = shown.stream().filter(g -> g.path().equals(target.path())).findFirst().orElse(target);
        showEdited(now.withConcept(concept));
        current.glossaryService().addConcept(target, concept);
    }

    /** The edit shows at once, before the service reports it. */
    private void showEdited(Glossary edited) {
        List<Glossary> glossaries = new ArrayList<>(shown);
        glossaries.removeIf(g -> g.path().equals(edited.path()));
        glossaries.add(edited);
        glossaries.sort((a, b) -> a.path().compareTo(b.path()));
        shown = List.copyOf(glossaries);
        window.edited(shown);
    }

    /**
     * Runs {@code work}, which writes glossary files (an import), after the edits already on their way to disk
     * and before later ones; then the glossaries are taken in at once, merged with edits made meanwhile, and
     * {@code message} of the result is said. The future completes off the EDT.
     */
    <T> CompletableFuture<T> changeOnDisk(Callable<T> work, Function<T, String> message) {
        Edt.mustBeEdt();
        return session.get().glossaryService().changeOnDisk(work).thenApply(value -> {
            String said = message.apply(value);
            SwingUtilities.invokeLater(() -> window.say(said));
            return value;
        });
    }

    /** What one session's service reports, on the EDT; reports of a workspace no longer open are dropped. */
    private final class Events implements GlossaryService.Listener<Terminology> {

        private final Supplier<WorkspaceSession> reporter;

        Events(Supplier<WorkspaceSession> reporter) {
            this.reporter = reporter;
        }

        private boolean current() {
            return reporter.get() != null && reporter.get() == session.get();
        }

        @Override
        public void glossariesChanged(List<Glossary> glossaries) {
            if (current()) {
                window.commitEdit(); // before the editor's content is replaced, so the edit is not lost
                shown = List.copyOf(glossaries);
                window.edited(shown);
            }
        }

        @Override
        public void engineReady(List<Glossary> glossaries, Terminology terminology) {
            if (current()) {
                window.commitEdit();
                shown = List.copyOf(glossaries);
                window.install(shown, terminology);
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
