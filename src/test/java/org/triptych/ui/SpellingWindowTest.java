package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Finding;
import org.triptych.testing.GuiTest;
import org.triptych.ui.spelling.SpellingFeature;

import javax.swing.JMenuItem;
import javax.swing.JTextArea;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * Right-click on a flagged word and on a finding, as a translator does, on a copy of the sample with a typo and a
 * double space planted in the Ukrainian of p1: a suggestion replaces the word; "Add to workspace dictionary" writes
 * the word list and the finding goes; "Apply fix" in the Issues panel repairs the spaces.
 */
@GuiTest
class SpellingWindowTest {

    private static final String TYPO = "колишнііх";

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("SpellingWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        Path article = dir.resolve("translations/article.csv");
        String text = Files.readString(article);
        String planted = text.replace("майже 200 колишніх", "майже  200 " + TYPO);
        assertThat(planted).isNotEqualTo(text);
        Files.writeString(article, planted);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        GuiActionRunner.execute(() -> main.controller().features().install(new SpellingFeature()));
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 4);
        waitFor("the typo and the spaces found", () -> ukFindings().stream().map(Finding::rule).toList()
                .containsAll(List.of("spelling.uk", "typography.double-space")));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private List<Finding> ukFindings() {
        return main.controller().workspace().check().findings("p1", "uk");
    }

    private Finding finding(String rule) {
        return onEdt(() -> ukFindings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow());
    }

    private String ukText() {
        return onEdt(() -> main.controller().workspace().editor().paragraph(0).target("uk").text());
    }

    /** Right-clicks the middle of the finding's text in its cell. */
    private void rightClick(Finding f) {
        GuiActionRunner.execute(() -> main.controller().table().editTarget(0, "uk"));
        JTextArea area = onEdt(() -> main.controller().table().editorArea());
        waitFor("the cell edited", area::isShowing);
        Point at = onEdt(() -> {
            Rectangle2D box = area.modelToView2D((f.start() + f.end()) / 2);
            area.scrollRectToVisible(box.getBounds());
            return new Point((int) box.getCenterX(), (int) box.getCenterY());
        });
        robot.waitForIdle();
        robot.click(area, at, MouseButton.RIGHT_BUTTON, 1);
    }

    private void choose(String itemName) {
        waitFor("the menu item " + itemName, () -> robot.finder().findAll(c -> c instanceof JMenuItem m
                && itemName.equals(m.getName()) && m.isShowing()).size() == 1);
        JMenuItem item = (JMenuItem) robot.finder().find(c -> c instanceof JMenuItem m && itemName.equals(m.getName())
                && m.isShowing());
        robot.click(item);
    }

    @Test
    void aSuggestionReplacesTheFlaggedWord() {
        rightClick(finding("spelling.uk"));
        choose("suggestion.колишніх");

        waitFor("the word replaced", () -> ukText().contains("майже  200 колишніх північнокорейських"));
        assertThat(ukText()).doesNotContain(TYPO);
    }

    @Test
    void addToTheWorkspaceDictionarySavesTheWordAndTheFindingGoes() throws Exception {
        rightClick(finding("spelling.uk"));
        choose("spelling.addToDictionary");

        waitFor("the finding gone", () -> ukFindings().stream().noneMatch(f -> f.rule().equals("spelling.uk")));
        assertThat(Files.readAllLines(dir.resolve("dictionary.txt"))).containsExactly(TYPO);
        assertThat(ukText()).contains(TYPO);
    }

    @Test
    void applyFixInTheIssuesPanelRepairsTheText() {
        Finding spaces = finding("typography.double-space");
        int row = onEdt(() -> main.controller().view().issues().issues().indexOf(spaces));
        assertThat(row).isGreaterThanOrEqualTo(0);
        window.table("issuesTable").cell(org.assertj.swing.data.TableCell.row(row).column(4)).rightClick();
        choose("applyFix");

        waitFor("the spaces repaired", () -> ukText().contains("майже 200 " + TYPO));
    }

    @Test
    void applyFixFromTheEditorMenuRepairsTheText() {
        rightClick(finding("typography.double-space"));
        choose("applyFix");

        waitFor("the spaces repaired", () -> ukText().contains("майже 200 " + TYPO));
    }
}
