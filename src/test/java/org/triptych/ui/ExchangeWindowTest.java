package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
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
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;
import org.triptych.testing.GuiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Import and export through the window's menus, dialogs and file choosers, as a translator does them. */
@GuiTest
class ExchangeWindowTest {

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path article;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("ExchangeWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        article = dir.resolve("translations/article.csv");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        GuiActionRunner.execute(() -> main.controller().open(dir));
        waitFor("the document to open", () -> main.controller().model().getRowCount() == 4 && main.controller().session() != null);
        waitFor("the glossary to arrive", () -> !main.controller().shownGlossaries().isEmpty());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void fileExportWritesTheSampleAsHtmlWithTheGlossaryAppendixAndNamesTheFile() throws Exception {
        menu("menu.file", "action.export");
        DialogFixture dialog = window.dialog("exportDialog", Timeout.timeout(5000));
        dialog.radioButton("format.HTML").click();
        dialog.checkBox("lang.ko").requireSelected();
        dialog.checkBox("exportAppendix").requireEnabled().requireSelected();
        Path picture = Path.of("target", "export-dialog.png").toAbsolutePath();
        Files.createDirectories(picture.getParent());
        Files.deleteIfExists(picture);
        new ScreenshotTaker().saveComponentAsPng(dialog.target(), picture.toString()); // to look at
        dialog.radioButton("format.XLIFF").click();
        assertThat(dialog.textBox("exportNote").text()).contains("one .xlf file per chosen language");
        dialog.checkBox("exportAppendix").requireDisabled();
        dialog.radioButton("format.HTML").click();
        dialog.checkBox("lang.uk").click(); // Korean only
        dialog.button("exportDialog.ok").click();

        Path out = elsewhere.resolve("delivery.html");
        typeIntoChooser("exportChooser", out);
        waitFor("the file", () -> Files.exists(out));
        waitFor("the status", () -> window.label("statusSaved").target().getText().contains("Exported: delivery.html"));
        String html = Files.readString(out);
        Document sample = DocumentCodec.read(article);
        assertThat(html).contains("lang=\"ko\"").doesNotContain("lang=\"uk\"")
                .contains(escaped(sample.paragraphs().get(1).target("ko").text().substring(0, 20)));
        String term = main.controller().shownConcepts().get(0).english();
        assertThat(html).contains(escaped(term));
    }

    @Test
    void aTextImportedAsANewDocumentIsOfferedInFileDocuments() throws Exception {
        Path text = elsewhere.resolve("briefing.txt");
        Files.writeString(text, "First paragraph of the briefing.\n\nSecond paragraph,\nwrapped.\n");
        menu("menu.file", "action.importSource");
        typeIntoChooser("importSourceChooser", text);
        DialogFixture dialog = window.dialog("importSourceDialog", Timeout.timeout(5000));
        dialog.textBox("importSource.name").requireText("briefing");
        dialog.button("importSourceDialog.ok").click();

        Path created = dir.resolve("translations/briefing.csv");
        waitFor("the new document", () -> Files.exists(created));
        Document document = DocumentCodec.read(created);
        assertThat(document.paragraphs()).extracting(Paragraph::source)
                .containsExactly("First paragraph of the briefing.", "Second paragraph, wrapped.");
        assertThat(document.targets()).containsExactly("ko", "uk");
        waitFor("the report", () -> window.label("statusSaved").target().getText().contains("Created briefing: 2 paragraphs"));
        menu("menu.file", "menu.documents");
        window.menuItem(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JMenuItem>(javax.swing.JMenuItem.class) {
            @Override
            protected boolean isMatching(javax.swing.JMenuItem item) {
                return item.getText().equals("briefing.csv") && item.isShowing();
            }
        }).click();
        waitFor("the new document open", () -> main.controller().model().getRowCount() == 2
                && main.controller().model().document().name().equals("briefing"));
    }

    @Test
    void anXliffFromTheExporterImportedBackChangesTheTranslationInTheTable() throws Exception {
        Document sample = DocumentCodec.read(article);
        Paragraph p2 = sample.paragraphs().get(1);
        Document elsewhereEdited = sample.withParagraph(p2.withTarget("ko", p2.target("ko").withText("다른 도구에서 고친 번역")));
        Path xliff = elsewhere.resolve("article.ko.xlf");
        Exports.export(ExportFormat.XLIFF, elsewhereEdited, List.of("ko"), ExportOptions.DEFAULT, xliff, Progress.NONE);

        menu("menu.file", "action.importTranslations");
        typeIntoChooser("importTranslationsChooser", xliff);
        waitFor("the translation in the table", () -> main.controller().table().getValueAt(1, 1).equals("다른 도구에서 고친 번역"));
        waitFor("the report", () -> window.label("statusSaved").target().getText()
                .contains("article.ko.xlf: 4 of 4 units matched a paragraph; 한국어: 1 paragraph changed, Українська: unchanged."));
        assertThat(DocumentCodec.read(article).paragraphs().get(1).target("ko").text()).isEqualTo("다른 도구에서 고친 번역");
        assertThat(onEdt(() -> main.controller().unsaved())).isFalse();
    }

    @Test
    void anOmegatGlossaryImportedIntoTheWorkspaceGlossaryHighlightsItsTermAtOnce() throws Exception {
        String word = "volunteered";
        assumeTrue(onEdt(() -> main.controller().model().paragraph(0).source().contains(word)), "p1 has no " + word);
        Path omegat = elsewhere.resolve("terms-uk.txt");
        Files.writeString(omegat, "# OmegaT glossary\n" + word + "\tзголосилися\tfrom OmegaT\n");
        menu("menu.glossary", "action.importGlossary");
        typeIntoChooser("importGlossaryChooser", omegat);
        DialogFixture dialog = window.dialog("importGlossaryDialog", Timeout.timeout(5000));
        dialog.comboBox("importGlossary.language").requireSelection("Українська");
        dialog.comboBox("importGlossary.into").requireSelection("names-and-terms.csv");
        dialog.button("importGlossaryDialog.ok").click();
        waitFor("the new term highlighted", () -> main.controller().table().termsIn(0).stream()
                .anyMatch(t -> t.concept().english().equals(word)));
        waitFor("the report", () -> window.label("statusSaved").target().getText()
                .contains("Imported 1 concept (2 terms) into names-and-terms.csv"));
        assertThat(org.triptych.io.GlossaryCodec.read(dir.resolve("glossaries/names-and-terms.csv")).concepts())
                .anyMatch(c -> c.english().equals(word) && c.preferred("uk").equals("зголосилися"));
    }

    @Test
    void anExportAimedAtTheOpenDocumentOrTheGlossaryIsRefusedInTheChooserAndNothingIsWritten() throws Exception {
        byte[] document = Files.readAllBytes(article);
        Path glossary = dir.resolve("glossaries/names-and-terms.csv");
        byte[] terms = Files.readAllBytes(glossary);
        menu("menu.file", "action.export");
        DialogFixture dialog = window.dialog("exportDialog", Timeout.timeout(5000));
        dialog.radioButton("format.CSV").click();
        dialog.checkBox("lang.uk").click(); // Korean only, as in the report
        dialog.button("exportDialog.ok").click();

        JFileChooserFixture chooser = window.fileChooser("exportChooser", Timeout.timeout(5000));
        assertThat(onEdt(() -> chooser.target().getSelectedFile().toPath()))
                .as("the offered file").isEqualTo(dir.resolve("exports/article.csv").toAbsolutePath());
        chooser.fileNameTextBox().deleteText().enterText(article.toString());
        chooser.approve();
        refusedWith("article.csv is a file this command reads");
        chooser.requireVisible().fileNameTextBox().deleteText().enterText(dir.resolve("translations/../glossaries/names-and-terms").toString());
        chooser.approve(); // the extension .csv is added: the workspace glossary
        refusedWith("names-and-terms.csv is a document or glossary of the workspace");
        chooser.requireVisible().cancel();

        menu("menu.glossary", "action.exportGlossary");
        DialogFixture glossaryDialog = window.dialog("exportGlossaryDialog", Timeout.timeout(5000));
        glossaryDialog.radioButton("glossaryFormat.CSV").click();
        glossaryDialog.button("exportGlossaryDialog.ok").click();
        JFileChooserFixture glossaryChooser = window.fileChooser("exportGlossaryChooser", Timeout.timeout(5000));
        assertThat(onEdt(() -> glossaryChooser.target().getSelectedFile().toPath()))
                .isEqualTo(dir.resolve("exports/names-and-terms.csv").toAbsolutePath());
        glossaryChooser.fileNameTextBox().deleteText().enterText(glossary.toString());
        glossaryChooser.approve();
        refusedWith("names-and-terms.csv is a file this command reads");
        glossaryChooser.requireVisible().cancel();

        assertThat(Files.readAllBytes(article)).as("the document").isEqualTo(document);
        assertThat(Files.readAllBytes(glossary)).as("the glossary").isEqualTo(terms);
        assertThat(dir.resolve("translations/article.csv.bak")).doesNotExist();
        try (var exported = Files.list(dir.resolve("exports"))) {
            assertThat(exported).isEmpty();
        }
        assertThat(DocumentCodec.read(article).paragraphs().get(0).target("uk").text()).startsWith("Група з майже 200");
    }

    @Test
    void aNewDocumentNamedWithAPathOrAReservedNameIsNotOffered() throws Exception {
        Path text = elsewhere.resolve("briefing.txt");
        Files.writeString(text, "First paragraph.\n");
        menu("menu.file", "action.importSource");
        typeIntoChooser("importSourceChooser", text);
        DialogFixture dialog = window.dialog("importSourceDialog", Timeout.timeout(5000));
        dialog.textBox("importSource.name").deleteText().enterText("../glossaries/names-and-terms");
        dialog.label("importSource.warning").requireText("“../glossaries/names-and-terms” contains / or \\: give a name, not a path.");
        dialog.button("importSourceDialog.ok").requireDisabled();
        dialog.textBox("importSource.name").deleteText().enterText("con");
        dialog.label("importSource.warning").requireText("“con” is a reserved name on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9).");
        dialog.button("importSourceDialog.ok").requireDisabled();
        dialog.textBox("importSource.name").deleteText().enterText("briefing 2");
        dialog.button("importSourceDialog.ok").requireEnabled();
        dialog.button("importSourceDialog.cancel").click();
        try (var files = Files.list(dir.resolve("translations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("article.csv");
        }
    }

    /** The warning shown over the chooser says {@code text}; closes it, leaving the chooser open. */
    private void refusedWith(String text) {
        JOptionPaneFixture pane = window.optionPane(Timeout.timeout(5000));
        pane.requireWarningMessage();
        assertThat(String.valueOf(onEdt(() -> pane.target().getMessage()))).contains(text).contains("nothing was written");
        pane.okButton().click();
    }

    private void menu(String menu, String item) {
        window.menuItem(menu).click();
        window.menuItem(item).click();
    }

    /** Types the path into the chooser's file name field, as a user would, and presses Enter. */
    private void typeIntoChooser(String name, Path file) {
        JFileChooserFixture chooser = window.fileChooser(name, Timeout.timeout(5000));
        chooser.fileNameTextBox().deleteText().enterText(file.toString());
        chooser.approve();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }


}
