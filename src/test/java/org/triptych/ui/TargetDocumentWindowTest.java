package org.triptych.ui;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import org.triptych.importer.SourceImport;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.testing.GuiTest;
import org.triptych.testing.SourceDocx;

import javax.swing.JTextArea;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * A Word source imported into the sample workspace and translated: File > Export translated document writes the
 * Korean .docx and says how many paragraphs kept their English; the inline tags of the formatting are chips the
 * editor keeps whole.
 */
@GuiTest
class TargetDocumentWindowTest {

    /** The robot takes the old modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;
    private static final String TAGGED_KOREAN = "관리들은 월요일 <b1>세 시간</b1> 동안 만났다. <a3>성명</a3>을 보라.<x9/>";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("TargetDocumentWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        Files.delete(dir.resolve("translations/article.csv")); // the report is the workspace's one document
        Path source = elsewhere.resolve("report.docx");
        SourceDocx.write(source);
        SourceImport.run(dir, source, "", false, null, List.of("ko", "uk"), Progress.NONE);
        Path report = dir.resolve("translations/report.csv");
        Document doc = DocumentCodec.read(report);
        List<Paragraph> translated = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String korean = p.source().startsWith("Officials") ? TAGGED_KOREAN
                    : p.source().equals("Delivery report") ? "납품 보고서" : p.source().equals("City") ? "도시" : null;
            translated.add(korean == null ? p : p.withTarget("ko", new Translation(korean, Status.TRANSLATED)));
        }
        DocumentCodec.save(doc.withParagraphs(translated));

        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, SourceDocx.PARAGRAPHS.length);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void fileExportTranslatedDocumentWritesTheKoreanDocxAndCountsTheEnglishLeft() throws Exception {
        window.menuItem("menu.file").click();
        window.menuItem("action.exportTarget").click();
        DialogFixture dialog = window.dialog("targetExportDialog", Timeout.timeout(5000));
        assertThat(dialog.textBox("targetExportNote").text()).contains("report.docx");
        dialog.checkBox("lang.uk").click(); // Korean only
        dialog.button("targetExportDialog.ok").click();
        Path out = elsewhere.resolve("report.ko.docx");
        JFileChooserFixture chooser = window.fileChooser("targetExportChooser", Timeout.timeout(5000));
        assertThat(chooser.target().getSelectedFile().getName()).isEqualTo("report.ko.docx");
        chooser.fileNameTextBox().deleteText().enterText(out.toString());
        chooser.approve();

        waitFor("the file", () -> Files.exists(out));
        waitFor("the status", () -> window.label("statusSaved").target().getText()
                .contains("Wrote report.ko.docx: 12 paragraphs, 9 left in English"));
        try (InputStream in = Files.newInputStream(out); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("납품 보고서", "관리들은 월요일 세 시간 동안 만났다. 성명을 보라.", "The talks in Kyiv");
        }
    }

    @Test
    void aTagIsAChipThatBackspaceRemovesWholeAndTypingNeverSplits() {
        window.textBox("targetEditor").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN, CTRL);
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN, CTRL);
        robot.waitForIdle();
        assertThat(onEdt(() -> main.controller().currentRow() + " " + main.controller().currentLang() + " " + area().getText()))
                .isEqualTo("2 ko " + TAGGED_KOREAN);
        // A chip behind each of the 5 tags; the tag the English lacks also has the tags rule's wavy underline.
        List<String> marked = onEdt(() -> java.util.Arrays.stream(area().getHighlighter().getHighlights())
                .map(h -> TAGGED_KOREAN.substring(h.getStartOffset(), h.getEndOffset()))
                .filter(text -> text.matches("</?[a-z]\\d+/?>")).sorted().toList());
        waitFor("the check of the tags", () -> java.util.Arrays.stream(area().getHighlighter().getHighlights())
                .filter(h -> TAGGED_KOREAN.substring(h.getStartOffset(), h.getEndOffset()).equals("<x9/>")).count() == 2);
        assertThat(marked).containsAll(List.of("<b1>", "</b1>", "<a3>", "</a3>", "<x9/>"));

        int insideOpening = TAGGED_KOREAN.indexOf("<b1>") + 2;
        GuiActionRunner.execute(() -> area().setCaretPosition(insideOpening));
        robot.pressAndReleaseKey(KeyEvent.VK_BACK_SPACE, 0);
        waitFor("the whole tag gone", () -> area().getText().equals(TAGGED_KOREAN.replace("<b1>", "")));

        String now = TAGGED_KOREAN.replace("<b1>", "");
        GuiActionRunner.execute(() -> area().setCaretPosition(now.indexOf("</b1>") + 3));
        robot.type('X');
        waitFor("the typing after the tag", () -> area().getText().equals(now.replace("</b1>", "</b1>X")));
        waitFor("the edit in the document", () -> main.controller().model().snapshot().paragraphs().get(2)
                .target("ko").text().equals(now.replace("</b1>", "</b1>X")));
    }

    private JTextArea area() {
        return main.controller().table().editorArea();
    }
}
