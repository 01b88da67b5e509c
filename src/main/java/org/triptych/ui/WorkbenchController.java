package org.triptych.ui;


import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Paragraph;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.FindReplaceDialog;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.findings.IssueNavigator;
import org.triptych.ui.findings.IssuesController;
import org.triptych.ui.i18n.FileChooserTexts;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;
import org.triptych.session.DocumentEditor;
import org.triptych.session.DocumentSync;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.check.Terminology;

import javax.swing.JOptionPane;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Drives the workbench window: wires the paragraph table to the Glossary panel and the Issues panel, builds the menus
 * and key strokes from the feature registry, lays the window out for the session the {@link WorkbenchState} shows,
 * and carries out the View commands. Opening, switching and closing are {@link SessionController}'s, the status bar
 * {@link StatusController}'s, the glossary {@link GlossaryFeature}'s. One per window; no static state. Public
 * methods: EDT only.
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
    private final ParagraphTableModel model;
    private final EditorTable table;
    private final WorkbenchView view;
    private final IssuesController issues;
    private final FeatureRegistry features;
    private final TaskRunner tasks;
    private final WorkbenchState state;
    private final TermsController terms;
    private final EditorController editor;
    private final GlossaryFeature glossary;

    private Messages messages;
    private final StatusController status;
    private final SessionController sessions;
    private FindReplaceDialog findDialog;
    /** The session the window was last laid out for. */
    private WorkspaceSession shown;

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
        this.messages = Messages.of(settings.language());
        this.model = new ParagraphTableModel(new DocumentEditor(SessionController.emptyDocument(Path.of("").toAbsolutePath())));
        this.table = new EditorTable(model);
        this.view = new WorkbenchView(table);
        this.issues = new IssuesController(view.issues(), () -> messages, this::findingsChanged, this::say);
        this.state = new WorkbenchState(messages, host::window, settings.node(), tasks);
        state.setOpener(this::open);
        this.features = new FeatureRegistry(state);
        this.terms = new TermsController(view.terms(), model, table, state::session, () -> messages,
                tasks.lane("triptych-terms", true));
        this.status = new StatusController(view.status(), model, state, tasks);
        this.editor = new EditorController(model, table, terms::currentConcepts,
                lang -> say(messages.format("status.allTranslated", nativeName(lang))));
        state.setEditing(editor);
        IssueNavigator issueSteps = new IssueNavigator(issues, editor, table, model);
        LastParagraph lastParagraph = new LastParagraph(settings, table, model);
        this.glossary = new GlossaryFeature(state, editor, table, model, terms, view.terms(), host::window);
        this.sessions = new SessionController(state, settings, engine, tasks, model, table, editor, issues, glossary, status,
                lastParagraph, host::window, this::rebuildMenus, this::showError, this::closeWindow);
        ExchangeController exchange = new ExchangeController(new ExchangeController.Window() {
            @Override
            public WorkspaceSession workspace() {
                return state.session();
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
                sessions.save();
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
                sessions.documentAdded(file);
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
        state.addListener(s -> sessionShown());
        // Installed together: the menu bar is built once for all of them.
        features.installAll(List.of(
                new FileFeature(state, settings, host::window, this::open, sessions::save, this::close),
                new EditorFeature(editor, model::editor, this::find, host::window),
                glossary,
                new FindingsFeature(view.issues(), issueSteps),
                new ExchangeFeature(exchange, state),
                new ReviewFeature(state, tasks, host::window, editor, this::showError),
                new ViewFeature(settings, fonts, table, this::setLanguage)));
        model.setColumnNames(WorkbenchController::nativeName);
        wireTable();
        issues.onSelect(editor::jumpTo);
        relabel();
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
        return state.session();
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
        sessions.open(path, started);
    }

    /**
     * Opens what was read in a new session and shows it (called on the EDT; the screenshot calls it directly). The
     * glossaries follow with {@link WorkspaceSession#glossariesLoaded} when {@code glossaries} is null.
     */
    public void install(WorkspaceSession.Contents contents, WorkspaceSession.Glossaries glossaries) {
        sessions.install(contents, glossaries);
    }

    /** Lays the window out for the session the state shows: the table or "no document", the Glossary panel, the menus. */
    private void sessionShown() {
        if (state.session() == null) {
            return; // while switching, the window shows the document being saved until the next one is read
        }
        updateTitle();
        if (state.session() != shown) {
            shown = state.session();
            view.showTable(state.hasDocument(), messages.get("empty.noDocument"));
            terms.update();
            rebuildMenus();
        }
    }

    // ---- table wiring ----------------------------------------------------------------------------------

    private void wireTable() {
        table.setEditListener((row, lang, text) -> model.setText(row, lang, text));
        java.util.concurrent.Executor menus = tasks.lane("triptych-editor-menu", true);
        table.onTargetMenu((row, lang, text, offset, found, area, x, y) -> features.showEditorMenu(
                org.triptych.ui.feature.TargetSpot.of(row, model.paragraph(row), lang, text, offset, found), area, x, y,
                menus));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                model.editor().seal();
                terms.update();
                state.setCurrentRow(table.getSelectedRow());
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
                if (state.hasWorkspace()) {
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
        return sessions.sync();
    }

    void find() {
        if (findDialog == null) {
            findDialog = new FindReplaceDialog(host.window(), model, messages, editor::selectText, () -> model.editor().seal(),
                    editor::selectionOnScreen);
        }
        findDialog.showFor(editor.currentLang(), table.isEditing() ? table.editorArea().getSelectedText() : null);
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
        table.setRepetitionNames((lang, from) -> messages.format("repeats.origin", messages.languageName(lang), from));
        issues.relabel();
        view.showTable(state.hasDocument(), messages.get("empty.noDocument"));
        updateTitle();
        updateStatus();
        terms.update();
    }

    // ---- title and status ------------------------------------------------------------------------------

    boolean unsaved() {
        return sessions.unsaved();
    }

    private void updateTitle() {
        String app = messages.get("app.title");
        WorkspaceSession workspace = state.session();
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

    // ---- closing -------------------------------------------------------------------------------------

    /**
     * Saves everything (off the EDT) and closes the window; when saving fails the user chooses between keeping
     * the window open (the default: nothing is lost, saving is retried) and closing anyway. Completes on the
     * EDT with true once closed.
     */
    public CompletableFuture<Boolean> close() {
        return sessions.close();
    }

    /** Everything is saved: the window's dialogs go, then the window. */
    private void closeWindow() {
        terms.dispose();
        glossary.dispose();
        if (findDialog != null) {
            findDialog.dispose();
        }
        host.dispose();
    }
}
