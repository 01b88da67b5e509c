package org.triptych.ui.terms;

import org.triptych.ui.WrappedRows;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The Glossary panel: the concepts found in the current paragraph, their rendering per target language and
 * whether that target already renders them; row n is inserted with Ctrl+n. Long renderings wrap within their
 * column (rows grow to fit), so a long Ukrainian name is read whole. Passive: a controller fills it. EDT only.
 */
public final class TermsPanel extends JPanel {

    /** One concept of the current paragraph: English term and, per target, rendering and whether it is there. */
    public record Row(String english, List<String> renderings, List<Boolean> rendered) {
        public Row {
            renderings = List.copyOf(renderings);
            rendered = List.copyOf(rendered);
        }
    }

    private final JLabel title = new JLabel();
    private final RowsModel rows = new RowsModel();
    private final JTable table = new JTable(rows);

    public TermsPanel() {
        super(new BorderLayout());
        setName("termsPanel");
        table.setName("termsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFocusable(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new WrappingRenderer());
        WrappedRows.follow(table, Integer.MAX_VALUE);
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(title, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        // Set here rather than left to addNotify, so the off-screen screenshot shows the header too.
        scroll.setColumnHeaderView(table.getTableHeader());
        add(scroll, BorderLayout.CENTER);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    /** The column headers: "#", English, then one per target language. */
    public void setColumns(List<String> names) {
        rows.columns = List.copyOf(names);
        rows.fireTableStructureChanged();
        if (table.getColumnCount() > 0) {
            table.getColumnModel().getColumn(0).setMaxWidth(36);
        }
    }

    public void setRows(List<Row> newRows) {
        rows.rows = new ArrayList<>(newRows);
        rows.fireTableDataChanged();
        WrappedRows.fit(table, Integer.MAX_VALUE);
    }

    /** A cell whose text wraps at word boundaries, with the whole text as its tooltip. */
    private static final class WrappingRenderer extends JTextArea implements TableCellRenderer {
        WrappingRenderer() {
            setLineWrap(true);
            setWrapStyleWord(true);
            setOpaque(true);
            setBorder(BorderFactory.createEmptyBorder(1, 3, 1, 3));
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            String text = value == null ? "" : value.toString();
            setText(text);
            setToolTipText(text.isEmpty() ? null : text);
            setFont(table.getFont());
            setForeground(selected ? table.getSelectionForeground() : table.getForeground());
            setBackground(selected ? table.getSelectionBackground() : table.getBackground());
            setSize(table.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
            return this;
        }

        @Override
        public void updateUI() {
            super.updateUI();
            setBorder(BorderFactory.createEmptyBorder(1, 3, 1, 3));
            setBackground(UIManager.getColor("Table.background"));
        }
    }

    public List<Row> rows() {
        return List.copyOf(rows.rows);
    }

    public JTable table() {
        return table;
    }

    private static final class RowsModel extends AbstractTableModel {
        private List<String> columns = List.of();
        private List<Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return columns.get(column);
        }

        @Override
        public Object getValueAt(int rowIndex, int column) {
            Row row = rows.get(rowIndex);
            if (column == 0) {
                return rowIndex < 9 ? Integer.toString(rowIndex + 1) : "";
            }
            if (column == 1) {
                return row.english();
            }
            int lang = column - 2;
            if (lang >= row.renderings().size()) {
                return "";
            }
            return (row.rendered().get(lang) ? "✓\u00A0" : "✗\u00A0") + row.renderings().get(lang);
        }
    }
}
