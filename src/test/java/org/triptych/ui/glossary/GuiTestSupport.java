package org.triptych.ui.glossary;

import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;
import org.triptych.ui.i18n.Messages;
import org.triptych.testing.GuiTest;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Shared set-up of the glossary GUI tests: FlatLaf, the components given English texts, a robot, EDT checks. */
@GuiTest
abstract class GuiTestSupport {

    /** The interface texts the tests read buttons and headers in, whatever the JVM's default locale. */
    static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    protected Robot robot;

    @BeforeAll
    static void setUpLookAndFeel() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless) {
            System.out.println("Skipping GUI test: no display (run under xvfb-run)");
        }
        assumeFalse(headless, "no display (run under xvfb-run)");
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
        });
    }

    @BeforeEach
    void startRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(40);
    }

    @AfterEach
    void stopRobot() {
        robot.cleanUp();
    }

    static Glossary glossary(Path dir, String csv) throws IOException {
        Path file = dir.resolve("glossary.csv");
        Files.writeString(file, csv);
        return GlossaryCodec.fromTable(CsvTable.read(file));
    }
}
