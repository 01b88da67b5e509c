package org.triptych.ui;

import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.session.DocumentEditor;
import org.triptych.session.DocumentSync;
import org.triptych.session.SaveProblem;
import org.triptych.session.WorkspaceSession;
import org.triptych.sync.ThreeWayMerge;
import org.triptych.task.TaskRunner;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.findings.IssuesController;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.session.ConflictDialog;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The window's side of the open workspace: opens workspaces and documents (read off the EDT, the current one saved
 * first), switches between them, saves on demand, hears what the document's disk sync reports, and closes the
 * window once everything is saved. Publishes the open session through the {@link WorkbenchState}, which the rest of
 * the window follows. EDT only.
 */
final class SessionController {

    /** What closing asks of the rest of the window once everything is saved. */
    interface Closer {
        /** Releases the window's dialogs and closes it for good. */
        void closeWindow();
    }

    private final WorkbenchState state;
    private final UiSettings settings;
    private final Function<List<Concept>, Terminology> engine;
    private final TaskRunner tasks;
    private final ParagraphTableModel model;
    private final EditorTable table;
    private final EditorController editor;
    private final IssuesController issues;
    private final GlossaryFeature glossary;
    private final StatusController status;
    private final LastParagraph lastParagraph;
    private final Supplier<Window> owner;
    private final Runnable menusChanged;
    private final BiConsumer<String, Throwable> showError;
    private final Closer closer;

    /** The open workspace: its document's editor and disk sync, glossaries and live check; null before the first open and while switching. */
    private WorkspaceSession workspace;
    private CompletableFuture<Boolean> closing;
    private TaskRunner.Task<WorkspaceSession.Contents> opening;
    private long loadCount;

    SessionController(WorkbenchState state, UiSettings settings, Function<List<Concept>, Terminology> engine, TaskRunner tasks,
                      ParagraphTableModel model, EditorTable table, EditorController editor, IssuesController issues,
                      GlossaryFeature glossary, StatusController status, LastParagraph lastParagraph, Supplier<Window> owner,
                      Runnable menusChanged, BiConsumer<String, Throwable> showError, Closer closer) {
        this.state = state;
        this.settings = settings;
        this.engine = engine;
        this.tasks = tasks;
        this.model = model;
        this.table = table;
        this.editor = editor;
        this.issues = issues;
        this.glossary = glossary;
        this.status = status;
        this.lastParagraph = lastParagraph;
        this.owner = owner;
        this.menusChanged = menusChanged;
        this.showError = showError;
        this.closer = closer;
    }

    /** A document with no paragraphs, shown before the first open and for a workspace without a document. */
    static Document emptyDocument(Path root) {
        return new Document(root.resolve("translations").resolve("untitled.csv"), List.of("id", "en"), List.of(), List.of());
    }

    private Messages messages() {
        return state.messages();
    }

    /** The disk sync of the open document, or null when none is open. */
    DocumentSync sync() {
        return workspace == null ? null : workspace.sync();
    }

    boolean unsaved() {
        return workspace != null && workspace.unsaved();
    }

    /**
     * Opens {@code path}, taking a load already under way when {@code started} is given (the launcher
     * starts reading before the window exists). The document is shown as soon as it is read; the
     * glossaries follow when their engine is built.
     */
    void open(Path path, WorkspaceSession.Loading started) {
        Edt.mustBeEdt();
        if (opening != null) {
            opening.cancel();
            opening = null;
        }
        stopEditing();
        if (workspace == null) {
            startOpening(path, started);
            return;
        }
        // The open document is saved first, off the EDT; it takes no edits meanwhile.
        WorkspaceSession current = workspace;
        status.showInPlaceOfSaved(messages().format("status.opening", path.getFileName() == null ? path : path.getFileName()));
        current.closeAsync().thenAccept(closed -> SwingUtilities.invokeLater(() -> {
            if (workspace != current) {
                return; // another open or a close got there first
            }
            if (closed) {
                workspace = null;
                state.setSession(null);
                startOpening(path, started);
            } else {
                status.update(); // the failure is in the status bar and saving is retried; the document stays open
            }
        }));
    }

    private void startOpening(Path path, WorkspaceSession.Loading started) {
        Messages messages = messages();
        Object name = path.getFileName() == null ? path : path.getFileName();
        WorkspaceSession.Loading startedOrNew = started;
        if (startedOrNew == null) {
            // The document first, then the glossaries, on one lane: the document shows before the engine is built.
            ScheduledExecutorService reading = tasks.lane("triptych-open " + name, true);
            startedOrNew = WorkspaceSession.start(path, engine, reading);
            reading.shutdown();
        }
        WorkspaceSession.Loading loading = startedOrNew;
        long load = ++loadCount;
        status.showInPlaceOfSaved(messages.format("status.opening", name));
        ProgressDialog progress = new ProgressDialog(owner.get(), messages.get("app.title"),
                messages.format("status.opening", name), messages.get("issues.cancel"));
        TaskRunner.Task<WorkspaceSession.Contents> task = tasks.submit(messages.format("status.opening", name),
                p -> WorkspaceSession.await(loading.contents()));
        opening = task;
        // Cancel takes effect at once for the window: what is read later is dropped.
        progress.onCancel(() -> {
            task.cancel();
            if (opening == task) {
                opening = null;
                progress.close();
                status.update();
            }
        });
        task.result().whenComplete((contents, failure) -> SwingUtilities.invokeLater(() -> {
            progress.close();
            if (opening != task) {
                return;
            }
            opening = null;
            if (failure != null) {
                showError.accept(messages().format("error.open", path), BackgroundTask.unwrap(failure));
                status.update();
                return;
            }
            install(contents, null);
            settings.addRecent(path);
            menusChanged.run();
            loading.glossaries().whenComplete((glossaries, problem) -> SwingUtilities.invokeLater(() -> {
                if (load != loadCount) {
                    return; // another workspace was opened meanwhile
                }
                if (problem != null) {
                    showError.accept(messages().format("error.open", path), BackgroundTask.unwrap(problem));
                } else if (workspace != null) {
                    workspace.glossariesLoaded(glossaries);
                }
            }));
        }));
        progress.showAfterDelay();
    }

