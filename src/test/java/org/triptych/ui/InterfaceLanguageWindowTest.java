package org.triptych.ui;

import org.triptych.testing.GuiTest;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * The whole window follows View > Interface language, the glossary editor, the add-concept dialog and the
 * file choosers too, whatever the JVM's default locale; the window starts in English (see {@link WindowTests}).
 */
@GuiTest
class InterfaceLanguageWindowTest {

    /** AssertJ Swing reads the old-style modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = java.awt.event.InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("InterfaceLanguageWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 4);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        // choosers made by later tests in this JVM expect the English texts again
        GuiActionRunner.execute(() -> org.triptych.ui.i18n.FileChooserTexts.install(
                org.triptych.ui.i18n.Messages.of(java.util.Locale.ENGLISH)));
    }

    private void chooseUkrainian() {
        window.menuItem("menu.view").click();
        window.menuItem("menu.language").click();
        window.menuItem("language.uk").click();
        waitFor("Ukrainian menus", () -> main.frame().getJMenuBar().getMenu(0).getText().equals("Файл"));
    }

    private DialogFixture openGlossaryEditor() {
        window.menuItem("menu.glossary").click();
        window.menuItem("action.editGlossary").click();
        return window.dialog("glossaryEditorWindow", Timeout.timeout(5000));
    }

    private static List<String> headers(DialogFixture editor) {
        JTable table = editor.table("glossaryTable").target();
        return onEdt(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                names.add(String.valueOf(table.getColumnModel().getColumn(i).getHeaderValue()));
            }
            return names;
        });
    }

    private static void assertUkrainianEditor(DialogFixture editor) {
        assertThat(editor.target().getTitle()).isEqualTo("Глосарій");
        assertThat(editor.button("glossaryAdd").text()).isEqualTo("Додати…");
        assertThat(editor.button("glossaryEdit").text()).isEqualTo("Редагувати");
        assertThat(editor.button("glossaryDelete").text()).isEqualTo("Видалити");
        assertThat(editor.button("glossaryUndo").text()).isEqualTo("Скасувати");
        assertThat(editor.button("glossaryRedo").text()).isEqualTo("Повторити");
        assertThat(editor.label("glossaryFilterLabel").text()).isEqualTo("Фільтр:");
        assertThat(onEdt(() -> editor.textBox("glossaryFilter").target().getClientProperty("JTextField.placeholderText")))
                .isEqualTo("Будь-який стовпець");
        assertThat(headers(editor)).containsExactly("English", "한국어", "Українська",
                "한국어: заборонені", "Українська: заборонені", "Примітка");
    }

    @Test
    void theGlossaryEditorOpensInTheChosenInterfaceLanguage() {
        chooseUkrainian();
        assertUkrainianEditor(openGlossaryEditor());
    }

    @Test
    void anOpenGlossaryEditorSwitchesLanguageWithTheWindow() {
        DialogFixture editor = openGlossaryEditor();
        assertThat(editor.button("glossaryAdd").text()).isEqualTo("Add…");
        assertThat(headers(editor)).contains("Українська: forbidden", "Note");
        chooseUkrainian();
        waitFor("a Ukrainian glossary editor", () -> editor.target().getTitle().equals("Глосарій"));
        assertUkrainianEditor(editor);
    }

    @Test
    void theAddConceptDialogSpeaksUkrainianAndOffersForbiddenVariants() {
        chooseUkrainian();
        window.textBox("targetEditor").pressAndReleaseKey(keyCode(KeyEvent.VK_G).modifiers(CTRL | SHIFT));
        DialogFixture dialog = window.dialog("addConceptDialog", Timeout.timeout(5000));
        assertThat(dialog.target().getTitle()).isEqualTo("Додати до глосарію");
        assertThat(dialog.button("addConcept.ok").text()).isEqualTo("Гаразд");
        assertThat(dialog.button("addConcept.cancel").text()).isEqualTo("Скасувати");
        assertThat(labels(dialog.target())).contains("Українська: заборонені", "한국어: заборонені", "Примітка",
                "Варіанти розділяйте знаком |");
        dialog.textBox("addConcept.uk_forbidden").requireVisible().requireEditable();
        dialog.button("addConcept.cancel").click();
    }

    @Test
    void theFileChooserSpeaksTheInterfaceLanguage() {
        chooseUkrainian();
        window.textBox("targetEditor").pressAndReleaseKey(keyCode(KeyEvent.VK_O).modifiers(CTRL));
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(5000));
        assertThat(chooser.approveButton().text()).isEqualTo("Відкрити");
        assertThat(chooser.cancelButton().text()).isEqualTo("Скасувати");
        assertThat(labels(chooser.target())).contains("Шукати в:", "Тип файлів:");
        chooser.cancel();
    }

    @Test
    void menusShowShortcutsAsTheKeyboardLabelsThem() {
        window.menuItem("menu.view").click();
        JMenuItem larger = window.menuItem("action.larger").target();
        assertThat(onEdt(() -> larger.getUI())).isInstanceOf(ShortcutMenuItemUI.class);
        KeyStroke stroke = onEdt(larger::getAccelerator);
        assertThat(onEdt(() -> ((ShortcutMenuItemUI) larger.getUI()).acceleratorText(stroke))).isEqualTo("Ctrl+=");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    }

    @Test
    void theGlossaryEditorOpensBesideTheEditorNotOverIt() {
        DialogFixture editor = openGlossaryEditor();
        Rectangle table = onEdt(() -> {
            Container scroll = main.controller().table().getParent().getParent();
            return new Rectangle(scroll.getLocationOnScreen(), scroll.getSize());
        });
        Rectangle glossary = onEdt(() -> new Rectangle(editor.target().getLocationOnScreen(), editor.target().getSize()));
        assertThat(glossary.intersects(table)).as("glossary %s over the paragraph table %s", glossary, table).isFalse();
    }

    /** The texts of every label in {@code root}, in component order. */
    private static List<String> labels(Container root) {
        return onEdt(() -> {
            List<String> texts = new ArrayList<>();
            collectLabels(root, texts);
            return texts;
        });
    }

    private static void collectLabels(Container container, List<String> texts) {
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label && label.getText() != null) {
                texts.add(label.getText());
            }
            if (child instanceof Container inner) {
                collectLabels(inner, texts);
            }
        }
    }
}
