package org.triptych.ui;

import javax.swing.JTable;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import java.awt.Component;

/**
 * Rows of a table whose cells wrap their text: each row as tall as its most wrapped cell at the columns' present
 * widths, up to a number of lines, and fitted again when a column or the table is resized. EDT only.
 */
public final class WrappedRows {

    private WrappedRows() {
    }

    /** Fits {@code table}'s rows now and whenever its columns' widths change; no row is taller than {@code maxLines}. */
    public static void follow(JTable table, int maxLines) {
        table.getColumnModel().addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent e) {
                fit(table, maxLines); // a column was resized, or the table was
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
        fit(table, maxLines);
    }

    /** Gives each row of {@code table} the height its most wrapped cell needs, at most {@code maxLines} lines. */
    public static void fit(JTable table, int maxLines) {
        int line = table.getFontMetrics(table.getFont()).getHeight();
        int minimum = line + 2;
        int maximum = maxLines >= Integer.MAX_VALUE / line ? Integer.MAX_VALUE : line * maxLines + 2;
        for (int row = 0; row < table.getRowCount(); row++) {
            int height = minimum;
            for (int column = 0; column < table.getColumnCount(); column++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                cell.setSize(table.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
                height = Math.max(height, cell.getPreferredSize().height);
            }
            height = Math.min(height, maximum);
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
        }
    }
}