    /**
     * Opens what was read in a new session and shows it. The glossaries follow with
     * {@link WorkspaceSession#glossariesLoaded} when {@code glossaries} is null.
     */
    void install(WorkspaceSession.Contents contents, WorkspaceSession.Glossaries glossaries) {
        Edt.mustBeEdt();
        stopEditing();
        if (workspace != null) {
            workspace.closeAsync(); // normally closed before loading; saved off the EDT all the same
            workspace = null;
            state.setSession(null);
        }
        AtomicReference<WorkspaceSession> self = new AtomicReference<>();
        WorkspaceSession session = new WorkspaceSession(contents, engine, SwingUtilities::invokeLater,
                new WorkspaceSession.Listeners(new SessionEvents(), glossary.listenerFor(self::get),
                        issues.listener(() -> self.get() != null && self.get() == workspace)), tasks);
        self.set(session);
        Document document = contents.document() == null ? emptyDocument(contents.root()) : contents.document();
        editor.setCurrentLang(document.targets().isEmpty() ? null : document.targets().get(0));
        table.setIssues(issues::issues, issues::message);
        DocumentEditor documentEditor = session.editor() != null ? session.editor() : new DocumentEditor(document);
        int resume = lastParagraph.rowToOpen(documentEditor); // read before the table's selection moves
        model.setEditor(documentEditor);
        workspace = session;
        issues.show(session.check());
        status.documentOpened(document);
        state.setSession(session); // the window follows: table or "no document", title, Glossary panel, menus
        editor.goTo(resume);
        if (glossaries != null) {
            session.glossariesLoaded(glossaries);
        }
    }

    private void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    /** Offers a document just created in the workspace in File > Documents. */
    void documentAdded(Path file) {
        if (workspace != null && workspace.documentAdded(file)) {
            menusChanged.run();
        }
    }

    void save() {
        if (sync() != null) {
            if (table.isEditing()) {
                model.editor().seal();
            }
            sync().saveNow();
        }
    }

    /** What the document session reports; all on the EDT. */
    private final class SessionEvents implements DocumentSync.Listener {
        @Override
        public void savedStateChanged() {
            state.fire(); // the title and the status bar show it
        }

        @Override
        public void saved() {
            status.saved();
        }

        @Override
        public void saveFailed(SaveProblem problem) {
            status.saveFailed(problem);
        }

        @Override
        public void readFailed(Exception cause) {
            state.say(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }

        @Override
        public void conflicts(ThreeWayMerge.Result result, Consumer<Document> resolved) {
            int row = editor.currentRow();
            stopEditing();
            ConflictDialog.ask(owner.get(), messages(), result, resolved);
            editor.goTo(row); // back to where the translator was, with the settled text
        }

        @Override
        public void mergedFromDisk(int paragraphsChanged) {
            if (paragraphsChanged > 0) {
                state.say(messages().format("status.merged", paragraphsChanged));
            }
        }
    }

    /**
     * Saves everything (off the EDT) and closes the window; when saving fails the user chooses between keeping
     * the window open (the default: nothing is lost, saving is retried) and closing anyway. Completes on the
     * EDT with true once closed.
     */
    CompletableFuture<Boolean> close() {
        Edt.mustBeEdt();
        if (closing != null) {
            return closing;
        }
        stopEditing();
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        closing = result;
        WorkspaceSession current = workspace;
        CompletableFuture<Boolean> saved = current == null ? CompletableFuture.completedFuture(true) : current.closeAsync();
        saved.thenAccept(ok -> SwingUtilities.invokeLater(() -> {
            if (!ok) {
                Messages messages = messages();
                Object[] options = {messages.get("close.keepOpen"), messages.get("close.discard")};
                int choice = owner.get() == null ? 0 : JOptionPane.showOptionDialog(owner.get(),
                        messages.format("close.failed", current.sync().file().getFileName()), messages.get("app.title"),
                        JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
                if (choice != 1) {
                    closing = null;
                    status.update();
                    result.complete(false);
                    return;
                }
                current.abandon();
            }
            workspace = null;
            state.setSession(null);
            closer.closeWindow();
            result.complete(true);
        }));
        return result;
    }
}
