package org.triptych.ui;

import org.triptych.check.Terminology;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.session.GlossaryService;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.glossary.AddConceptDialog;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.terms.TermsPanel;

import javax.swing.KeyStroke;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The glossary in the window: its commands (edit, add from the selection, insert the Nth rendering), the Glossary
 * panel, the glossary editor and the wiring of the workspace's glossaries to the highlighting and the panel. Follows
 * the {@link WorkbenchState}: a new workspace shows no glossary until its own arrive, a new interface language
 * relabels the editor. EDT only.
 */
final class GlossaryFeature implements Feature {

    static final String MENU = "menu.glossary";

    private final WorkbenchState state;
    private final EditorController editor;
    private final EditorTable table;
    private final ParagraphTableModel model;
    private final TermsController terms;
    private final TermsPanel panel;
    private final Supplier<Window> owner;
    private final GlossaryController glossary;
    private final GlossaryEditorWindow glossaryEditor;
    private WorkspaceSession session;
    private Messages messages;

    GlossaryFeature(WorkbenchState state, EditorController editor, EditorTable table, ParagraphTableModel model,
                    TermsController terms, TermsPanel panel, Supplier<Window> owner) {
        this.state = state;
        this.editor = editor;
        this.table = table;
        this.model = model;
        this.terms = terms;
        this.panel = panel;
        this.owner = owner;
        this.glossaryEditor = new GlossaryEditorWindow(owner, state::messages, this::changed);
        this.glossary = new GlossaryController(new GlossaryController.Window() {
            @Override
            public void commitEdit() {
                glossaryEditor.commitEdit();
            }

            @Override
            public void edited(List<Glossary> glossaries) {
                glossaryEditor.show(glossaries, false);
            }

            @Override
            public void install(List<Glossary> glossaries, Terminology terminology) {
                glossaryEditor.show(glossaries, false);
                table.setTerms(terminology::termsIn, terms::tooltip);
                terms.update();
            }

            @Override
            public void say(String message) {
                state.say(message);
            }

            @Override
            public Messages messages() {
                return state.messages();
            }

            @Override
            public Window owner() {
                return owner.get();
            }
        }, state::session);
        this.session = state.session();
        this.messages = state.messages();
        state.addListener(s -> {
            if (s.session() != session) {
                session = s.session();
                // Nothing shown or highlighted until the new workspace's glossaries arrive.
                glossary.reset();
                table.setTerms(Terminology.empty()::termsIn, terms::tooltip);
            }
            if (s.messages() != messages) {
                messages = s.messages();
                glossaryEditor.relabel();
            }
        });
    }

    @Override
    public void install(FeatureRegistry registry) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        registry.menu(MENU, 400);
        registry.add(Command.of("action.editGlossary", null, new Place(MENU, 100), this::edit));
        registry.add(Command.of("action.addToGlossary", KeyStroke.getKeyStroke(KeyEvent.VK_G, ctrl | InputEvent.SHIFT_DOWN_MASK),
                new Place(MENU, 110), this::addFromSelection));
        for (int n = 1; n <= 9; n++) {
            int index = n;
            registry.add(Command.of("action.insert" + n, KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, ctrl), new Place(MENU, 300 + n),
                    () -> editor.insertRendering(index)).named(m -> m.format("action.insert", index)));
        }
        registry.addPanel(new FeatureRegistry.Panel("terms", panel, 100));
    }

    /** What the session's glossary service should report to for {@code owner}; reports of a session no longer open are dropped. */
    GlossaryService.Listener<Terminology> listenerFor(Supplier<WorkspaceSession> reporter) {
        return glossary.listenerFor(reporter);
    }

    /** The glossaries the window shows (empty until they arrive). */
    List<Glossary> shown() {
        return glossary.shown();
    }

    /** Takes a glossary changed in the glossary editor: saved, re-highlighted and re-checked at once. */
    void changed(Glossary changed) {
        glossary.changed(changed);
    }

    /** Runs an import that writes glossary files in order with the edits; see {@link GlossaryController#changeOnDisk}. */
    <T> CompletableFuture<T> changeOnDisk(Callable<T> work, Function<T, String> message) {
        return glossary.changeOnDisk(work, message);
    }

    /** Closes the glossary editor for good (the window closes). */
    void dispose() {
        glossaryEditor.dispose();
    }

    /** Opens the glossary editor on the workspace's glossaries (Glossary > Edit glossary). */
    private void edit() {
        if (state.hasWorkspace()) {
            glossaryEditor.show(glossariesOrNew(), true);
        }
    }

    /**
     * Adds a concept prefilled from the words selected in the current paragraph's English and targets
     * (Ctrl+Shift+G) to the first glossary, or to a new one when the workspace has none.
     */
    private void addFromSelection() {
        if (!state.hasWorkspace()) {
            return;
        }
        Map<String, String> selections = new LinkedHashMap<>(table.selectionsInCurrentRow());
        String english = selections.getOrDefault("en", "");
        selections.remove("en");
        Glossary target = glossariesOrNew().get(0);
        AddConceptDialog.show(owner.get(), state.messages(), target, english, selections)
                .ifPresent(concept -> glossary.addConcept(target, concept));
    }

    /** The workspace's glossaries; a new empty one (saved on its first change) when there are none. */
    private List<Glossary> glossariesOrNew() {
        if (!glossary.shown().isEmpty()) {
            return glossary.shown();
        }
        List<String> languages = new ArrayList<>();
        languages.add("en");
        languages.addAll(model.targets());
        List<String> columns = new ArrayList<>(languages);
        columns.add("note");
        Path file = state.session().root().resolve(Workspace.GLOSSARIES).resolve("glossary.csv");
        return List.of(new Glossary(file, columns, languages, List.of()));
    }
}
