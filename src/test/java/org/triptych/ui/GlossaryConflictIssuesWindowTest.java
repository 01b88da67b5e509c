package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;
import org.triptych.io.CsvTable;
import org.triptych.team.ConceptIds;
import org.triptych.team.Conflict;
import org.triptych.team.ConflictStore;
import org.triptych.testing.GuiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * A team conflict on a glossary concept that no paragraph mentions is listed in the Issues panel at the glossary's
 * file and line; clicking it leaves the table where it was.
 */
@GuiTest
class GlossaryConflictIssuesWindowTest {

    private static final String GLOSSARY = "glossaries/names-and-terms.csv";

    @TempDir
    Path dir;

    private FrameFixture window;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("GlossaryConflictIssuesWindowTest");
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aConflictOfAConceptNoParagraphMentionsIsListedAtItsGlossaryRow() throws Exception {
        SampleCopy.into(dir);
        Files.writeString(dir.resolve(GLOSSARY), Files.readString(dir.resolve(GLOSSARY)) + "Kim Yo-jong,김여정,,Кім Йо Чжон,,\n");
        ConceptIds.assign(dir.resolve(GLOSSARY)); // as sharing the workspace does
        CsvTable glossary = CsvTable.read(dir.resolve(GLOSSARY));
        CsvTable.Row kim = glossary.rows().stream().filter(row -> row.cells().get(0).equals("Kim Yo-jong"))
                .findFirst().orElseThrow();
        String id = kim.cell(glossary.header().indexOf("id"));
        int line = kim.line();
        new ConflictStore(dir).add(GLOSSARY, List.of(new Conflict(GLOSSARY, id, "Kim Yo-jong", "uk",
                "Кім Йо Чжон", "Кім Йо Чжон", "Кім Йочжон")));
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        MainWindow main = GuiActionRunner.execute(() -> {
            Fonts fonts = Fonts.detect();
            Workbench.installLookAndFeel(false, fonts);
            UiSettings settings = UiSettings.inMemory();
            settings.setLanguage(Locale.ENGLISH);
            return new MainWindow(settings, fonts, Terminology::of);
        });
        window = new FrameFixture(robot, main.frame());
        window.show();
        GuiActionRunner.execute(() -> main.controller().open(dir));

        JTableFixture issues = window.table("issuesTable");
        String place = "names-and-terms.csv:" + line;
        waitFor("the glossary row's conflict listed", () -> Arrays.stream(onEdt(issues::contents))
                .anyMatch(row -> row[1].equals(place)));
        String[][] rows = onEdt(issues::contents);
        int row = java.util.stream.IntStream.range(0, rows.length).filter(r -> rows[r][1].equals(place)).findFirst()
                .orElseThrow();
        String[] listed = rows[row];
        assertThat(listed).contains("Українська", "Kim Yo-jong"); // languages by their own names
        assertThat(listed[4]).contains("Kim Yo-jong", "Кім Йочжон");

        int selected = onEdt(() -> window.table("editorTable").target().getSelectedRow());
        issues.cell(org.assertj.swing.data.TableCell.row(row).column(4)).click();
        assertThat(onEdt(() -> window.table("editorTable").target().getSelectedRow()))
                .as("no paragraph to go to: the table stays where it was").isEqualTo(selected);
    }
}
