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
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.testing.GuiTest;
import org.triptych.ui.suggest.SuggestTermsFeature;

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
 * A name the glossary lacks, written two ways in the Ukrainian: right-clicking the minority spelling offers "Add to
 * the glossary", which adds the concept with the majority spelling preferred, and the finding goes.
 */
@GuiTest
class ProposedConceptWindowTest {

    private static final String DOCUMENT = """
            id,en,uk,uk_status
            p1,Han Chan-il spoke.,Хан Чхан Іль виступив.,translated
            p2,They met Han Chan-il.,Вони зустріли Хан Чхан Іля.,translated
            p3,Han Chan-il left.,Хан Чан Іль поїхав.,translated
            """;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("ProposedConceptWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        Files.writeString(dir.resolve("translations/article.csv"), DOCUMENT);
        Files.writeString(dir.resolve(CheckSettings.FILE), "rule.consistency.names.enabled=true\n");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        GuiActionRunner.execute(() -> main.controller().features().install(new SuggestTermsFeature()));
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 3);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private List<Finding> namesIn(String id) {
        return onEdt(() -> main.controller().workspace().check().findings(id, "uk").stream()
                .filter(f -> f.rule().equals("consistency.names")).toList());
    }

    @Test
    void addToTheGlossaryFromTheMinoritySpellingAddsTheMajorityOneAndTheFindingGoes() throws Exception {
        waitFor("the other spelling found", () -> !namesIn("p3").isEmpty());
        Finding finding = namesIn("p3").get(0);
        GuiActionRunner.execute(() -> main.controller().table().editTarget(2, "uk"));
        JTextArea area = onEdt(() -> main.controller().table().editorArea());
        waitFor("the cell edited", area::isShowing);
        Point at = onEdt(() -> {
            Rectangle2D box = area.modelToView2D((finding.start() + finding.end()) / 2);
            return new Point((int) box.getCenterX(), (int) box.getCenterY());
        });
        robot.waitForIdle();
        robot.click(area, at, MouseButton.RIGHT_BUTTON, 1);
        waitFor("the menu item", () -> robot.finder().findAll(c -> c instanceof JMenuItem m
                && "action.addProposedConcept".equals(m.getName()) && m.isShowing()).size() == 1);
        JMenuItem item = (JMenuItem) robot.finder().find(c -> c instanceof JMenuItem m
                && "action.addProposedConcept".equals(m.getName()) && m.isShowing());
        assertThat(item.getText()).contains("Han Chan-il").contains("Хан Чхан Іль");
        robot.click(item);

        Path glossary = dir.resolve("glossaries/names-and-terms.csv");
        waitFor("the concept saved", () -> Files.readString(glossary).contains("Han Chan-il,"));
        Concept added = GlossaryCodec.read(glossary).concepts().stream()
                .filter(c -> c.english().equals("Han Chan-il")).findFirst().orElseThrow();
        assertThat(added.preferred("uk")).isEqualTo("Хан Чхан Іль");
        waitFor("the finding gone", () -> namesIn("p3").isEmpty());
    }
}
