package org.triptych.ui;

import org.triptych.sync.ThreeWayMerge;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.util.UIScale;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Paragraph;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.FindReplaceDialog;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.findings.IssueNavigator;
import org.triptych.ui.findings.IssuesController;
import org.triptych.ui.i18n.FileChooserTexts;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.session.ConflictDialog;
import org.triptych.session.DocumentEditor;
import org.triptych.session.DocumentSync;
import org.triptych.session.SaveProblem;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.check.Terminology;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Drives the workbench: opens workspaces and documents (off the EDT), wires the paragraph table to saving,
 * the live check, the Glossary panel and the status bar, and carries out the menu commands. One per
 * window; no static state. Public methods: EDT only.
 */
public final class WorkbenchController {

    /** What the controller needs from its window (the screenshot renders without one). */
    public interface Host {
        /** The owner for dialogs, or null when there is no window. */
        Window window();

        void setTitle(String title);

        /** Installs a new menu bar (after a language change too). */
        void setMenuBar(javax.swing.JMenuBar bar);

        /** Closes the window for good (after everything is saved). */
        void dispose();
    }

    private final Host host;
    private final UiSettings settings;
    private final Fonts fonts;
    private final Function<List<Concept>, Terminology> engine;
    private final ParagraphTableModel model;
    private final EditorTable table;
    private final WorkbenchView view;
    private final IssuesController issues;
    private final FeatureRegistry features;
    private final TaskRunner tasks;
    private final WorkbenchState state;
    private final TermsController terms;
    private final EditorController editor;
    private final IssueNavigator issueSteps;
    private final LastParagraph lastParagraph;
    private final GlossaryFeature glossary;
    private final ExchangeController exchange;

    private Messages messages;
    /** The open workspace: its document's editor and disk sync, glossaries and live check; null before the first open and while switching. */
    private WorkspaceSession workspace;
    private final StatusController status;
    private CompletableFuture<Boolean> closing;
    private TaskRunner.Task<WorkspaceSession.Contents> opening;
    private FindReplaceDialog findDialog;
    private long loadCount;
    public WorkbenchController(Host host, UiSettings settings, Fonts fonts, Function<List<Concept>, Terminology> engine) {
        this(host, settings, fonts, engine, new TaskRunner());
    }

    /** A controller whose background work runs on {@code tasks} (shown in the status bar, cancelled there). */
    public WorkbenchController(Host host, UiSettings settings, Fonts fonts, Function<List<Concept>, Terminology> engine,
                               TaskRunner tasks) {
        Edt.mustBeEdt();
        this.tasks = tasks;
        this.host = host;
        this.settings = settings;
        this.fonts = fonts;
        this.engine = engine;
        this.messages = Messages.of(settings.language());
        this.model = new ParagraphTableModel(new DocumentEditor(emptyDocument(Path.of("").toAbsolutePath())));
        this.table = new EditorTable(model);
        this.view = new WorkbenchView(table);
        this.issues = new IssuesController(view.issues(), () -> messages, this::findingsChanged, this::say);
        this.state = new WorkbenchState(messages);
        this.features = new FeatureRegistry(state);
        this.terms = new TermsController(view.terms(), model, table, () -> workspace, () -> messages,
                tasks.lane("triptych-terms", true));
        this.status = new StatusController(view.status(), model, state, tasks);
        this.editor = new EditorController(model, table, terms::currentConcepts,
                lang -> say(messages.format("status.allTranslated", nativeName(lang))));
        this.issueSteps = new IssueNavigator(issues, editor, table, model);
        this.lastParagraph = new LastParagraph(settings, table, model);
        this.glossary = new GlossaryFeature(state, editor, table, model, terms, view.terms(), host::window);
        this.exchange = new ExchangeController(new ExchangeController.Window() {
            @Override
            public WorkspaceSession workspace() {
                return workspace;
            }

            @Override
            public Messages messages() {
                return messages;
            }

            @Override
            public Window owner() {
                return host.window();
            }

            @Override
            public ParagraphTableModel model() {
                return model;
            }

            @Override
            public void save() {
                WorkbenchController.this.save();
            }

            @Override
            public void say(String message) {
                WorkbenchController.this.say(message);
            }

            @Override
            public void showError(String message, Throwable cause) {
                WorkbenchController.this.showError(message, cause);
            }

            @Override
            public void documentAdded(Path file) {
                WorkbenchController.this.documentAdded(file);
            }

            @Override
            public TaskRunner tasks() {
                return tasks;
            }

            @Override
            public <T> CompletableFuture<T> changeGlossariesOnDisk(Callable<T> work, Function<T, String> message) {
                return glossary.changeOnDisk(work, message);
            }
        });
        features.onChange(this::featuresChanged);
        state.addListener(s -> features.updateEnabled());
        for (Feature feature : List.of(
                new FileFeature(state, settings, host::window, this::open, this::save, this::close),
                new EditorFeature(editor, model::editor, this::find, host::window),
                glossary,
                new FindingsFeature(view.issues(), issueSteps),
                new ExchangeFeature(exchange, state),
                new ViewFeature(settings, this::changeTextSize, this::setDark, this::setLanguage))) {
            features.install(feature);
        }
        model.setColumnNames(WorkbenchController::nativeName);
        applyTextSize();
        wireTable();
        issues.onSelect(editor::jumpTo);
        relabel();
    }

