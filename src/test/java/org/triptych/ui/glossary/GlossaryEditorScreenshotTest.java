package org.triptych.ui.glossary;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the editor on the sample glossary (plus one duplicate English term, to show its mark) to
 * {@code target/screenshots/glossary-editor.png} (and, filtered to the duplicate, {@code glossary-editor-duplicate.png})
 * and checks that nothing is unreadable or clipped.
 */
class GlossaryEditorScreenshotTest extends GuiTestSupport {

    private static final Path SAMPLE = Path.of("glossaries", "names-and-terms.csv");

    @Test
    void theSampleGlossaryRendersInEveryScriptWithHeadersUnclipped() throws Exception {
        Glossary sample = GlossaryCodec.read(SAMPLE);
        Glossary glossary = sample.withConcept(new Concept(
                Map.of("en", List.of(new Term("en", "kyiv", true)), "uk", List.of(new Term("uk", "Київ", true))),
                Map.of(), "a second Kyiv, flagged", Map.of(), 0));
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Glossary");
            f.setContentPane(new GlossaryEditorPanel(glossary, ENGLISH, g -> { }));
            return f;
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show(new Dimension(1280, 560));
        JTable table = window.table("glossaryTable").target();

        Path file = Path.of("target", "screenshots", "glossary-editor.png");
        render((JComponent) frame.getContentPane(), file);
        window.textBox("glossaryFilter").enterText("kyiv");
        assertThat(window.table("glossaryTable").rowCount()).isEqualTo(2);
        Path filtered = Path.of("target", "screenshots", "glossary-editor-duplicate.png");
        render((JComponent) frame.getContentPane(), filtered);
        assertThat(file).exists();
        window.textBox("glossaryFilter").deleteText();

        GuiActionRunner.execute(() -> {
            for (int row = 0; row < table.getRowCount(); row++) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    String text = String.valueOf(table.getValueAt(row, column));
                    assertThat(table.getFont().canDisplayUpTo(text)).as("row %d column %d: %s", row, column, text).isEqualTo(-1);
                }
            }
            for (int column = 0; column < table.getColumnCount(); column++) {
                TableColumn tableColumn = table.getColumnModel().getColumn(column);
                int headerWidth = table.getTableHeader().getDefaultRenderer()
                        .getTableCellRendererComponent(table, tableColumn.getHeaderValue(), false, false, -1, column)
                        .getPreferredSize().width;
                assertThat(tableColumn.getWidth()).as("width of column %s", tableColumn.getHeaderValue())
                        .isGreaterThanOrEqualTo(headerWidth);
            }
        });
    }

    static void render(JComponent component, Path file) throws Exception {
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage picture = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            component.paint(g);
            g.dispose();
            return picture;
        });
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
