package org.triptych.ui;

import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.findings.IssuesPanel;
import org.triptych.ui.terms.TermsPanel;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.util.List;

/**
 * The main window's content, passive: the paragraph table on the left, the Glossary panel above the Issues
 * panel on the right (or the panels the features registered), the status bar below. {@link WorkbenchController}
 * fills and drives it. EDT only.
 */
public final class WorkbenchView extends JPanel {

    private static final String TABLE = "table";
    private static final String EMPTY = "empty";

    private final EditorTable table;
    private final JScrollPane tableScroll;
    private final TermsPanel terms = new TermsPanel();
    private final IssuesPanel issues = new IssuesPanel();
    private final StatusBar status = new StatusBar();
    private final JLabel empty = new JLabel("", SwingConstants.CENTER);
    private final CardLayout cards = new CardLayout();
    private final JPanel main = new JPanel(cards);
    private final JSplitPane sides;
    private JComponent panels;

    public WorkbenchView(EditorTable table) {
        super(new BorderLayout());
        this.table = table;
        setName("workbench");
        tableScroll = new JScrollPane(table);
        tableScroll.setName("editorScroll");
        // Set here rather than left to addNotify, so the off-screen screenshot shows the header too.
        tableScroll.setColumnHeaderView(table.getTableHeader());
        tableScroll.getVerticalScrollBar().setUnitIncrement(24);
        tableScroll.getViewport().addChangeListener(e -> table.scheduleFit());
        empty.setName("emptyWorkspace");
        empty.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        main.add(tableScroll, TABLE);
        main.add(empty, EMPTY);
        panels = stack(List.of(terms, issues));
        sides = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, main, panels);
        sides.setResizeWeight(0.66);
        sides.setBorder(null);
        add(sides, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    /** Places the dividers for a given width (first layout, screenshot). */
    public void placeDividers(int width, int height) {
        sides.setDividerLocation((int) (width * 0.66));
        if (panels instanceof JSplitPane split) {
            split.setDividerLocation((int) (height * 0.45));
        }
    }

    /** Shows {@code shown} (the panels the features registered) top to bottom in the right-hand column. */
    public void setPanels(List<JComponent> shown) {
        int divider = sides.getDividerLocation();
        panels = stack(shown);
        sides.setRightComponent(panels);
        sides.setDividerLocation(divider);
    }

    /** One panel, or the first above a stack of the others. */
    private static JComponent stack(List<JComponent> shown) {
        if (shown.isEmpty()) {
            return new JPanel();
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, shown.get(0), stack(shown.subList(1, shown.size())));
        split.setResizeWeight(1.0 / shown.size());
        split.setBorder(null);
        return split;
    }

    /** Shows the table, or a message in its place when there is no document. */
    public void showTable(boolean show, String emptyText) {
        empty.setText(emptyText);
        cards.show(main, show ? TABLE : EMPTY);
    }

    public EditorTable table() {
        return table;
    }

    public TermsPanel terms() {
        return terms;
    }

    public IssuesPanel issues() {
        return issues;
    }

    public StatusBar status() {
        return status;
    }
}
