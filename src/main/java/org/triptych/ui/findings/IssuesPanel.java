package org.triptych.ui.findings;

import com.formdev.flatlaf.util.UIScale;
import org.triptych.ui.terms.TargetIssue;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableColumn;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Issues panel: the terminology findings of the document in paragraph order, with a progress bar and
 * Cancel while a full check runs. Passive: {@link IssuesController} fills it. EDT only.
 */
public final class IssuesPanel extends JPanel {

    private final JLabel title = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JButton cancel = new JButton();
    private final IssuesModel model = new IssuesModel();
    private final JTable table = new JTable(model) {
        @Override
        public String getToolTipText(java.awt.event.MouseEvent e) {
            // Messages are longer than their column: the tooltip shows the whole text.
            int row = rowAtPoint(e.getPoint());
            int column = columnAtPoint(e.getPoint());
            return row < 0 || column < 0 ? null : String.valueOf(getValueAt(row, column));
        }
    };

    public IssuesPanel() {
        super(new BorderLayout());
        setName("issuesPanel");
        table.setName("issuesTable");
        cancel.setName("issuesCancel");
        progress.setName("issuesProgress");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setToolTipText("");
        table.getTableHeader().setReorderingAllowed(false);
        JPanel top = new JPanel(new BorderLayout());
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        top.add(title, BorderLayout.CENTER);
        JPanel work = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        progress.setStringPainted(false);
        work.add(progress);
        work.add(cancel);
        top.add(work, BorderLayout.EAST);
        setRunning(false);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        // Set here rather than left to addNotify, so the off-screen screenshot shows the header too.
        scroll.setColumnHeaderView(table.getTableHeader());
        add(scroll, BorderLayout.CENTER);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void setColumns(List<String> names, Function<TargetIssue, List<String>> cells) {
        model.columns = List.copyOf(names);
        model.cells = cells;
        model.fireTableStructureChanged();
        int[] widths = {48, 90, 130, 420};
        FontMetrics header = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
        for (int i = 0; i < Math.min(widths.length, table.getColumnCount()); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            // short columns never shrink below their heading, whatever the interface language
            int headingWidth = header.stringWidth(names.get(i)) + UIScale.scale(16);
            column.setPreferredWidth(Math.max(UIScale.scale(widths[i]), headingWidth));
            if (i < widths.length - 1) {
                column.setMinWidth(headingWidth);
            }
        }
    }

    public void setIssues(List<TargetIssue> issues) {
        model.issues = new ArrayList<>(issues);
        model.fireTableDataChanged();
    }

    public List<TargetIssue> issues() {
        return List.copyOf(model.issues);
    }

    public void setRunning(boolean running) {
        progress.setVisible(running);
        cancel.setVisible(running);
        if (!running) {
            progress.setValue(0);
        }
    }

    public void setProgress(int percent) {
        progress.setValue(percent);
    }

    public JButton cancelButton() {
        return cancel;
    }

    public JTable table() {
        return table;
    }

    private static final class IssuesModel extends AbstractTableModel {
        private List<String> columns = List.of();
        private Function<TargetIssue, List<String>> cells = issue -> List.of();
        private List<TargetIssue> issues = List.of();

        @Override
        public int getRowCount() {
            return issues.size();
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
        public Object getValueAt(int row, int column) {
            List<String> values = cells.apply(issues.get(row));
            return column < values.size() ? values.get(column) : "";
        }
    }
}
