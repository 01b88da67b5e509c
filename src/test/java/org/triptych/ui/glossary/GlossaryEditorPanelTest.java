package org.triptych.ui.glossary;

import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryEditorPanelTest extends GuiTestSupport {

    /** Ukrainian names in code-point-hostile order; Korean words with a Hanja word that sorts by its reading. */
    static final String PLACES = """
            en,ko,uk,uk_forbidden,note,source
            Yosypivka,호수,Йосипівка,,village,atlas
            Izium,韓國,Ізюм,Изюм,city,atlas
            Horlivka,하늘,Горлівка,Горловка,city,atlas
            Yizhak,가나,Їжак,,surname,
            Avdiivka,다리,Авдіївка,Авдеевка,city,atlas
            Gorgany,나무,Ґорґани,Горганы,mountains,
            Dnipro,바다,Дніпро,Днепр,river,atlas
            Yevpatoriia,사람,Євпаторія,Евпатория,city,atlas
            Enerhodar,자리,Енергодар,,city,atlas
            Iryi,마을,Ирій,,myth,
            """;

    @TempDir
    Path dir;
    private final List<Glossary> changes = new CopyOnWriteArrayList<>();
    private GlossaryEditorPanel panel;
    private FrameFixture window;

    private JTableFixture open(Glossary glossary) {
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Glossary");
            panel = new GlossaryEditorPanel(glossary, ENGLISH, changes::add);
            f.setContentPane(panel);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1100, 420));
        return window.table("glossaryTable");
    }

    private static List<String> column(JTableFixture table, int column) {
        String[][] contents = table.contents();
        List<String> values = new ArrayList<>();
        for (String[] row : contents) {
            values.add(row[column]);
        }
        return values;
    }

    private Glossary current() {
        return GuiActionRunner.execute(() -> panel.glossary());
    }

    @Test
    void refusesCallsOffTheEventDispatchThread() throws Exception {
        Glossary glossary = glossary(dir, PLACES);
        open(glossary);

        assertThatThrownBy(() -> panel.setGlossary(glossary.withConcepts(List.of()))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> panel.glossary()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void headersNameEachLanguageInItsOwnScriptInAFontThatRendersIt() throws Exception {
        JTableFixture table = open(glossary(dir, PLACES));

        List<String> headers = GuiActionRunner.execute(() -> {
            JTable t = table.target();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < t.getColumnCount(); i++) {
                names.add(t.getColumnName(i));
            }
            return names;
        });

        assertThat(headers).containsExactly("English", "한국어", "Українська", "한국어: forbidden", "Українська: forbidden", "Note", "source");
        String all = String.join(" ", headers) + String.join(" ", column(table, 1)) + String.join(" ", column(table, 2));
        assertThat(table.target().getFont().canDisplayUpTo(all)).isEqualTo(-1);
        assertThat(table.target().getTableHeader().getFont().canDisplayUpTo(all)).isEqualTo(-1);
    }

    @Test
    void clickingTheUkrainianHeaderSortsInUkrainianAlphabeticalOrder() throws Exception {
        JTableFixture table = open(glossary(dir, PLACES));

        table.tableHeader().clickColumn(2);

        // Code-point order would put Є, І, Ї first and Ґ last.
        assertThat(column(table, 2)).containsExactly(
                "Авдіївка", "Горлівка", "Ґорґани", "Дніпро", "Енергодар", "Євпаторія", "Ирій", "Ізюм", "Їжак", "Йосипівка");

        waitOutDoubleClick(); // a quick second click would count as a double click, which does not toggle
        table.tableHeader().clickColumn(2);

        assertThat(column(table, 2)).first().isEqualTo("Йосипівка");
    }

    @Test
    void clickingTheKoreanHeaderSortsByInitialConsonantsWithHanjaByTheirReading() throws Exception {
        JTableFixture table = open(glossary(dir, PLACES));

        table.tableHeader().clickColumn(1);

        // ㄱ ㄴ ㄷ ㅁ ㅂ ㅅ ㅈ ㅎ; 韓國 (한국) sorts between 하 and 호, not before all Hangul as in code-point order.
        assertThat(column(table, 1)).containsExactly("가나", "나무", "다리", "마을", "바다", "사람", "자리", "하늘", "韓國", "호수");
    }

    @Test
    void typingInTheFilterKeepsRowsMatchingAnyColumnIgnoringCaseAndNormalisation() throws Exception {
        JTableFixture table = open(glossary(dir, PLACES));

        window.textBox("glossaryFilter").enterText("ГОРЛ");
        assertThat(column(table, 0)).containsExactly("Horlivka");

        window.textBox("glossaryFilter").deleteText().enterText("바다");
        assertThat(column(table, 0)).containsExactly("Dnipro");

        window.textBox("glossaryFilter").deleteText().enterText("MOUNTAIN");
        assertThat(column(table, 0)).containsExactly("Gorgany");

        // A decomposed ї (і + combining diaeresis) finds the composed one.
        window.textBox("glossaryFilter").deleteText().enterText("\u0456\u0308ж");
        assertThat(column(table, 0)).containsExactly("Yizhak");

        window.textBox("glossaryFilter").deleteText();
        assertThat(table.rowCount()).isEqualTo(10);
    }

    @Test
    void editingACellWithTheKeyboardReportsTheNewGlossaryKeepingUnknownColumnsAndLines() throws Exception {
        Glossary original = glossary(dir, PLACES);
        JTableFixture table = open(original);

        table.cell(TableCell.row(2).column(2)).click();
        table.pressAndReleaseKeys(KeyEvent.VK_F2);
        window.textBox("glossaryCellEditor").deleteText().enterText("Горлівка | Горлiвка");
        window.textBox("glossaryCellEditor").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(changes).hasSize(1);
        Concept edited = changes.get(0).concepts().get(2);
        assertThat(edited.terms("uk")).containsExactly(new Term("uk", "Горлівка", true), new Term("uk", "Горлiвка", false));
        assertThat(edited.extra()).isEqualTo(Map.of("source", "atlas"));
        assertThat(edited.line()).isEqualTo(4);
        assertThat(edited.forbidden("uk")).containsExactly("Горловка");
        assertThat(changes.get(0).concepts()).hasSize(10);
        assertThat(table.valueAt(TableCell.row(2).column(2))).isEqualTo("Горлівка | Горлiвка");
        assertThat(current()).isEqualTo(changes.get(0));
    }

    @Test
    void undoAndRedoByKeysAndButtonsStepThroughEditsAndReportEachStep() throws Exception {
        Glossary original = glossary(dir, PLACES);
        JTableFixture table = open(original);
        window.button("glossaryUndo").requireDisabled();
        table.cell(TableCell.row(0).column(5)).click();
        window.button("glossaryEdit").click(); // edits the selected cell in place, its text selected
        window.textBox("glossaryCellEditor").enterText("selo").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        Glossary edited = changes.get(0);
        assertThat(edited.concepts().get(0).note()).isEqualTo("selo");

        table.focus();
        pressWithControl(KeyEvent.VK_Z);
        assertThat(current()).isEqualTo(original);
        pressWithControl(KeyEvent.VK_Y);
        assertThat(current()).isEqualTo(edited);
        window.button("glossaryUndo").click();
        assertThat(current()).isEqualTo(original);
        window.button("glossaryRedo").click();

        assertThat(changes).containsExactly(edited, original, edited, original, edited);
        assertThat(table.valueAt(TableCell.row(0).column(5))).isEqualTo("selo");
        window.button("glossaryRedo").requireDisabled();
    }

    @Test
    void deletingSelectedRowsRemovesThoseConceptsAndUndoBringsThemBack() throws Exception {
        Glossary original = glossary(dir, PLACES);
        JTableFixture table = open(original);

        table.selectRows(1, 3);
        window.button("glossaryDelete").click();

        assertThat(current().concepts()).extracting(Concept::english).doesNotContain("Izium", "Yizhak").hasSize(8);
        table.pressAndReleaseKeys(KeyEvent.VK_DELETE); // the row now selected where the first deleted one was
        assertThat(current().concepts()).extracting(Concept::english).doesNotContain("Horlivka").hasSize(7);

        window.button("glossaryUndo").click();
        window.button("glossaryUndo").click();

        assertThat(current()).isEqualTo(original);
        assertThat(changes).hasSize(4).last().isEqualTo(original);
    }

    @Test
    void addOpensThePrefilledDialogAndAppendsTheConfirmedConcept() throws Exception {
        JTableFixture table = open(glossary(dir, PLACES));

        window.button("glossaryAdd").click();
        var dialog = window.dialog("addConceptDialog");
        dialog.textBox("addConcept.en").enterText("Seoul");
        dialog.textBox("addConcept.ko").enterText("서울");
        dialog.textBox("addConcept.uk").enterText("Сеул");
        dialog.button("addConcept.ok").click();

        Concept added = current().concepts().get(10);
        assertThat(added.english()).isEqualTo("Seoul");
        assertThat(added.preferred("ko")).isEqualTo("서울");
        assertThat(added.preferred("uk")).isEqualTo("Сеул");
        assertThat(changes).containsExactly(current());
        assertThat(table.rowCount()).isEqualTo(11);
        assertThat(table.target().getSelectedRow()).isEqualTo(10);
    }

    @Test
    void duplicateEnglishTermsAreMarkedWithAnIconAndATooltipAsSoonAsAnEditMakesThem() throws Exception {
        JTableFixture table = open(glossary(dir, """
                en,ko,uk
                Kyiv|Kiev,키이우,Київ
                Seoul,서울,Сеул
                KIEV,키예프,Київ
                """));

        assertThat(renderedEnglish(table, 0).getIcon()).isNotNull();
        assertThat(renderedEnglish(table, 0).getToolTipText()).contains("Kiev", "KIEV");
        assertThat(renderedEnglish(table, 2).getToolTipText()).contains("KIEV", "Kyiv");
        assertThat(renderedEnglish(table, 1).getIcon()).isNull();

        // F2 rather than a double-click, which a loaded machine may deliver as two single clicks
        table.cell(TableCell.row(1).column(0)).click();
        table.pressAndReleaseKeys(KeyEvent.VK_F2);
        window.textBox("glossaryCellEditor").deleteText().enterText("kyiv").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(renderedEnglish(table, 1).getIcon()).isNotNull();
        assertThat(renderedEnglish(table, 1).getToolTipText()).contains("kyiv");
    }

    private static void waitOutDoubleClick() {
        Object interval = java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        org.assertj.swing.timing.Pause.pause((interval instanceof Integer ms ? ms : 500) + 100L);
    }

    private void pressWithControl(int key) {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(key);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    private JLabel renderedEnglish(JTableFixture table, int row) {
        return GuiActionRunner.execute(() -> {
            JTable t = table.target();
            return (JLabel) t.prepareRenderer(t.getCellRenderer(row, 0), row, 0);
        });
    }

    @Test
    void replacingTheGlossaryKeepsSortAndFilterWithoutReportingAChange() throws Exception {
        Glossary original = glossary(dir, PLACES);
        JTableFixture table = open(original);
        table.tableHeader().clickColumn(2);
        window.textBox("glossaryFilter").enterText("city");

        Glossary changedOnDisk = original.withConcept(new Concept(
                Map.of("en", List.of(new Term("en", "Bakhmut", true)), "uk", List.of(new Term("uk", "Бахмут", true))),
                Map.of(), "city", Map.of(), 12));
        GuiActionRunner.execute(() -> panel.setGlossary(changedOnDisk));

        assertThat(column(table, 2)).containsExactly("Авдіївка", "Бахмут", "Горлівка", "Енергодар", "Євпаторія", "Ізюм");
        assertThat(GuiActionRunner.execute(() -> List.<RowSorter.SortKey>copyOf(table.target().getRowSorter().getSortKeys())))
                .containsExactly(new RowSorter.SortKey(2, SortOrder.ASCENDING));
        assertThat(changes).isEmpty();
        window.button("glossaryUndo").requireDisabled();
    }

    @Test
    void theSelectedConceptsKoreanNameIsOfferedInUkrainianLettersAndTakenAsAnEdit() throws Exception {
        Glossary glossary = glossary(dir, """
                en,ko,uk,note
                Yoon Suk Yeol,윤석열,,person
                Korean Peninsula,한반도,Корейський півострів,place
                """);
        JTableFixture table = open(glossary);

        table.selectRows(1);
        window.label("glossarySuggestion").requireText(" ");
        assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(panel, "glossaryUseSuggestion",
                javax.swing.JButton.class, false).isShowing())).isFalse();
        table.selectRows(0);
        window.label("glossarySuggestion").requireText("Kontsevych spelling: Юн Сок Йоль");
        window.button("glossaryUseSuggestion").click();

        assertThat(current().concepts().get(0).preferred("uk")).isEqualTo("Юн Сок Йоль");
        assertThat(changes).hasSize(1);
        window.label("glossarySuggestion").requireText(" ");
    }
}
