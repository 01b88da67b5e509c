package org.triptych.ui.terms;

import org.junit.jupiter.api.Test;

import javax.swing.JTable;
import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TermsPanelTest {

    @Test
    void theMarkStaysOnTheLineOfItsRendering() throws Exception {
        AtomicReference<Object> cell = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            TermsPanel panel = new TermsPanel();
            panel.setColumns(List.of("#", "English", "Українська"));
            panel.setRows(List.of(new TermsPanel.Row("North Korean troops", List.of("північнокорейські війська"),
                    List.of(true))));
            cell.set(panel.table().getValueAt(0, 2));
        });
        assertThat(cell.get()).isEqualTo("✓\u00A0північнокорейські війська");
    }

    @Test
    void aLongRenderingWrapsInItsColumnAndItsRowGrowsToShowItWhole() throws Exception {
        AtomicReference<int[]> heights = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            TermsPanel panel = new TermsPanel();
            panel.setColumns(List.of("#", "English", "Українська"));
            JTable table = panel.table();
            table.setSize(300, 400);
            table.getColumnModel().getColumn(0).setWidth(30);
            table.getColumnModel().getColumn(1).setWidth(120);
            table.getColumnModel().getColumn(2).setWidth(150);
            panel.setRows(List.of(
                    new TermsPanel.Row("Ministry of Foreign Affairs", List.of("Міністерство закордонних справ України"),
                            List.of(true)),
                    new TermsPanel.Row("Kyiv", List.of("Київ"), List.of(false))));
            heights.set(new int[] {table.getRowHeight(0), table.getRowHeight(1),
                    table.getFontMetrics(table.getFont()).getHeight()});
        });
        int[] h = heights.get();
        assertThat(h[0]).as("the wrapped row").isGreaterThanOrEqualTo(2 * h[2]);
        assertThat(h[1]).as("a one-line row").isLessThan(2 * h[2]);
    }
}
