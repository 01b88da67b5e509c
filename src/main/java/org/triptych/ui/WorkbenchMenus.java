package org.triptych.ui;

import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.InputMap;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The menus and keyboard shortcuts of the workbench, the ones a CAT-tool user expects. Actions are made
 * once (key bindings keep pointing at them); their names follow the interface language. EDT only.
 */
final class WorkbenchMenus {

    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;

    private final WorkbenchController controller;
    private final Map<String, Action> actions = new LinkedHashMap<>();

    WorkbenchMenus(WorkbenchController controller) {
        this.controller = controller;
        add("action.openWorkspace", KeyStroke.getKeyStroke(KeyEvent.VK_O, CTRL), this::chooseAndOpen);
        add("action.save", KeyStroke.getKeyStroke(KeyEvent.VK_S, CTRL), controller::save);
        add("action.export", KeyStroke.getKeyStroke(KeyEvent.VK_E, CTRL), () -> controller.exchange().exportDocument());
        add("action.importSource", null, () -> controller.exchange().importSource());
        add("action.importTranslations", null, () -> controller.exchange().importTranslations());
        add("action.importGlossary", null, () -> controller.exchange().importGlossary());
        add("action.exportGlossary", null, () -> controller.exchange().exportGlossary());
        add("action.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, CTRL), controller::close);
        add("action.undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, CTRL), () -> controller.editor().undo());
        add("action.redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, CTRL), () -> controller.editor().redo());
        add("action.find", KeyStroke.getKeyStroke(KeyEvent.VK_F, CTRL), controller::find);
        add("action.markTranslated", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, CTRL), () -> controller.editor().markTranslatedAndNext());
        add("action.markReviewed", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, CTRL | InputEvent.SHIFT_DOWN_MASK),
                () -> controller.editor().markReviewedAndNext());
        add("action.next", KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, CTRL), () -> controller.editor().nextParagraph());
        add("action.previous", KeyStroke.getKeyStroke(KeyEvent.VK_UP, CTRL), () -> controller.editor().previousParagraph());
        add("action.nextUntranslated", KeyStroke.getKeyStroke(KeyEvent.VK_U, CTRL), () -> controller.editor().nextUntranslated());
        add("action.nextDraft", null, () -> {
            if (!controller.editor().nextDraft() && controller.currentLang() != null) {
                controller.say(controller.messages().format("status.noDraft", WorkbenchController.nativeName(controller.currentLang())));
            }
        });
        add("action.nextIssue", KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), () -> {
            if (!controller.issueSteps().next()) {
                controller.say(controller.messages().get("status.noIssues"));
            }
        });
        add("action.previousIssue", KeyStroke.getKeyStroke(KeyEvent.VK_F8, SHIFT), () -> {
            if (!controller.issueSteps().previous()) {
                controller.say(controller.messages().get("status.noIssues"));
            }
        });
        add("action.goToParagraph", KeyStroke.getKeyStroke(KeyEvent.VK_G, CTRL),
                () -> controller.editor().goToParagraph(controller.host().window(), controller.messages()));
        add("action.viewEnglish", KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), () -> controller.editor().toggleEnglish());
        add("action.editNote", KeyStroke.getKeyStroke(KeyEvent.VK_M, CTRL),
                () -> controller.editor().editNote(controller.host().window(), controller.messages()));
        add("action.nextLanguage", KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), () -> controller.editor().switchLanguage(1));
        add("action.previousLanguage", KeyStroke.getKeyStroke(KeyEvent.VK_TAB, SHIFT), () -> controller.editor().switchLanguage(-1));
        for (int n = 1; n <= 9; n++) {
            int index = n;
            add("action.insert" + n, KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, CTRL), () -> controller.editor().insertRendering(index));
        }
        add("action.editGlossary", null, controller::editGlossary);
        add("action.addToGlossary", KeyStroke.getKeyStroke(KeyEvent.VK_G, CTRL | SHIFT), controller::addToGlossaryFromSelection);
        add("action.larger", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, CTRL), () -> controller.changeTextSize(1));
        add("action.smaller", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, CTRL), () -> controller.changeTextSize(-1));
    }

    private void add(String key, KeyStroke stroke, Runnable command) {
        Action action = new AbstractAction(key) {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, stroke);
        action.putValue(Action.ACTION_COMMAND_KEY, key);
        actions.put(key, action);
    }

    Action action(String key) {
        return actions.get(key);
    }

    /**
     * Binds every shortcut on {@code component} itself, so that the text area and the table (which have
     * their own meanings for Tab, Ctrl+Enter, Ctrl+arrows) run the workbench command instead.
     */
    void installKeys(JComponent component) {
        for (int condition : new int[]{JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT}) {
            InputMap input = component.getInputMap(condition);
            for (Map.Entry<String, Action> e : actions.entrySet()) {
                KeyStroke stroke = (KeyStroke) e.getValue().getValue(Action.ACCELERATOR_KEY);
                if (stroke != null) {
                    input.put(stroke, e.getKey());
                }
            }
        }
        for (Map.Entry<String, Action> e : actions.entrySet()) {
            component.getActionMap().put(e.getKey(), e.getValue());
        }
    }

    /** Builds the menu bar in the current interface language and gives it to the window. */
    void rebuild() {
        Messages m = controller.messages();
        for (Map.Entry<String, Action> e : actions.entrySet()) {
            String key = e.getKey();
            String name = key.startsWith("action.insert")
                    ? m.format("action.insert", Integer.parseInt(key.substring("action.insert".length())))
                    : m.get(key);
            e.getValue().putValue(Action.NAME, name);
        }
        JMenuBar bar = new JMenuBar();
        bar.setName("menuBar");

        JMenu file = menu("menu.file", m);
        file.add(item("action.openWorkspace"));
        JMenu recent = menu("menu.recent", m);
        for (Path path : controller.settings().recent()) {
            JMenuItem item = new JMenuItem(path.toString());
            item.addActionListener(e -> controller.open(path));
            recent.add(item);
        }
        recent.setEnabled(recent.getItemCount() > 0);
        file.add(recent);
        Opened opened = controller.opened();
        JMenu documents = menu("menu.documents", m);
        if (opened != null) {
            for (Path doc : opened.documents()) {
                JMenuItem item = new JMenuItem(doc.getFileName().toString());
                item.addActionListener(e -> controller.open(doc));
                documents.add(item);
            }
        }
        documents.setEnabled(documents.getItemCount() > 0);
        file.add(documents);
        file.addSeparator();
        file.add(item("action.save"));
        file.addSeparator();
        file.add(item("action.importSource"));
        file.add(item("action.importTranslations"));
        file.add(item("action.export"));
        file.addSeparator();
        file.add(item("action.quit"));
        bar.add(file);

        JMenu edit = menu("menu.edit", m);
        edit.add(item("action.undo"));
        edit.add(item("action.redo"));
        edit.addSeparator();
        edit.add(item("action.find"));
        edit.addSeparator();
        edit.add(item("action.markTranslated"));
        edit.add(item("action.markReviewed"));
        edit.addSeparator();
        edit.add(item("action.editNote"));
        bar.add(edit);

        JMenu go = menu("menu.go", m);
        go.add(item("action.next"));
        go.add(item("action.previous"));
        go.add(item("action.nextUntranslated"));
        go.add(item("action.nextDraft"));
        go.add(item("action.goToParagraph"));
        go.addSeparator();
        go.add(item("action.nextIssue"));
        go.add(item("action.previousIssue"));
        go.addSeparator();
        go.add(item("action.nextLanguage"));
        go.add(item("action.previousLanguage"));
        go.add(item("action.viewEnglish"));
        bar.add(go);

        JMenu glossary = menu("menu.glossary", m);
        glossary.add(item("action.editGlossary"));
        glossary.add(item("action.addToGlossary"));
        glossary.addSeparator();
        glossary.add(item("action.importGlossary"));
        glossary.add(item("action.exportGlossary"));
        glossary.addSeparator();
        for (int n = 1; n <= 9; n++) {
            glossary.add(item("action.insert" + n));
        }
        bar.add(glossary);

        JMenu viewMenu = menu("menu.view", m);
        viewMenu.add(item("action.larger"));
        viewMenu.add(item("action.smaller"));
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem(m.get("action.dark"), controller.settings().dark());
        dark.setName("action.dark");
        dark.addActionListener(e -> controller.setDark(dark.isSelected()));
        viewMenu.add(dark);
        viewMenu.addSeparator();
        JMenu language = menu("menu.language", m);
        ButtonGroup group = new ButtonGroup();
        for (Locale locale : Messages.LANGUAGES) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(Messages.nativeName(locale),
                    locale.getLanguage().equals(m.locale().getLanguage()));
            item.setName("language." + locale.getLanguage());
            item.addActionListener(e -> controller.setLanguage(locale));
            group.add(item);
            language.add(item);
        }
        viewMenu.add(language);
        bar.add(viewMenu);

        controller.host().setMenuBar(bar);
        updateEnabled();
    }

    void updateEnabled() {
        actions.get("action.undo").setEnabled(controller.model().editor().canUndo());
        actions.get("action.redo").setEnabled(controller.model().editor().canRedo());
        boolean workspace = controller.opened() != null;
        boolean document = workspace && controller.opened().document() != null;
        actions.get("action.export").setEnabled(document);
        actions.get("action.importTranslations").setEnabled(document);
        actions.get("action.importSource").setEnabled(workspace);
        actions.get("action.importGlossary").setEnabled(workspace);
        actions.get("action.exportGlossary").setEnabled(workspace);
    }

    private JMenu menu(String key, Messages m) {
        JMenu menu = new JMenu(m.get(key));
        menu.setName(key);
        return menu;
    }

    private JMenuItem item(String key) {
        JMenuItem item = new JMenuItem(actions.get(key));
        item.setName(key);
        return item;
    }

    private void chooseAndOpen() {
        JFileChooser chooser = new JFileChooser(controller.opened() == null ? null : controller.opened().root().toFile());
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle(controller.messages().get("chooser.open"));
        if (chooser.showOpenDialog(controller.host().window()) == JFileChooser.APPROVE_OPTION) {
            controller.open(chooser.getSelectedFile().toPath());
        }
    }
}
