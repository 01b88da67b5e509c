package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.testing.GuiTest;
import org.triptych.ui.editor.EditorTable;
import org.triptych.check.Finding;

import java.awt.event.KeyEvent;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Drives the real window under a (virtual) display with keys and clicks, on a copy of the sample workspace. */
@GuiTest
class WorkbenchWindowTest {

    /** AssertJ Swing reads the old-style modifier mask (CTRL_MASK), not CTRL_DOWN_MASK. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = java.awt.event.InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path article;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("WorkbenchWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        article = dir.resolve("translations/article.csv");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        openWindow();
    }

    private void openWindow() {
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        GuiActionRunner.execute(() -> main.controller().open(dir));
        waitFor("the document to open", () -> main.controller().model().getRowCount() == 4 && table().target().isEditing());
        waitFor("the glossary to arrive", () -> !main.controller().shownGlossaries().isEmpty());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private JTableFixture table() {
        return window.table("editorTable");
    }

    private JTextComponentFixture editor() {
        return window.textBox(EditorTableNames.EDITOR);
    }



    @Test
    void showsEnglishBesideEachTargetLanguageInItsOwnName() {
        table().requireRowCount(4);
        assertThat(onEdt(() -> {
            EditorTable t = main.controller().table();
            return t.getColumnName(0) + "|" + t.getColumnName(1) + "|" + t.getColumnName(2);
        })).isEqualTo("English|한국어|Українська");
        waitFor("the counts", () -> window.label("statusProgress").target().getText().contains("English: 4 paragraphs"));
        assertThat(window.label("statusProgress").text()).as("the sample's fourth Korean paragraph is a draft")
                .contains("한국어: 3 of 4 paragraphs translated").contains("1 draft");
    }

    @Test
    void movesBetweenParagraphsAndLanguagesWithTheKeyboard() {
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_DOWN).modifiers(CTRL));
        waitFor("row 1", () -> main.controller().currentRow() == 1);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_TAB));
        waitFor("Ukrainian", () -> "uk".equals(main.controller().currentLang()));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_UP).modifiers(CTRL));
        waitFor("row 0", () -> main.controller().currentRow() == 0);
        assertThat(main.controller().currentLang()).isEqualTo("uk");
    }

    @Test
    void typedHangulAndCyrillicReachTheDiskAfterTypingPauses() throws Exception {
        editor().deleteText();
        // One edit, far less than the autosave delay ago (typing on, saves come at most 1.5 s apart).
        assertThat(window.label("statusSaved").text()).isEqualTo("Unsaved changes");
        assertThat(main.frame().getTitle()).startsWith("• ");
        editor().enterText("안녕하세요");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_TAB));
        waitFor("Ukrainian", () -> "uk".equals(main.controller().currentLang()));
        editor().deleteText().enterText("Привіт, світе");
        waitFor("the autosave", () -> !main.controller().unsaved());
        Document saved = DocumentCodec.read(article);
        assertThat(saved.paragraphs().get(0).target("ko").text()).isEqualTo("안녕하세요");
        assertThat(saved.paragraphs().get(0).target("uk").text()).isEqualTo("Привіт, світе");
        assertThat(window.label("statusSaved").text()).isEqualTo("All changes saved");
    }

    @Test
    void ctrlEnterMarksTranslatedAndMovesOnAndCtrlZUndoesTyping() throws Exception {
        String before = editor().text();
        editor().enterText(" 끝");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_ENTER).modifiers(CTRL));
        waitFor("row 1", () -> main.controller().currentRow() == 1);
        assertThat(onEdt(() -> main.controller().model().paragraph(0).target("ko").status())).isEqualTo(Status.TRANSLATED);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("the text back", () -> main.controller().model().paragraph(0).target("ko").text().equals(before));
        assertThat(main.controller().currentRow()).isEqualTo(0);
        assertThat(editor().text()).isEqualTo(before);
    }

    @Test
    void ctrlShiftEnterMarksReviewedAndTheStatusReachesTheDisk() throws Exception {
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_DOWN).modifiers(CTRL));
        waitFor("row 1", () -> main.controller().currentRow() == 1);
        assertThat(onEdt(() -> main.controller().model().paragraph(1).target("ko").status())).isEqualTo(Status.TRANSLATED);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_ENTER).modifiers(CTRL | SHIFT));
        waitFor("row 2", () -> main.controller().currentRow() == 2);
        assertThat(onEdt(() -> main.controller().model().paragraph(1).target("ko").status())).isEqualTo(Status.REVIEWED);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_S).modifiers(CTRL));
        waitFor("the save", () -> !main.controller().unsaved());
        assertThat(DocumentCodec.read(article).paragraphs().get(1).target("ko").status()).isEqualTo(Status.REVIEWED);
    }

    @Test
    void closingSavesAndReopeningShowsTheEdits() throws Exception {
        editor().deleteText().enterText("새 번역");
        GuiActionRunner.execute(() -> main.controller().close());
        waitFor("the window closed", () -> !main.frame().isDisplayable()); // saving happens off the EDT first
        assertThat(DocumentCodec.read(article).paragraphs().get(0).target("ko").text()).isEqualTo("새 번역");
        window.cleanUp();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        openWindow();
        assertThat(editor().text()).isEqualTo("새 번역");
    }

    @Test
    void ctrlUGoesToTheNextParagraphThatIsEmptyOrADraft() {
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_TAB));
        waitFor("Ukrainian", () -> "uk".equals(main.controller().currentLang()));
        int open = onEdt(() -> {
            for (int row = 1; row < 4; row++) {
                if (!main.controller().model().paragraph(row).target("uk").isDone()) {
                    return row;
                }
            }
            return -1;
        });
        assumeTrue(open > 0, "the sample has no Ukrainian paragraph left to translate");
        assertThat(onEdt(() -> main.controller().model().paragraph(open).target("uk").status()))
                .as("the sample's first open Ukrainian paragraph is a draft, which Ctrl+U no longer skips").isEqualTo(Status.DRAFT);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_U).modifiers(CTRL));
        waitFor("the paragraph to translate", () -> main.controller().currentRow() == open);
    }

    @Test
    void typingIntoAReviewedCellLowersItToDraftInTheStatusBarAndOnDisk() throws Exception {
        assertThat(onEdt(() -> main.controller().model().paragraph(0).target("ko").status())).isEqualTo(Status.REVIEWED);
        String korean = onEdt(() -> WorkbenchController.nativeName("ko"));
        waitFor("the figures", () -> window.label("statusProgress").target().getText().contains(korean + ": 3 of 4"));
        editor().enterText(" 끝");
        waitFor("the status lowered", () -> main.controller().model().paragraph(0).target("ko").status() == Status.DRAFT);
        waitFor("one translated paragraph less", () -> window.label("statusProgress").target().getText()
                .contains(korean + ": 2 of 4 paragraphs translated"));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_S).modifiers(CTRL));
        waitFor("the save", () -> !main.controller().unsaved());
        assertThat(DocumentCodec.read(article).paragraphs().get(0).target("ko").status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void interfaceSwitchesToUkrainianWithPluralForms() {
        window.menuItem("menu.view").click();
        window.menuItem("menu.language").click();
        window.menuItem("language.uk").click();
        waitFor("Ukrainian menus", () -> main.frame().getJMenuBar().getMenu(0).getText().equals("Файл"));
        waitFor("the counts", () -> !window.label("statusProgress").target().getText().isEmpty());
        assertThat(window.label("statusProgress").text()).contains("Англійська: 4 абзаци");
        assertThat(window.label("statusSaved").text()).isEqualTo("Усі зміни збережено");
    }

    @Test
    void findAndReplaceChangesOnlyTheChosenLanguage() throws Exception {
        String uk = onEdt(() -> main.controller().model().paragraph(0).target("uk").text());
        assumeTrue(uk.contains("Україн"), "the sample's Ukrainian has no Україн");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_F).modifiers(CTRL));
        window.dialog("findDialog").textBox("findField").setText("Україн");
        // Set directly: a combo box popup left open by a simulated click would swallow the next click.
        javax.swing.JComboBox<?> scope = window.dialog("findDialog").comboBox("findScope").target();
        GuiActionRunner.execute(() -> scope.setSelectedItem("Українська"));
        window.dialog("findDialog").comboBox("findScope").requireSelection("Українська");
        window.dialog("findDialog").textBox("replaceField").setText("УКРАЇН");
        // The keyboard, not a click: a click on a dialog that has just appeared is now and then lost under Xvfb.
        window.dialog("findDialog").button("replaceAll").focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        window.dialog("findDialog").label("findResult").requireText(java.util.regex.Pattern.compile("Replaced \\d+ match.*"));
        waitFor("the replacement", () -> main.controller().model().paragraph(0).target("uk").text().contains("УКРАЇН"));
        assertThat(onEdt(() -> main.controller().model().paragraph(0).source())).doesNotContain("УКРАЇН");
    }

    @Test
    void issuesAppearAsTheTargetLosesItsTermsAndCtrl1InsertsTheRendering() {
        window.table("termsTable").requireRowCount(onEdt(() -> main.controller().currentConcepts().size()));
        String first = onEdt(() -> main.controller().currentConcepts().get(0).preferred("ko"));
        editor().deleteText().enterText("없음 ");
        waitFor("missing-term findings", () -> issuesOf("p1", "ko") > 0);
        int before = issuesOf("p1", "ko");
        assertThat(window.label(org.assertj.swing.core.matcher.JLabelMatcher.withText(
                java.util.regex.Pattern.compile("\\d+ issues?")))).isNotNull();
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_1).modifiers(CTRL));
        waitFor("the rendering inserted", () -> main.controller().model().paragraph(0).target("ko").text().equals("없음 " + first));
        waitFor("fewer findings", () -> issuesOf("p1", "ko") < before);
        assertThat(window.table("termsTable").cell(org.assertj.swing.data.TableCell.row(0).column(2)).value()).startsWith("✓");
    }

    @Test
    void clickingAnIssueJumpsToItsParagraphAndLanguage() {
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_DOWN).modifiers(CTRL));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_TAB));
        waitFor("row 1 in Ukrainian", () -> main.controller().currentRow() == 1 && "uk".equals(main.controller().currentLang()));
        editor().deleteText().enterText("порожньо");
        waitFor("findings for p2", () -> issuesOf("p2", "uk") > 0);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_UP).modifiers(CTRL));
        waitFor("row 0", () -> main.controller().currentRow() == 0);
        int row = onEdt(() -> {
            java.util.List<Finding> all = main.controller().view().issues().issues();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).paragraph().equals("p2")) {
                    return i;
                }
            }
            return -1;
        });
        window.table("issuesTable").cell(org.assertj.swing.data.TableCell.row(row).column(0)).click();
        waitFor("the jump", () -> main.controller().currentRow() == 1 && "uk".equals(main.controller().currentLang()));
    }

    @Test
    void aGlossaryChangeIsSavedAndReHighlightsAndReChecksAtOnce() throws Exception {
        Path glossaryFile = dir.resolve("glossaries").resolve(
                onEdt(() -> main.controller().shownGlossaries().get(0).path().getFileName().toString()));
        String word = "volunteered";
        assumeTrue(onEdt(() -> main.controller().model().paragraph(0).source().contains(word)), "p1 has no " + word);
        assertThat(onEdt(() -> main.controller().table().termsIn(0).stream()
                .noneMatch(t -> t.concept().english().equals(word)))).isTrue();
        org.triptych.model.Glossary before = onEdt(() -> main.controller().shownGlossaries().get(0));
        org.triptych.model.Concept added = new org.triptych.model.Concept(java.util.Map.of(
                "en", java.util.List.of(new org.triptych.model.Term("en", word, true)),
                "ko", java.util.List.of(new org.triptych.model.Term("ko", "자원했다", true)),
                "uk", java.util.List.of(new org.triptych.model.Term("uk", "зголосилися", true))),
                java.util.Map.of(), "", java.util.Map.of(), 0);
        GuiActionRunner.execute(() -> main.controller().glossaryChanged(before.withConcept(added)));
        waitFor("the new term highlighted", () -> main.controller().table().termsIn(0).stream()
                .anyMatch(t -> t.concept().english().equals(word)));
        waitFor("a finding for the new term", () -> main.controller().view().issues().issues().stream()
                .anyMatch(i -> i.paragraph().equals("p1") && i.lang().equals("uk") && i.term().equals(word)));
        assertThat(org.triptych.io.GlossaryCodec.read(glossaryFile).concepts()).hasSize(before.concepts().size() + 1);
        GuiActionRunner.execute(() -> main.controller().glossaryChanged(before));
        waitFor("the finding gone", () -> main.controller().view().issues().issues().stream()
                .noneMatch(i -> i.term().equals(word)));
    }

    @Test
    void aGlossaryRewrittenOnDiskIsTakenInAndReHighlighted() throws Exception {
        Path glossaryFile = onEdt(() -> main.controller().shownGlossaries().get(0).path());
        String word = "volunteered";
        assumeTrue(onEdt(() -> main.controller().model().paragraph(0).source().contains(word)), "p1 has no " + word);
        org.triptych.model.Glossary onDisk = org.triptych.io.GlossaryCodec.read(glossaryFile);
        org.triptych.io.GlossaryCodec.save(onDisk.withConcept(new org.triptych.model.Concept(java.util.Map.of(
                "en", java.util.List.of(new org.triptych.model.Term("en", word, true))),
                java.util.Map.of(), "", java.util.Map.of(), 0)));
        waitFor("the new term highlighted", () -> main.controller().table().termsIn(0).stream()
                .anyMatch(t -> t.concept().english().equals(word)));
    }

    @Test
    void textGrowsWithCtrlEqualsAndTheDarkThemeSwitchesAtRunTime() {
        int before = onEdt(() -> main.controller().table().getFont().getSize());
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_EQUALS).modifiers(CTRL));
        waitFor("larger text", () -> main.controller().table().getFont().getSize() > before);
        window.menuItem("menu.view").click();
        window.menuItem("action.dark").click();
        waitFor("the dark theme", com.formdev.flatlaf.FlatLaf::isLafDark);
        assertThat(onEdt(() -> main.controller().table().getFont().getSize())).isGreaterThan(before);
        GuiActionRunner.execute(() -> Workbench.installLookAndFeel(false, Fonts.detect()));
    }

    @Test
    void clickingATargetCellEditsItInPlace() {
        table().cell(org.assertj.swing.data.TableCell.row(1).column(2)).click();
        waitFor("editing row 1 in Ukrainian", () -> main.controller().currentRow() == 1
                && "uk".equals(main.controller().currentLang()) && main.controller().table().isEditing());
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_END).modifiers(CTRL));
        editor().enterText(" Кінець");
        waitFor("the text in the model", () -> main.controller().model().paragraph(1).target("uk").text().endsWith(" Кінець"));
    }

    @Test
    void aCellChangedHereAndOnDiskIsAskedAboutAndTheChosenVersionKept() throws Exception {
        editor().deleteText().enterText("여기 편집");
        waitFor("the autosave", () -> !main.controller().unsaved());
        Document onDisk = DocumentCodec.read(article); // what the other program starts from
        // One keystroke here, then the other program writes at once: long before an autosave could come between.
        editor().enterText("!");
        DocumentCodec.save(onDisk.withParagraph(onDisk.paragraphs().get(0).withTarget("ko",
                onDisk.paragraphs().get(0).target("ko").withText("디스크 편집"))));
        org.assertj.swing.fixture.DialogFixture dialog = window.dialog("conflictDialog", Timeout.timeout(10_000));
        dialog.table("conflictTable").requireRowCount(1);
        dialog.table("conflictTable").cell(org.assertj.swing.data.TableCell.row(0).column(4)).click();
        dialog.button("conflictApply").click();
        waitFor("the disk version taken", () -> main.controller().model().paragraph(0).target("ko").text().equals("디스크 편집"));
        waitFor("saved", () -> !main.controller().unsaved());
        assertThat(editor().text()).isEqualTo("디스크 편집");
    }

    @Test
    void theEnglishOpensReadOnlyAndWordsSelectedThereAndInATargetAreRemembered() {
        table().cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        JTextComponentFixture english = window.textBox("sourceViewer");
        english.requireNotEditable();
        String source = english.text();
        int start = source.indexOf("South Korea");
        english.selectText(start, start + "South Korea".length());
        table().cell(org.assertj.swing.data.TableCell.row(0).column(1)).click();
        editor().selectText(0, 2);
        waitFor("both selections", () -> main.controller().table().selectionsInCurrentRow().size() == 2);
        assertThat(onEdt(() -> main.controller().table().selectionsInCurrentRow()))
                .containsEntry("en", "South Korea").containsKey("ko");
        assertThat(onEdt(() -> main.controller().model().paragraph(0).source())).isEqualTo(source);
    }

    @Test
    void ctrlShiftGAddsAConceptPrefilledFromTheSelections() throws Exception {
        String word = "volunteered";
        table().cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        JTextComponentFixture english = window.textBox("sourceViewer");
        int start = english.text().indexOf(word);
        assumeTrue(start >= 0, "p1 has no " + word);
        english.selectText(start, start + word.length());
        table().cell(org.assertj.swing.data.TableCell.row(0).column(1)).click();
        String ko = editor().text();
        int koStart = ko.indexOf("자원했다");
        assumeTrue(koStart >= 0, "p1 ko has no 자원했다");
        editor().selectText(koStart, koStart + "자원했다".length());
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_G).modifiers(CTRL | SHIFT));
        org.assertj.swing.fixture.DialogFixture dialog = window.dialog("addConceptDialog", Timeout.timeout(5000));
        dialog.textBox("addConcept.en").requireText(word);
        dialog.textBox("addConcept.ko").requireText("자원했다");
        dialog.textBox("addConcept.uk").enterText("зголосилася");
        dialog.button("addConcept.ok").click();
        waitFor("the new term highlighted", () -> main.controller().table().termsIn(0).stream()
                .anyMatch(t -> t.concept().english().equals(word)));
        Path glossaryFile = onEdt(() -> main.controller().shownGlossaries().get(0).path());
        waitFor("the concept saved", () -> org.triptych.io.GlossaryCodec.read(glossaryFile).concepts().stream()
                .anyMatch(c -> c.english().equals(word) && c.preferred("ko").equals("자원했다")));
    }

    @Test
    void editingTheGlossaryTableChangesTheIssuesAndUndoBringsThemBack() {
        assumeTrue(onEdt(() -> main.controller().model().paragraph(0).target("ko").text().contains("키이우")),
                "p1 ko has no 키이우");
        assertThat(issuesOf("p1", "ko")).isZero();
        window.menuItem("menu.glossary").click();
        window.menuItem("action.editGlossary").click();
        org.assertj.swing.fixture.DialogFixture editor = window.dialog("glossaryEditorWindow", Timeout.timeout(5000));
        editor.textBox("glossaryFilter").enterText("Kyiv");
        JTableFixture glossary = editor.table("glossaryTable");
        Pause.pause(new Condition("one row") {
            @Override
            public boolean test() {
                return glossary.target().getRowCount() == 1;
            }
        }, Timeout.timeout(5000));
        int ko = glossary.columnIndexFor("한국어");
        glossary.cell(org.assertj.swing.data.TableCell.row(0).column(ko)).click();
        glossary.pressAndReleaseKey(keyCode(KeyEvent.VK_F2)); // a keyboard user's way to edit a cell
        editor.textBox("glossaryCellEditor").deleteText().enterText("키이브\n");
        waitFor("a finding for Kyiv", () -> issuesOf("p1", "ko") > 0);
        glossary.pressAndReleaseKey(keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("the finding gone", () -> issuesOf("p1", "ko") == 0);
    }

    @Test
    void aGlossaryFileChangedOnDiskWhileACellIsEditedInTheWindowKeepsBothChanges() throws Exception {
        Path glossaryFile = onEdt(() -> main.controller().shownGlossaries().get(0).path());
        String word = "volunteered";
        assumeTrue(onEdt(() -> main.controller().model().paragraph(0).source().contains(word)), "p1 has no " + word);
        window.menuItem("menu.glossary").click();
        window.menuItem("action.editGlossary").click();
        org.assertj.swing.fixture.DialogFixture editor = window.dialog("glossaryEditorWindow", Timeout.timeout(5000));
        editor.textBox("glossaryFilter").enterText("Kyiv");
        JTableFixture glossary = editor.table("glossaryTable");
        waitFor("one row", () -> glossary.target().getRowCount() == 1);
        int ko = glossary.columnIndexFor("한국어");
        glossary.cell(org.assertj.swing.data.TableCell.row(0).column(ko)).click();
        glossary.pressAndReleaseKey(keyCode(KeyEvent.VK_F2));
        editor.textBox("glossaryCellEditor").deleteText().enterText("키이브");
        // Meanwhile a git pull adds a concept to the file, from the version before the window's edit.
        String pulled = java.nio.file.Files.readString(glossaryFile) + word + ",자원했다,,зголосилися,,term\n";
        java.nio.file.Files.writeString(glossaryFile, pulled);
        editor.textBox("glossaryCellEditor").pressAndReleaseKey(keyCode(KeyEvent.VK_ENTER));

        waitFor("both changes on disk", () -> {
            org.triptych.model.Glossary onDisk = org.triptych.io.GlossaryCodec.read(glossaryFile);
            return onDisk.concepts().stream().anyMatch(c -> c.english().equals(word))
                    && onDisk.concepts().stream().anyMatch(c -> c.english().equals("Kyiv") && c.preferred("ko").equals("키이브"));
        });
        waitFor("both changes in the window", () -> main.controller().shownConcepts().stream()
                .anyMatch(c -> c.english().equals("Kyiv") && c.preferred("ko").equals("키이브"))
                && main.controller().table().termsIn(0).stream().anyMatch(t -> t.concept().english().equals(word)));
        editor.textBox("glossaryFilter").deleteText();
        waitFor("both in the glossary editor", () -> {
            org.triptych.model.Glossary shown = ((org.triptych.ui.glossary.GlossaryEditorPanel) javax.swing.SwingUtilities
                    .getAncestorOfClass(org.triptych.ui.glossary.GlossaryEditorPanel.class, glossary.target())).glossary();
            return shown.concepts().stream().anyMatch(c -> c.english().equals(word))
                    && shown.concepts().stream().anyMatch(c -> c.preferred("ko").equals("키이브"));
        });
    }

    private int issuesOf(String paragraph, String lang) {
        return onEdt(() -> (int) main.controller().view().issues().issues().stream()
                .filter(i -> i.paragraph().equals(paragraph) && i.lang().equals(lang)).count());
    }

    /** The names the tests look components up by. */
    private static final class EditorTableNames {
        static final String EDITOR = "targetEditor";
    }
}
