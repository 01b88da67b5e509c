package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.session.Repetitions;
import org.triptych.testing.GuiTest;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.repeats.RepetitionsFeature;

import javax.swing.JDialog;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * Repeated paragraphs in the real window: a paragraph whose English was translated a few rows above arrives filled
 * (as a draft, marked in its id line, and on disk); confirming another text for a repeat offers to update the rest.
 */
@GuiTest
class RepetitionsWindowTest {

    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    private static final String REPEATS = """
            id,en,ko,ko_status,uk,uk_status
            r1,Thank you for your attention.,,,,
            r2,The talks went on.,,,,
            r3,Thank you for your attention.,,,,
            """;

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path document;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("RepetitionsWindowTest");
    }

    @BeforeEach
    void setUp() throws Exception {
        SampleCopy.into(dir);
        document = dir.resolve("translations/article.csv");
        Files.writeString(document, REPEATS, StandardCharsets.UTF_8);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        Feature found = ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get)
                .filter(RepetitionsFeature.class::isInstance).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> main.controller().features().install(found)); // as the application does
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 3);
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

    private Translation korean(int row) {
        return onEdt(() -> main.controller().model().paragraph(row).target("ko"));
    }

    @Test
    void aRepeatedParagraphArrivesFilledAndAnotherConfirmedTextIsOfferedToTheRest() throws Exception {
        editor().enterText("경청해 주셔서 감사합니다.");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_ENTER).modifiers(CTRL));
        waitFor("row 2", () -> main.controller().currentRow() == 1);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_DOWN).modifiers(CTRL));
        waitFor("row 3", () -> main.controller().currentRow() == 2);

        assertThat(editor().text()).isEqualTo("경청해 주셔서 감사합니다.");
        assertThat(korean(2).status()).isEqualTo(Status.DRAFT);
        assertThat(onEdt(() -> main.controller().table().idLine(main.controller().model().paragraph(2))))
                .isEqualTo("r3  ·  Korean copied from repeat r1");
        assertThat(korean(1)).isEqualTo(Translation.EMPTY);
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_S).modifiers(CTRL));
        waitFor("the save", () -> !main.controller().unsaved());
        assertThat(Repetitions.repeatedFrom(DocumentCodec.read(document).paragraphs().get(2), "ko")).contains("r1");

        editor().deleteText().enterText("들어 주셔서 고맙습니다.");
        editor().pressAndReleaseKey(keyCode(KeyEvent.VK_ENTER).modifiers(CTRL));
        DialogFixture offer = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return dialog.isShowing() && "Repeated paragraphs".equals(dialog.getTitle());
            }
        }).withTimeout(10, TimeUnit.SECONDS).using(robot);
        offer.button(new GenericTypeMatcher<>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return "Update".equals(button.getText());
            }
        }).requireFocused();
        offer.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        waitFor("the first paragraph updated", () -> korean(0).text().equals("들어 주셔서 고맙습니다."));
        assertThat(korean(0).status()).isEqualTo(Status.DRAFT);
        assertThat(korean(2)).isEqualTo(new Translation("들어 주셔서 고맙습니다.", Status.TRANSLATED));
    }
}
