package org.triptych.ui.findings;

import com.formdev.flatlaf.util.UIScale;
import org.triptych.check.Finding;
import org.triptych.check.Severity;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Issues panel: the findings of the document in paragraph order (severity first, coloured), with a progress
 * bar and Cancel while a full check runs. Passive: {@link IssuesController} fills it. EDT only.
 */
public final class IssuesPanel extends JPanel {

    private final JLabel title = new JLabel();
    /** Says which enabled rules cannot run here (a dictionary missing); hidden when all can. */
    private final JLabel notice = new JLabel();
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

    /** The short columns (severity, paragraph, language) are made wide enough for their widest cell. */
    private static final int SHORT_COLUMNS = 3;
    private static final int[] WIDTHS = {70, 48, 90, 130, 420};

    public IssuesPanel() {
        super(new BorderLayout());
        table.setDefaultRenderer(Object.class, new SeverityColours());
        setName("issuesPanel");
        table.setName("issuesTable");
        cancel.setName("issuesCancel");
        title.setName("issuesTitle");
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
        notice.setName("issuesNotice");
        notice.setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 6));
        notice.setVisible(false);
        top.add(notice, BorderLayout.SOUTH);
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

    public String title() {
        return title.getText();
    }

    /** Shows {@code lines} under the title (one per rule that cannot run), or nothing when empty. */
    public void setNotice(List<String> lines) {
        String text = String.join("\n", lines);
        if (!text.equals(notice.getToolTipText() == null ? "" : notice.getToolTipText())) {
            notice.setText(lines.isEmpty() ? "" : "<html>" + lines.stream().map(IssuesPanel::escape)
                    .collect(java.util.stream.Collectors.joining("<br>")) + "</html>");
            notice.setToolTipText(lines.isEmpty() ? null : text);
            notice.setVisible(!lines.isEmpty());
        }
    }

    /** The notice's text, one line per rule. */
    public String notice() {
        return notice.getToolTipText() == null ? "" : notice.getToolTipText();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public void setColumns(List<String> names, Function<Finding, List<String>> cells) {
        model.columns = List.copyOf(names);
        model.cells = cells;
        model.fireTableStructureChanged();
        fitColumns();
    }

    public void setIssues(List<Finding> issues) {
        model.issues = new ArrayList<>(issues);
        model.fireTableDataChanged();
        fitColumns();
    }

    public List<Finding> issues() {
        return List.copyOf(model.issues);
    }

    /** Selects the row of {@code finding} (if listed) and scrolls it into view. */
    public void select(Finding finding) {
        int index = model.issues.indexOf(finding);
        if (index < 0) {
            table.clearSelection();
            return;
        }
        int row = table.convertRowIndexToView(index);
        table.setRowSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
    }

    /** The finding selected in the panel, or null. */
    public Finding selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.issues.get(table.convertRowIndexToModel(row));
    }

    public int issueCount() {
        return model.issues.size();
    }

    /** Short columns never shrink below their heading or their widest cell, whatever the interface language. */
    private void fitColumns() {
        FontMetrics header = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
        FontMetrics cells = table.getFontMetrics(table.getFont());
        int pad = UIScale.scale(16);
        int columns = Math.min(WIDTHS.length, table.getColumnCount());
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = header.stringWidth(model.columns.get(i)) + pad;
        }
        // A large document has many findings: only rows that may be wider than those seen are measured.
        Map<String, EnumSet<Severity>> measured = new HashMap<>();
        int longestParagraph = 0;
        for (int row = 0; row < model.issues.size(); row++) {
            Finding f = model.issues.get(row);
            boolean newKind = measured.computeIfAbsent(f.lang(), k -> EnumSet.noneOf(Severity.class)).add(f.severity());
            int place = f.paragraph() == null ? String.valueOf(model.getValueAt(row, 1)).length() : f.paragraph().length();
            boolean longer = place > longestParagraph;
            if (newKind || longer) {
                longestParagraph = Math.max(longestParagraph, place);
                for (int i = 0; i < Math.min(SHORT_COLUMNS, columns); i++) {
                    widths[i] = Math.max(widths[i], cells.stringWidth(String.valueOf(model.getValueAt(row, i))) + pad);
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            int heading = header.stringWidth(model.columns.get(i)) + pad;
            int needed = i < SHORT_COLUMNS ? widths[i] : heading;
            column.setPreferredWidth(Math.max(UIScale.scale(WIDTHS[i]), needed));
            if (i < WIDTHS.length - 1) {
                column.setMinWidth(needed);
            }
        }
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

    /** Paints the severity column in the colour of the severity: errors red, warnings orange, hints grey. */
    private final class SeverityColours extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            if (!selected) {
                Severity severity = model.issues.get(t.convertRowIndexToModel(row)).severity();
                Color colour = column == 0 ? colour(severity)
                        : severity == Severity.HINT ? UIManager.getColor("Label.disabledForeground") : null;
                c.setForeground(colour == null ? t.getForeground() : colour);
            }
            return c;
        }

        private Color colour(Severity severity) {
            return switch (severity) {
                case ERROR -> UIManager.getColor("Component.error.focusedBorderColor");
                case WARNING -> UIManager.getColor("Component.warning.focusedBorderColor");
                case HINT -> UIManager.getColor("Label.disabledForeground");
            };
        }
    }

    private static final class IssuesModel extends AbstractTableModel {
        private List<String> columns = List.of();
        private Function<Finding, List<String>> cells = issue -> List.of();
        private List<Finding> issues = List.of();

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