    private static Document emptyDocument(Path root) {
        return new Document(root.resolve("translations").resolve("untitled.csv"), List.of("id", "en"), List.of(), List.of());
    }

    /** A language's own name: English, 한국어, Українська. */
    static String nativeName(String tag) {
        return Messages.nativeName(Locale.forLanguageTag(tag));
    }

    public WorkbenchView view() {
        return view;
    }

    public Messages messages() {
        return messages;
    }

    ParagraphTableModel model() {
        return model;
    }

    EditorTable table() {
        return table;
    }

    /** The open workspace's session, or null before the first open and while switching. */
    WorkspaceSession workspace() {
        return workspace;
    }

    /** The glossaries the window shows (empty until they arrive). */
    List<Glossary> shownGlossaries() {
        return glossary.shown();
    }

    /** Every concept of the glossaries the window shows. */
    List<Concept> shownConcepts() {
        return glossary.shown().stream().flatMap(g -> g.concepts().stream()).toList();
    }

    /** The registry the window's menus, key strokes and panels are built from; a feature installed later shows at once. */
    public FeatureRegistry features() {
        return features;
    }

    /** The background work of the window. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** What the window shows, observable by features. */
    public WorkbenchState state() {
        return state;
    }

    /** Rebuilds the menus, binds the key strokes and lays out the panels the features registered. */
    private void featuresChanged() {
        rebuildMenus();
        features.installKeys(table);
        features.installKeys(table.editorArea());
        features.installKeys(table.sourceArea());
        view.setPanels(features.panels().stream().map(FeatureRegistry.Panel::component).toList());
    }

    private void rebuildMenus() {
        host.setMenuBar(features.menuBar(messages));
    }

    // ---- opening --------------------------------------------------------------------------------------

    /** Opens a workspace folder or a document in the background; the current one is saved first. */
    public void open(Path path) {
        open(path, null);
    }

    /**
     * Opens {@code path}, taking a load already under way when {@code started} is given (the launcher
     * starts reading before the window exists). The document is shown as soon as it is read; the
     * glossaries follow when their engine is built.
     */
    public void open(Path path, WorkspaceSession.Loading started) {
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
        status.showInPlaceOfSaved(messages.format("status.opening", path.getFileName() == null ? path : path.getFileName()));
        current.closeAsync().thenAccept(closed -> SwingUtilities.invokeLater(() -> {
            if (workspace != current) {
                return; // another open or a close got there first
            }
            if (closed) {
                workspace = null;
                state.setSession(null);
                startOpening(path, started);
            } else {
                updateStatus(); // the failure is in the status bar and saving is retried; the document stays open
            }
        }));
    }

