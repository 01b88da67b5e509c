package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.testing.GuiTest;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/** Ctrl+N pressed again after an insertion, in a real window: the rendering's forms in turn, one undo step each. */
@GuiTest
class InsertFormsWindowTest {

    /** AssertJ Swing reads the old-style modifier mask (CTRL_MASK), not CTRL_DOWN_MASK. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("InsertFormsWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(dir.resolve("translations"));
        Files.createDirectories(dir.resolve("glossaries"));
        Files.writeString(dir.resolve("glossaries/names.csv"), String.join("\n",
                "en,ko,uk,note",
                "Yoon Suk Yeol,윤석열,Юн Сок Йоль,person",
                "North Korean troops,북한군,північнокорейські війська,term",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("translations/news.csv"), String.join("\n",
                "id,en,ko,uk",
                "p1,Yoon Suk Yeol spoke about North Korean troops.,,",
                ""), StandardCharsets.UTF_8);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 1);
        assertThat(onEdt(() -> main.controller().currentConcepts().get(0).english())).isEqualTo("Yoon Suk Yeol");
    }

    private void toUkrainian() {
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_TAB));
        waitFor("Ukrainian", () -> "uk".equals(main.controller().currentLang()));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private JTextComponentFixture editor() {
        return window.textBox("targetEditor");
    }

    private String ukrainian() {
        return onEdt(() -> main.controller().model().paragraph(0).target("uk").text());
    }

    @Test
    void ctrl1PressedTwiceGivesTheGenitiveOfAUkrainianNameAndUndoGoesBackOneForm() {
        toUkrainian();
        editor().enterText("Лист від ");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_1).modifiers(CTRL));
        waitFor("the name inserted", () -> ukrainian().equals("Лист від Юн Сок Йоль"));

        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_1).modifiers(CTRL));
        waitFor("its genitive", () -> ukrainian().equals("Лист від Юн Сок Йоля"));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_1).modifiers(CTRL));
        waitFor("the next form", () -> ukrainian().equals("Лист від Юн Сок Йолю"));

        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("one form back", () -> ukrainian().equals("Лист від Юн Сок Йоля"));
    }

    @Test
    void afterTypingCtrl1InsertsAfreshAndATermStartingASentenceIsCapitalised() {
        toUkrainian();
        editor().enterText("Він вийшов. ");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_2).modifiers(CTRL));
        waitFor("the term capitalised", () -> ukrainian().equals("Він вийшов. Північнокорейські війська"));
        editor().enterText(" і ");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_2).modifiers(CTRL));
        waitFor("inserted again, lower case",
                () -> ukrainian().equals("Він вийшов. Північнокорейські війська і північнокорейські війська"));
    }

    @Test
    void aKoreanParticleThatDoesNotFitTheInsertedNameIsCorrectedAsItsOwnUndoStep() {
        waitFor("Korean", () -> "ko".equals(main.controller().currentLang()));
        editor().enterText("어제 ");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_1).modifiers(CTRL));
        waitFor("the name inserted", () -> korean().equals("어제 윤석열"));

        editor().enterText("는 ");
        waitFor("the particle after a final consonant", () -> korean().equals("어제 윤석열은 "));
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("the particle as typed", () -> korean().equals("어제 윤석열는 "));
    }

    private String korean() {
        return onEdt(() -> main.controller().model().paragraph(0).target("ko").text());
    }
}
