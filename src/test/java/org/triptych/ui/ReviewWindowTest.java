package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.task.Progress;
import org.triptych.testing.GuiTest;
import org.triptych.ui.review.ReviewDialog;

import javax.swing.JLabel;
import javax.swing.JTable;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.testing.ReviewerEdits.edit;
import static org.triptych.testing.ReviewerEdits.setText;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * File > Import review… and Edit > Review changes as a translator uses them, from the keyboard: the changes wait
 * until decided, Enter accepts, Delete rejects, Alt+L accepts the rest, Esc closes, Ctrl+Shift+R opens the
 * dialog again; the status bar counts the decisions and only accepted changes reach the file.
 */
@GuiTest
class ReviewWindowTest {

    /** The robot's modifiers are the old masks. */
    @SuppressWarnings("deprecation")
    private static final int ALT = InputEvent.ALT_MASK;
    @SuppressWarnings("deprecation")
    private static final int CTRL_SHIFT = InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK;
    private static final String REVIEWED_KO = "검토자가 고친 두 번째 단락.";
    private static final String REVIEWED_UK = "Рецензент переписав четвертий абзац.";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path article;
    private Path review;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("ReviewWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        article = dir.resolve("translations/article.csv");
        review = elsewhere.resolve("article.review.docx");
        Exports.export(ExportFormat.REVIEW_DOCX, DocumentCodec.read(article), List.of(), ExportOptions.DEFAULT, review, Progress.NONE);
        edit(review, docx -> {
            var table = docx.getTables().get(0);
            setText(table.getRow(2).getCell(2), REVIEWED_KO);                 // p2, Korean
            setText(table.getRow(3).getCell(5), "Is this figure confirmed?");  // p3, comment
            setText(table.getRow(4).getCell(3), REVIEWED_UK);                 // p4, Ukrainian
        });
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
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
    }

    @Test
    void changesArePendingUntilDecidedWithTheKeysAndOnlyAcceptedOnesAreSaved() throws Exception {
        Document before = DocumentCodec.read(article);
        window.menuItem("menu.file").click();
        window.menuItem("action.importReview").click();
        JFileChooserFixture chooser = window.fileChooser("importReviewChooser", Timeout.timeout(5000));
        chooser.fileNameTextBox().deleteText().enterText(review.toString());
        chooser.approve();

        DialogFixture dialog = window.dialog(ReviewDialog.NAME, Timeout.timeout(10_000));
        JTable changes = dialog.table(ReviewDialog.TABLE).target();
        waitFor("the three changes, the first selected", () -> changes.getRowCount() == 3 && changes.getSelectedRow() == 0);
        waitFor("the list has the keys", changes::isFocusOwner);
        assertThat(dialog.textBox(ReviewDialog.AFTER).text()).isEqualTo(REVIEWED_KO);
        assertThat(dialog.textBox(ReviewDialog.BEFORE).text()).isEqualTo(before.paragraphs().get(1).target("ko").text());
        assertThat(status()).contains("Review: 3 pending, 0 accepted, 0 rejected");
        assertThat(onEdt(() -> main.controller().model().paragraph(1).target("ko").text()))
                .as("nothing changes before a decision").isEqualTo(before.paragraphs().get(1).target("ko").text());
        saveScreenshot(dialog);

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);   // accept p2's Korean, on to the note
        waitFor("p2 accepted", () -> main.controller().model().paragraph(1).target("ko").text().equals(REVIEWED_KO));
        waitFor("the note selected", () -> changes.getSelectedRow() == 1);
        assertThat(dialog.textBox(ReviewDialog.AFTER).text()).endsWith("article.review.docx: Is this figure confirmed?");
        robot.pressAndReleaseKey(KeyEvent.VK_DELETE);  // reject the comment
        waitFor("the counts", () -> status().contains("Review: 1 pending, 1 accepted, 1 rejected")
                && dialog.label(ReviewDialog.COUNTS).target().getText().equals("1 pending · 1 accepted · 1 rejected"));
        robot.pressAndReleaseKey(KeyEvent.VK_L, ALT); // accept the rest
        waitFor("all decided", () -> status().contains("Review: 0 pending, 2 accepted, 1 rejected"));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        waitFor("the dialog closed", () -> !dialog.target().isShowing());

        robot.pressAndReleaseKey(KeyEvent.VK_R, CTRL_SHIFT);
        DialogFixture again = window.dialog(ReviewDialog.NAME, Timeout.timeout(5000));
        assertThat(onEdt(() -> again.table(ReviewDialog.TABLE).target().getValueAt(1, 2))).isEqualTo("Rejected");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        waitFor("the dialog closed again", () -> !again.target().isShowing());

