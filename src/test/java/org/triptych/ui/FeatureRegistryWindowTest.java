package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.testing.GuiTest;

import javax.swing.JLabel;
import javax.swing.KeyStroke;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * A feature registered from outside the window (as a later feature such as suggestions will be) adds its own menu,
 * a menu item in an existing menu, a key binding that works while a cell is being edited, and a panel, without any
 * central class knowing of it.
 */
@GuiTest
class FeatureRegistryWindowTest {

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("FeatureRegistryWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
        GuiActionRunner.execute(() -> main.controller().open(dir));
        waitFor("the document to open", () -> main.controller().model().getRowCount() == 4
                && main.controller().table().isEditing());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aFeatureFromOutsideAddsAMenuItemAKeyBindingAndAPanel() {
        AtomicInteger ran = new AtomicInteger();
        JLabel panel = new JLabel("suggestions");
        panel.setName("testPanel");
        Feature suggestions = registry -> {
            registry.menu("menu.tools", 450);
            registry.add(Command.of("test.suggest", KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0), new Place("menu.tools", 100),
                    ran::incrementAndGet).named(m -> "Suggest"));
            registry.add(Command.of("test.again", null, new Place(EditorFeature.GO, 150), ran::incrementAndGet)
                    .named(m -> "Suggest again"));
            registry.addPanel(new FeatureRegistry.Panel("test", panel, 300));
        };
        GuiActionRunner.execute(() -> main.controller().features().install(suggestions));

        window.menuItem("menu.tools").click();
        assertThat(onEdt(() -> window.menuItem("test.suggest").target().getText())).isEqualTo("Suggest");
        window.menuItem("test.suggest").click();
        waitFor("the menu item ran the command", () -> ran.get() == 1);

        window.menuItem("menu.go").click();
        window.menuItem("test.again").click();
        waitFor("the item in an existing menu ran it", () -> ran.get() == 2);

        // The key works in the cell editor, where the table's own bindings would otherwise take it.
        window.textBox("targetEditor").focus();
        window.textBox("targetEditor").pressAndReleaseKeys(KeyEvent.VK_F9);
        waitFor("the key stroke ran the command", () -> ran.get() == 3);

        assertThat(onEdt(panel::isShowing)).as("the feature's panel in the side column").isTrue();
        assertThat(onEdt(() -> main.controller().view().issues().isShowing())).as("the Issues panel still there").isTrue();
    }

    @Test
    void aKeyStrokeAlreadyTakenIsRefusedNamingBothCommands() {
        Feature clash = registry -> registry.add(Command.of("test.save", KeyStroke.getKeyStroke(KeyEvent.VK_S,
                java.awt.event.InputEvent.CTRL_DOWN_MASK), null, () -> { }));
        assertThatThrownBy(() -> GuiActionRunner.execute(() -> main.controller().features().install(clash)))
                .hasMessageContaining("test.save").hasMessageContaining("action.save");
    }
}
