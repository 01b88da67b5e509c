package org.triptych.ui;

import org.triptych.testing.GuiTest;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;

import javax.swing.JLabel;
import javax.swing.JTable;
import java.awt.Insets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * The Issues panel in the Ukrainian interface, on a copy of the sample with two planted forbidden spellings:
 * "Checking…" until the check is complete (never "no issues" before), severity and message in Ukrainian, and
 * the language column wide enough for «Українська».
 */
@GuiTest
class IssuesPanelWindowTest {

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private final List<String> titles = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("IssuesPanelWindowTest");
    }

    @BeforeEach
    void open() throws Exception {
        SampleCopy.into(dir);
        Path article = dir.resolve("translations/article.csv");
        String text = Files.readString(article);
        String planted = text.replace("У Києві", "У Киеве").replace("키이우와", "키예프와");
        assertThat(planted).isNotEqualTo(text);
        Files.writeString(article, planted);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = GuiActionRunner.execute(() -> {
            Fonts fonts = Fonts.detect();
            Workbench.installLookAndFeel(false, fonts);
            UiSettings settings = UiSettings.inMemory();
            settings.setLanguage(Locale.forLanguageTag("uk"));
            return new MainWindow(settings, fonts, Terminology::of);
        });
        window = new FrameFixture(robot, main.frame());
        window.show();
        JLabel title = window.label("issuesTitle").target();
        GuiActionRunner.execute(() -> title.addPropertyChangeListener("text", e -> titles.add((String) e.getNewValue())));
        GuiActionRunner.execute(() -> main.controller().open(dir));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void thePanelSaysCheckingUntilCompleteThenShowsSeverityAndMessageInTheInterfaceLanguage() {
        waitFor("the check complete", () -> "2 проблеми".equals(window.label("issuesTitle").target().getText()));

        assertThat(titles).as("titles shown while opening").noneMatch(t -> t.equals("Проблем немає"))
                .anyMatch(t -> t.startsWith("Перевірка…"));
        JTableFixture issues = window.table("issuesTable");
        assertThat(issues.target().getRowCount()).isEqualTo(2);
        String[][] cells = issues.contents();
        assertThat(cells[0]).containsExactly("Помилка", "p1", "한국어", "Kyiv", "заборонене написання «키예프», очікується «키이우»");
        assertThat(cells[1]).containsExactly("Помилка", "p1", "Українська", "Kyiv", "заборонене написання «Киеве», очікується «Київ»");
    }

    @Test
    void theLanguageColumnShowsUkrainianWhole() {
        waitFor("the findings listed", () -> window.table("issuesTable").target().getRowCount() == 2);
        JTable table = window.table("issuesTable").target();
        int column = onEdt(() -> table.getColumnModel().getColumnIndex("Мова"));
        int width = onEdt(() -> table.getColumnModel().getColumn(column).getWidth());
        int needed = onEdt(() -> {
            java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(1, column), 1, column);
            Insets insets = ((javax.swing.JComponent) cell).getInsets();
            return cell.getFontMetrics(cell.getFont()).stringWidth("Українська") + insets.left + insets.right;
        });
        assertThat(width).as("width of the language column").isGreaterThanOrEqualTo(needed);
    }
}