        waitFor("saved", () -> !main.controller().unsaved());
        Document saved = DocumentCodec.read(article);
        assertThat(saved.paragraphs().get(1).target("ko").text()).isEqualTo(REVIEWED_KO);
        assertThat(saved.paragraphs().get(1).target("ko").status()).isEqualTo(Status.DRAFT);
        assertThat(saved.paragraphs().get(3).target("uk").text()).isEqualTo(REVIEWED_UK);
        assertThat(saved.paragraphs().get(2).note()).as("rejected").isEqualTo(before.paragraphs().get(2).note());
    }

    @Test
    void aReviewFileOfAnotherDocumentIsRefusedAndNothingIsPending() throws Exception {
        Path other = elsewhere.resolve("other.csv");
        Document sample = DocumentCodec.read(article);
        Document renamed = sample.withPath(other).withParagraphs(sample.paragraphs().stream()
                .map(p -> new org.triptych.model.Paragraph("x" + p.id(), p.source(), p.targets(), p.note(), p.extra(), 0)).toList());
        Path foreign = elsewhere.resolve("other.review.docx");
        Exports.export(ExportFormat.REVIEW_DOCX, renamed, List.of(), ExportOptions.DEFAULT, foreign, Progress.NONE);
        window.menuItem("menu.file").click();
        window.menuItem("action.importReview").click();
        JFileChooserFixture chooser = window.fileChooser("importReviewChooser", Timeout.timeout(5000));
        chooser.fileNameTextBox().deleteText().enterText(foreign.toString());
        chooser.approve();
        DialogFixture error = window.dialog(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JDialog>(javax.swing.JDialog.class) {
            @Override
            protected boolean isMatching(javax.swing.JDialog d) {
                return d.isShowing() && !ReviewDialog.NAME.equals(d.getName());
            }
        }, Timeout.timeout(10_000));
        assertThat(onEdt(() -> text(error.target()).replaceAll("\\s+", " "))).contains("this review is of another document");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        assertThat(onEdt(() -> main.controller().workspace().review().items().size())).isZero();
        assertThat(status()).doesNotContain("Review:");
        assertThat(Files.readString(article)).isEqualTo(DocumentCodec.format(sample));
    }

    @Test
    void fileExportWritesAProtectedReviewFile() throws Exception {
        window.menuItem("menu.file").click();
        window.menuItem("action.export").click();
        DialogFixture dialog = window.dialog("exportDialog", Timeout.timeout(5000));
        dialog.radioButton("format.REVIEW_DOCX").click();
        assertThat(dialog.textBox("exportNote").text()).contains("only the translations and a comment column can be edited");
        dialog.button("exportDialog.ok").click();
        JFileChooserFixture chooser = window.fileChooser("exportChooser", Timeout.timeout(5000));
        assertThat(onEdt(() -> chooser.target().getSelectedFile().toPath()))
                .isEqualTo(dir.resolve("exports/article.review.docx").toAbsolutePath());
        Path out = elsewhere.resolve("for-the-editor.docx");
        chooser.fileNameTextBox().deleteText().enterText(out.toString());
        chooser.approve();
        waitFor("the file", () -> Files.exists(out));
        waitFor("the report", () -> window.label("statusSaved").target().getText().contains("for-the-editor.docx"));
        try (var in = Files.newInputStream(out); var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(docx.isEnforcedReadonlyProtection()).isTrue();
            assertThat(docx.getTables().get(0).getRows()).hasSize(5);
        }
    }

    private String status() {
        return onEdt(() -> window.label("statusProgress").target().getText());
    }

    private static String text(java.awt.Container container) {
        StringBuilder all = new StringBuilder();
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof JLabel label) {
                all.append(label.getText()).append('\n');
            } else if (c instanceof javax.swing.text.JTextComponent t) {
                all.append(t.getText()).append('\n');
            }
            if (c instanceof java.awt.Container inner) {
                all.append(text(inner));
            }
        }
        return all.toString();
    }

    /** The dialog as a translator sees it, for the README (target/review-dialog.png). */
    private static void saveScreenshot(DialogFixture dialog) throws Exception {
        Path picture = Path.of("target", "review-dialog.png").toAbsolutePath();
        Files.createDirectories(picture.getParent());
        Files.deleteIfExists(picture);
        new ScreenshotTaker().saveComponentAsPng(dialog.target(), picture.toString());
    }
}
