package org.triptych.ui;

import org.triptych.ui.editor.EditorController;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.terms.TermsPanel;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/** The glossary's commands (edit, add from the selection, insert the Nth rendering) and the Glossary panel. EDT only. */
final class GlossaryFeature implements Feature {

    static final String MENU = "menu.glossary";

    private final EditorController editor;
    private final Runnable edit;
    private final Runnable addFromSelection;
    private final TermsPanel panel;

    GlossaryFeature(EditorController editor, Runnable edit, Runnable addFromSelection, TermsPanel panel) {
        this.editor = editor;
        this.edit = edit;
        this.addFromSelection = addFromSelection;
        this.panel = panel;
    }

    @Override
    public void install(FeatureRegistry registry) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        registry.menu(MENU, 400);
        registry.add(Command.of("action.editGlossary", null, new Place(MENU, 100), edit));
        registry.add(Command.of("action.addToGlossary", KeyStroke.getKeyStroke(KeyEvent.VK_G, ctrl | InputEvent.SHIFT_DOWN_MASK),
                new Place(MENU, 110), addFromSelection));
        for (int n = 1; n <= 9; n++) {
            int index = n;
            registry.add(Command.of("action.insert" + n, KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, ctrl), new Place(MENU, 300 + n),
                    () -> editor.insertRendering(index)).named(m -> m.format("action.insert", index)));
        }
        registry.addPanel(new FeatureRegistry.Panel("terms", panel, 100));
    }
}
