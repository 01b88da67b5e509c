package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.testing.GuiTest;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.suggestions.SuggestionsPanel;

import javax.swing.JTable;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * The Suggestions panel and the concordance in the real window, as the application installs them (Java's service
 * loader): a fuzzy match from another document is inserted with Ctrl+Shift+1, and Ctrl+K finds an inflected word.
 */
@GuiTest
class SuggestionsWindowTest {

    private static final String OPEN = """
            id,en,ko,ko_status,uk,uk_status
            a1,The volunteers crossed the river at dawn.,,,,
            a2,Nothing else happened.,,,,
            """;

    private static final String OLDER = """
            id,en,ko,ko_status,uk,uk_status
            b1,The volunteers crossed the river at night.,자원봉사자들은 밤에 강을 건넜다.,translated,Добровольці перетнули річку вночі.,reviewed
            b2,A volunteer was wounded.,한 자원봉사자가 부상을 입었다.,translated,Одного добровольця поранили.,translated
            """;

    /** AssertJ Swing's robot takes the old modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;
    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("SuggestionsWindowTest");
    }

    @BeforeEach
    void setUp() throws Exception {
        SampleCopy.into(dir);
        Files.writeString(dir.resolve("translations/article.csv"), OPEN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("translations/older.csv"), OLDER, StandardCharsets.UTF_8);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        UiSettings settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        main = WindowTests.newMainWindow(settings);
        onEdt(() -> {
            ServiceLoader.load(Feature.class).forEach(main.controller().features()::install);
            return null;
        });
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, dir, 2);
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private SuggestionsPanel panel() {
        return (SuggestionsPanel) window.panel("suggestionsPanel").target();
    }

    @Test
    void ctrlShift1InsertsTheFuzzyMatchAtTheCaretAndFillsTheOtherEmptyLanguage() {
        waitFor("the memory's match for a1", () -> panel().matches().size() == 1 && panel().title().equals("Suggestions: 1 memory match"));
        // 7 words, one replaced: ⌊100 · 6/7⌋ = 85; the memory's "night" struck out, the paragraph's "dawn" underlined
        assertThat(onEdt(() -> panel().matches().get(0).score())).isEqualTo(85);
        SuggestionsPanel.Differences english = onEdt(() -> (SuggestionsPanel.Differences) panel().table().getValueAt(0, 2));
        assertThat(english.words(true)).containsExactly("night");
        assertThat(english.words(false)).containsExactly("dawn");
        String lang = onEdt(() -> main.controller().currentLang());
        window.textBox("targetEditor").focus();

        robot.pressAndReleaseKey(KeyEvent.VK_1, CTRL | SHIFT);
        robot.waitForIdle();

        String ko = "자원봉사자들은 밤에 강을 건넜다.";
        String uk = "Добровольці перетнули річку вночі.";
        waitFor("both targets filled", () -> main.controller().model().paragraph(0).target("ko").text().equals(ko)
                && main.controller().model().paragraph(0).target("uk").text().equals(uk));
        assertThat(onEdt(() -> main.controller().table().editorArea().getText())).isEqualTo(lang.equals("ko") ? ko : uk);
        assertThat(onEdt(() -> main.controller().currentRow())).isZero();
    }

    @Test
    void ctrlKFindsAnInflectedWordWithItsTranslationsHighlighted() {
        waitFor("the memory ready", () -> panel().title().startsWith("Suggestions: 1"));
        window.textBox("targetEditor").focus();

        robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL);
        robot.waitForIdle();
        DialogFixture dialog = window.dialog("concordanceDialog");
        dialog.textBox("concordanceField").enterText("volunteer");
        dialog.textBox("concordanceField").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        JTable hits = (JTable) dialog.table("concordanceTable").target();
        waitFor("two hits", () -> hits.getRowCount() == 2);
        String first = onEdt(() -> hits.getValueAt(0, 0) + " | " + hits.getValueAt(1, 0));
        assertThat(first).contains("<span style='background:#fff3a0'>volunteers</span>")
                .contains("<span style='background:#fff3a0'>volunteer</span>");
        assertThat(onEdt(() -> hits.getValueAt(0, 1) + " " + hits.getValueAt(1, 1) + " " + hits.getValueAt(0, 2)))
                .contains("자원봉사자").contains("Добровольц");
        dialog.label("concordanceCount").requireText("2 hits");
    }
}