    private void startOpening(Path path, WorkspaceSession.Loading started) {
        Object name = path.getFileName() == null ? path : path.getFileName();
        WorkspaceSession.Loading startedOrNew = started;
        if (startedOrNew == null) {
            // The document first, then the glossaries, on one lane: the document shows before the engine is built.
            java.util.concurrent.ScheduledExecutorService reading = tasks.lane("triptych-open " + name, true);
            startedOrNew = WorkspaceSession.start(path, engine, reading);
            reading.shutdown();
        }
        WorkspaceSession.Loading loading = startedOrNew;
        long load = ++loadCount;
        status.showInPlaceOfSaved(messages.format("status.opening", name));
        ProgressDialog progress = new ProgressDialog(host.window(), messages.get("app.title"),
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
                updateStatus();
            }
        });
        task.result().whenComplete((contents, failure) -> SwingUtilities.invokeLater(() -> {
            progress.close();
            if (opening != task) {
                return;
            }
            opening = null;
            if (failure != null) {
                showError(messages.format("error.open", path), BackgroundTask.unwrap(failure));
                updateStatus();
                return;
            }
            install(contents, null);
            settings.addRecent(path);
            rebuildMenus();
            loading.glossaries().whenComplete((glossaries, problem) -> SwingUtilities.invokeLater(() -> {
                if (load != loadCount) {
                    return; // another workspace was opened meanwhile
                }
                if (problem != null) {
                    showError(messages.format("error.open", path), BackgroundTask.unwrap(problem));
                } else if (workspace != null) {
                    workspace.glossariesLoaded(glossaries);
                }
            }));
        }));
        progress.showAfterDelay();
    }

    /**
     * Opens what was read in a new session and shows it (called on the EDT; the screenshot calls it directly). The
     * glossaries follow with {@link WorkspaceSession#glossariesLoaded} when {@code glossaries} is null.
     */
    public void install(WorkspaceSession.Contents contents, WorkspaceSession.Glossaries glossaries) {
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
        table.setTerms(Terminology.empty()::termsIn, terms::tooltip);
        table.setIssues(issues::issues, issues::message);
        DocumentEditor documentEditor = session.editor() != null ? session.editor() : new DocumentEditor(document);
        int resume = lastParagraph.rowToOpen(documentEditor); // read before the table's selection moves
        model.setEditor(documentEditor);
        view.showTable(contents.document() != null, messages.get("empty.noDocument"));
        workspace = session;
        state.setSession(session);
        issues.show(session.check());
        status.documentOpened(document);
        updateTitle();
        terms.update();
        rebuildMenus();
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

    // ---- table wiring ----------------------------------------------------------------------------------

    private void wireTable() {
        table.setEditListener((row, lang, text) -> model.setText(row, lang, text));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                model.editor().seal();
                terms.update();
            }
        });
        table.getColumnModel().getSelectionModel().addListSelectionListener(e -> {
            terms.update();
            state.setCurrentLang(editor.currentLang());
        });
        model.addChangeListener(new ParagraphTableModel.ChangeListener() {
            @Override
            public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
                state.fire();
                if (row == table.getSelectedRow()) {
                    terms.update();
                }
            }

            @Override
            public void documentReplaced() {
                // install() refreshes everything after opening; a document replaced from disk (an updated
                // source with paragraphs added or removed) is recounted and its current row kept in range here.
                state.fire();
                if (workspace != null) {
                    editor.goTo(Math.max(0, Math.min(currentRow(), model.getRowCount() - 1)));
                    terms.update();
                }
            }
        });
    }

    private void findingsChanged() {
        table.repaint();
        table.repaintRow(table.getEditingRow());
        terms.update();
    }

    /** Takes a glossary changed in the glossary editor: saved, re-highlighted and re-checked at once. */
    public void glossaryChanged(Glossary changed) {
        glossary.changed(changed);
    }

    List<Concept> currentConcepts() {
        return terms.currentConcepts();
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** The language of the target being edited, or of the last one edited. */
    public String currentLang() {
        return editor.currentLang();
    }

    public int currentRow() {
        return editor.currentRow();
    }

    EditorController editor() {
        return editor;
    }

    /** The disk sync of the open document, or null when none is open. */
    DocumentSync session() {
        return workspace == null ? null : workspace.sync();
    }

    /** Offers a document just created in the workspace in File > Documents. */
    void documentAdded(Path file) {
        if (workspace != null && workspace.documentAdded(file)) {
            rebuildMenus();
        }
    }

    void save() {
        if (session() != null) {
            if (table.isEditing()) {
                model.editor().seal();
            }
            session().saveNow();
        }
    }

    void find() {
        if (findDialog == null) {
            findDialog = new FindReplaceDialog(host.window(), model, messages, editor::selectText, () -> model.editor().seal(),
                    editor::selectionOnScreen);
        }
        findDialog.showFor(editor.currentLang(), table.isEditing() ? table.editorArea().getSelectedText() : null);
    }

    void changeTextSize(int delta) {
        settings.setTextSize(settings.textSize() + delta);
        applyTextSize();
    }

    private void applyTextSize() {
        table.setFont(fonts.text(UIScale.scale((float) settings.textSize())));
        table.editorArea().setFont(table.getFont());
    }

    void setDark(boolean dark) {
        settings.setDark(dark);
        installLookAndFeel(dark, fonts);
        FlatLaf.updateUI();
        applyTextSize();
    }

    /** Sets FlatLaf (light or dark) with a default font that renders Hangul and Cyrillic. Before any window. */
    public static void installLookAndFeel(boolean dark, Fonts fonts) {
        UIManager.put("defaultFont", new FontUIResource(fonts.text(13)));
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        ShortcutMenuItemUI.install();
    }

    void setLanguage(Locale locale) {
        settings.setLanguage(locale);
        messages = Messages.of(locale);
        state.setMessages(messages);
        if (findDialog != null) {
            findDialog.dispose();
            findDialog = null;
        }
        relabel();
    }

    private void relabel() {
        FileChooserTexts.install(messages);
        rebuildMenus();
        table.setStatusNames(status -> messages.get("statusName." + status.cell()));
        issues.relabel();
        view.showTable(workspace != null && workspace.editor() != null, messages.get("empty.noDocument"));
        updateTitle();
        updateStatus();
        terms.update();
    }

    // ---- title and status ------------------------------------------------------------------------------

    boolean unsaved() {
        return workspace != null && workspace.unsaved();
    }

    private void updateTitle() {
        String app = messages.get("app.title");
        if (workspace == null) {
            host.setTitle(app);
            return;
        }
        String name = workspace.editor() == null ? workspace.root().getFileName() + "" : model.document().name();
        host.setTitle((unsaved() ? "• " : "") + name + " — " + workspace.root().getFileName() + " — " + app);
    }

    void updateStatus() {
        status.update();
    }

    void say(String message) {
        state.say(message);
    }

    void showError(String message, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        if (host.window() == null) {
            say(message + ": " + detail);
            return;
        }
        JOptionPane.showMessageDialog(host.window(), message + "\n" + detail, messages.get("app.title"),
                JOptionPane.ERROR_MESSAGE);
    }

    /** What the document session reports; all on the EDT. */
    private final class SessionEvents implements DocumentSync.Listener {
        @Override
        public void savedStateChanged() {
            updateTitle();
            updateStatus();
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
            say(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }

        @Override
        public void conflicts(ThreeWayMerge.Result result, Consumer<Document> resolved) {
            int row = currentRow();
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
            ConflictDialog.ask(host.window(), messages, result, resolved);
            editor.goTo(row); // back to where the translator was, with the settled text
        }

        @Override
        public void mergedFromDisk(int paragraphsChanged) {
            if (paragraphsChanged > 0) {
                say(messages.format("status.merged", paragraphsChanged));
            }
        }
    }

    // ---- closing -------------------------------------------------------------------------------------

    /**
     * Saves everything (off the EDT) and closes the window; when saving fails the user chooses between keeping
     * the window open (the default: nothing is lost, saving is retried) and closing anyway. Completes on the
     * EDT with true once closed.
     */
    public CompletableFuture<Boolean> close() {
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
                Object[] options = {messages.get("close.keepOpen"), messages.get("close.discard")};
                int choice = host.window() == null ? 0 : JOptionPane.showOptionDialog(host.window(),
                        messages.format("close.failed", current.sync().file().getFileName()), messages.get("app.title"),
                        JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
                if (choice != 1) {
                    closing = null;
                    updateStatus();
                    result.complete(false);
                    return;
                }
                current.abandon();
            }
            workspace = null;
            state.setSession(null);
            terms.dispose();
            glossary.dispose();
            if (findDialog != null) {
                findDialog.dispose();
            }
            host.dispose();
            result.complete(true);
        }));
        return result;
    }
}
