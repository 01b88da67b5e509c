package org.triptych.ui;

import org.triptych.session.DocumentEditor;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;

import javax.swing.KeyStroke;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Supplier;

/**
 * The editor's commands: Edit (undo, redo, find, mark translated or reviewed, the paragraph's note) and Go
 * (paragraphs, drafts, a paragraph by number, languages, the English view). EDT only.
 */
final class EditorFeature implements Feature {

    static final String EDIT = "menu.edit";
    static final String GO = "menu.go";

    private final EditorController editor;
    private final Supplier<DocumentEditor> document;
    private final Runnable find;
    private final Supplier<Window> owner;

    EditorFeature(EditorController editor, Supplier<DocumentEditor> document, Runnable find, Supplier<Window> owner) {
        this.editor = editor;
        this.document = document;
        this.find = find;
        this.owner = owner;
    }

    @Override
    public void install(FeatureRegistry registry) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        int shift = InputEvent.SHIFT_DOWN_MASK;
        registry.menu(EDIT, 200);
        registry.menu(GO, 300);
        registry.add(Command.of("action.undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl), new Place(EDIT, 100), editor::undo)
                .enabledWhen(() -> document.get().canUndo()));
        registry.add(Command.of("action.redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, ctrl), new Place(EDIT, 110), editor::redo)
                .enabledWhen(() -> document.get().canRedo()));
        registry.add(Command.of("action.find", KeyStroke.getKeyStroke(KeyEvent.VK_F, ctrl), new Place(EDIT, 200), find));
        registry.add(Command.of("action.markTranslated", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, ctrl),
                new Place(EDIT, 300), editor::markTranslatedAndNext));
        registry.add(Command.of("action.markReviewed", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, ctrl | shift),
                new Place(EDIT, 310), editor::markReviewedAndNext));
        registry.add(Command.of("action.editNote", KeyStroke.getKeyStroke(KeyEvent.VK_M, ctrl), new Place(EDIT, 400),
                () -> editor.editNote(owner.get(), registry.state().messages())));
        registry.add(Command.of("action.next", KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, ctrl), new Place(GO, 100), editor::nextParagraph));
        registry.add(Command.of("action.previous", KeyStroke.getKeyStroke(KeyEvent.VK_UP, ctrl), new Place(GO, 110),
                editor::previousParagraph));
        registry.add(Command.of("action.nextUntranslated", KeyStroke.getKeyStroke(KeyEvent.VK_U, ctrl), new Place(GO, 120),
                editor::nextUntranslated));
        registry.add(Command.of("action.nextDraft", null, new Place(GO, 130), () -> {
            String lang = editor.currentLang();
            if (!editor.nextDraft() && lang != null) {
                registry.state().say(registry.state().messages().format("status.noDraft", WorkbenchController.nativeName(lang)));
            }
        }));
        registry.add(Command.of("action.goToParagraph", KeyStroke.getKeyStroke(KeyEvent.VK_G, ctrl), new Place(GO, 300),
                () -> editor.goToParagraph(owner.get(), registry.state().messages())));
        registry.add(Command.of("action.nextLanguage", KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), new Place(GO, 200),
                () -> editor.switchLanguage(1)));
        registry.add(Command.of("action.previousLanguage", KeyStroke.getKeyStroke(KeyEvent.VK_TAB, shift), new Place(GO, 210),
                () -> editor.switchLanguage(-1)));
        registry.add(Command.of("action.viewEnglish", KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), new Place(GO, 220),
                editor::toggleEnglish));
    }
}
