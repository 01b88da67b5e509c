package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.testing.GuiTest;
import org.triptych.check.Finding;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.ui.editor.EditorTable;

import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * The Go menu and paragraph notes, driven with keys in the real window: next and previous issue, go to paragraph,
 * a note typed with Ctrl+M reaching the CSV, the English reached from the keyboard, the paragraph the window
 * reopens at, the current row kept on screen, and the Find dialog kept clear of its match.
 */
@GuiTest
class NavigationWindowTest {

    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = java.awt.event.InputEvent.SHIFT_MASK;

    /**
     * Two planted findings, each a forbidden variant the check marks with its span: 키예프 in a2's Korean (at 4) and
     * Киев in a4's Ukrainian (at 0); a3's Korean is empty and a4's a draft; everything else follows the sample glossary.
     */
    private static final String PLANTED = """
            id,en,ko,ko_status,uk,uk_status,note
            a1,Kyiv is far.,키이우는 멀다.,translated,Київ далеко.,translated,
            a2,Putin spoke in Kyiv.,푸틴은 키예프에서 말했다.,translated,Путін говорив у Києві.,translated,
            a3,Nothing here.,,,Тут нічого.,translated,
            a4,Kyiv again.,키이우 다시.,draft,Киев знову.,translated,old note
            """;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path document;
    private UiSettings settings;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("NavigationWindowTest");
    }

    @BeforeEach
    void setUp() throws Exception {
        SampleCopy.into(dir);
        document = dir.resolve("translations/article.csv");
        settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    private void open(String csv, int rows) throws Exception {
        Files.writeString(document, csv, StandardCharsets.UTF_8);
        main = WindowTests.newMainWindow(settings);
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, rows);
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private JTextComponentFixture editor() {
        return window.textBox("targetEditor");
    }

    private void press(int key, int modifiers) {
        robot.pressAndReleaseKey(key, modifiers);
        robot.waitForIdle();
    }

    private String at() {
        return onEdt(() -> {
            JTextArea area = main.controller().table().editorArea();
            return main.controller().currentRow() + " " + main.controller().currentLang() + " "
                    + (area.getSelectedText() == null ? "" : area.getSelectedText());
        });
    }

    private String selectedIssue() {
        return onEdt(() -> {
            Finding f = main.controller().view().issues().selected();
            return f == null ? "none" : f.paragraph() + " " + f.lang();
        });
    }

    @Test
    void f8GoesToThePlantedFindingThenTheNextAndShiftF8GoesBackWithTheIssuesPanelFollowing() throws Exception {
        open(PLANTED, 4);
        waitFor("the check complete with the two planted findings", () -> main.controller().view().issues().title()
                .matches("2 issues") && main.controller().view().issues().issueCount() == 2);
        editor().focus();

        press(KeyEvent.VK_F8, 0);
        waitFor("the first finding", () -> at().equals("1 ko 키예프"));
        assertThat(selectedIssue()).isEqualTo("a2 ko");
        press(KeyEvent.VK_F8, 0);
        waitFor("the next finding", () -> at().equals("3 uk Киев"));
        assertThat(selectedIssue()).isEqualTo("a4 uk");
        press(KeyEvent.VK_F8, 0);
        waitFor("around to the first", () -> at().equals("1 ko 키예프"));

        press(KeyEvent.VK_F8, SHIFT);
        waitFor("back around to the last", () -> at().equals("3 uk Киев"));
        press(KeyEvent.VK_F8, SHIFT);
        waitFor("back to the first", () -> at().equals("1 ko 키예프"));
        assertThat(selectedIssue()).isEqualTo("a2 ko");

        press(KeyEvent.VK_UP, CTRL);
        waitFor("row 0", () -> main.controller().currentRow() == 0);
        press(KeyEvent.VK_F8, SHIFT);
        waitFor("from the caret, the previous finding wraps to the last", () -> at().equals("3 uk Киев"));
    }

    @Test
    void goNextDraftSkipsEmptyAndTranslatedCellsToTheDraft() throws Exception {
        open(PLANTED, 4);
        window.menuItem("menu.go").click();
        window.menuItem("action.nextDraft").click();
        waitFor("the Korean draft of a4", () -> main.controller().currentRow() == 3 && "ko".equals(main.controller().currentLang()));
    }

    @Test
    void ctrlGGoesToAParagraphByIdAndByNumberAndSaysWhenNeitherMatches() throws Exception {
        open(PLANTED, 4);
        editor().focus();

        press(KeyEvent.VK_G, CTRL);
        DialogFixture dialog = window.dialog("goToDialog");
        dialog.textBox("goToField").enterText("a3");
        dialog.textBox("goToField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("paragraph a3", () -> main.controller().currentRow() == 2 && main.controller().table().isEditing());

        press(KeyEvent.VK_G, CTRL);
        dialog = window.dialog("goToDialog");
        dialog.textBox("goToField").enterText("4");
        dialog.textBox("goToField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("paragraph number 4", () -> main.controller().currentRow() == 3);

        press(KeyEvent.VK_G, CTRL);
        DialogFixture unknown = window.dialog("goToDialog");
        unknown.textBox("goToField").enterText("p9");
        unknown.textBox("goToField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        unknown.label("goToMessage").requireText("No paragraph has the id “p9”, and it is not a number from 1 to 4.");
        unknown.requireVisible();
        unknown.textBox("goToField").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the dialog closed", () -> !unknown.target().isShowing());
        assertThat(main.controller().currentRow()).as("where the translator was").isEqualTo(3);
    }

    @Test
    void aNoteTypedWithCtrlMIsShownUnderTheEnglishAndSavedToTheNoteColumnWithoutChangingStatuses() throws Exception {
        open(PLANTED, 4);
        assertThat(renderedEnglishCell(0, "paragraphId")).as("the id at the top of the English cell").isEqualTo("a1");
        assertThat(renderedEnglishCell(3, "paragraphNote")).isEqualTo("old note");
        editor().focus();

        press(KeyEvent.VK_M, CTRL);
        DialogFixture dialog = window.dialog("noteDialog");
        dialog.textBox("noteField").enterText("check the name");
        dialog.textBox("noteField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the note in the document", () -> main.controller().model().paragraph(0).note().equals("check the name"));
        assertThat(renderedEnglishCell(0, "paragraphNote")).isEqualTo("check the name");
        waitFor("the keyboard back in the cell", () -> main.controller().table().isEditing()
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                == main.controller().table().editorArea());

        press(KeyEvent.VK_S, CTRL);
        waitFor("the save", () -> !main.controller().unsaved());
        Paragraph saved = DocumentCodec.read(document).paragraphs().get(0);
        assertThat(saved.note()).isEqualTo("check the name");
        assertThat(saved.target("ko").status()).as("a note does not lower a status").isEqualTo(Status.TRANSLATED);
        assertThat(saved.target("uk").status()).isEqualTo(Status.TRANSLATED);
        assertThat(Files.readAllLines(document, StandardCharsets.UTF_8).get(1)).endsWith(",check the name");

        press(KeyEvent.VK_Z, CTRL);
        waitFor("the note undone", () -> main.controller().model().paragraph(0).note().isEmpty());
    }

    /** The text of a named part (id or note) of the English cell of {@code row} as the table paints it. */
    private String renderedEnglishCell(int row, String part) {
        return onEdt(() -> {
            EditorTable table = main.controller().table();
            Component cell = table.prepareRenderer(table.getCellRenderer(row, 0), row, 0);
            Component found = named((Container) cell, part);
            return found instanceof JLabel label ? label.getText() : found instanceof JTextArea area ? area.getText() : null;
        });
    }

    private static Component named(Container container, String name) {
        for (Component c : container.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        return null;
    }

    @Test
    void f6MovesTheKeyboardIntoTheEnglishReadOnlyAndBack() throws Exception {
        open(PLANTED, 4);
        press(KeyEvent.VK_DOWN, CTRL);
        waitFor("row 1", () -> main.controller().currentRow() == 1);

        press(KeyEvent.VK_F6, 0);
        waitFor("the English open with the keyboard", () -> KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getFocusOwner() == main.controller().table().sourceArea());
        press(KeyEvent.VK_RIGHT, CTRL | SHIFT);
        waitFor("a word selected", () -> "Putin".equals(main.controller().table().sourceArea().getSelectedText().strip()));
        press(KeyEvent.VK_X, 0);
        assertThat(onEdt(() -> main.controller().model().paragraph(1).source())).isEqualTo("Putin spoke in Kyiv.");
        assertThat(onEdt(() -> main.controller().table().selectionsInCurrentRow().get("en"))).contains("Putin");

        press(KeyEvent.VK_F6, 0);
        waitFor("back in the Korean", () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                == main.controller().table().editorArea() && main.controller().currentRow() == 1
                && "ko".equals(main.controller().currentLang()));
    }

    @Test
    void theWindowReopensADocumentAtTheParagraphItWasLeftAt() throws Exception {
        open(PLANTED, 4);
        editor().focus();
        press(KeyEvent.VK_DOWN, CTRL);
        press(KeyEvent.VK_DOWN, CTRL);
        waitFor("row 2", () -> main.controller().currentRow() == 2);
        GuiActionRunner.execute(() -> main.controller().close());
        waitFor("the window closed", () -> !main.frame().isDisplayable());
        window.cleanUp();

        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow(settings);
        window = new FrameFixture(robot, main.frame());
        window.show();
        GuiActionRunner.execute(() -> main.controller().open(dir));
        waitFor("the document to open where it was left", () -> main.controller().model().getRowCount() == 4
                && main.controller().table().isEditing() && main.controller().currentRow() == 2);
    }

    @Test
    void afterTwentyCtrlDownOnALargeDocumentTheCurrentRowStaysOnScreenWhenRowsAboveChangeHeight() throws Exception {
        StringBuilder csv = new StringBuilder("id,en,ko,ko_status,uk,uk_status,note\n");
        for (int i = 1; i <= 300; i++) {
            // Rows of very different lengths, so that estimated and measured heights differ.
            String english = ("Sentence " + i + " about Kyiv and the weather. ").repeat(1 + (i * 7) % 13);
            csv.append('q').append(i).append(',').append('"').append(english).append("\",,,,,")
                    .append(i % 5 == 0 ? "a note that takes a little room under the English" : "").append('\n');
        }
        open(csv.toString(), 300);
        GuiActionRunner.execute(() -> main.frame().setSize(1000, 700));
        robot.waitForIdle();
        GuiActionRunner.execute(() -> main.controller().editor().goTo(0));
        waitFor("the keyboard in the first row", () -> KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getFocusOwner() == main.controller().table().editorArea());
        for (int i = 0; i < 20; i++) {
            press(KeyEvent.VK_DOWN, CTRL);
        }
        waitFor("row 20", () -> main.controller().currentRow() == 20);
        robot.waitForIdle();
        currentRowOnScreen();
        // Larger text and a narrower window give every row above a new height.
        press(KeyEvent.VK_EQUALS, CTRL);
        press(KeyEvent.VK_EQUALS, CTRL);
        currentRowOnScreen();
        GuiActionRunner.execute(() -> main.frame().setSize(800, 700));
        robot.waitForIdle();
        currentRowOnScreen();
    }

    private void currentRowOnScreen() {
        waitFor("the current row in the visible part of the table", () -> {
            EditorTable table = main.controller().table();
            Rectangle visible = table.getVisibleRect();
            Rectangle current = table.getCellRect(20, 1, true);
            return visible.contains(current.x, current.y) && visible.contains(current.x, current.y + Math.min(current.height,
                    visible.height) - 1);
        });
    }

    @Test
    void theFindDialogMovesBesideItsMatchRatherThanHideIt() throws Exception {
        open(PLANTED, 4);
        editor().focus();
        press(KeyEvent.VK_F, CTRL);
        DialogFixture find = window.dialog("findDialog");
        // The dialog where the match will be, as when a translator has moved it there.
        GuiActionRunner.execute(() -> {
            EditorTable table = main.controller().table();
            Rectangle cell = table.getCellRect(3, table.convertColumnIndexToView(1), true);
            Point corner = cell.getLocation();
            SwingUtilities.convertPointToScreen(corner, table);
            find.target().setLocation(corner.x - 20, corner.y - 20);
        });
        robot.waitForIdle();
        find.textBox("findField").setText("다시"); // the Korean, where the keyboard was
        find.textBox("findField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the match selected", () -> "다시".equals(main.controller().table().editorArea().getSelectedText()));
        waitFor("the dialog clear of the match", () -> {
            JTextArea area = main.controller().table().editorArea();
            Rectangle match = area.modelToView2D(area.getSelectionStart()).getBounds()
                    .union(area.modelToView2D(area.getSelectionEnd()).getBounds());
            Point origin = match.getLocation();
            SwingUtilities.convertPointToScreen(origin, area);
            return !find.target().getBounds().intersects(new Rectangle(origin, match.getSize()));
        });
    }
}
