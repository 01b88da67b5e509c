package org.triptych.ui.suggestions;

import org.triptych.memory.MemoryEntry;
import org.triptych.memory.TranslationMemory;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The concordance: a word or phrase searched in the English of the translation memory (the workspace's documents and
 * TMX files), in any number or possessive, each hit with its translations and origin, the phrase highlighted.
 * The search runs on the feature's worker; the dialog is updated on the EDT. EDT only.
 */
final class ConcordanceDialog extends JDialog {

    private static final int LIMIT = 200;

    private final JTextField query = new JTextField(30);
    private final JLabel count = new JLabel(" ");
    private final DefaultTableModel rows = new DefaultTableModel() {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable table = new JTable(rows);
    private final JButton search = new JButton();
    private final Executor worker;
    private WorkspaceMemory memory;
    private List<String> targets = List.of();
    private Messages messages;
    private long request;

    ConcordanceDialog(Window owner, Executor worker) {
        super(owner, ModalityType.MODELESS);
        this.worker = worker;
        setName("concordanceDialog");
        query.setName("concordanceField");
        table.setName("concordanceTable");
        count.setName("concordanceCount");
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused, int row, int column) {
                super.getTableCellRendererComponent(t, "<html>" + (value == null ? "" : value), selected, focused, row, column);
                setVerticalAlignment(TOP);
                setToolTipText(value == null ? null : "<html><div width=400>" + value);
                return this;
            }
        });
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() * 3 + 4);
        search.setName("concordanceSearch");
        search.addActionListener(e -> search());
        query.addActionListener(e -> search());
        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        top.add(query, BorderLayout.CENTER);
        top.add(search, BorderLayout.EAST);
        top.add(count, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(new JScrollPane(table), BorderLayout.CENTER);
        setContentPane(content);
        getRootPane().registerKeyboardAction(e -> setVisible(false), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setPreferredSize(new Dimension(900, 480));
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog for {@code memory}, labelled in {@code newMessages}' language, the field ready for typing. */
    void showFor(WorkspaceMemory newMemory, List<String> newTargets, Messages newMessages) {
        memory = newMemory;
        targets = List.copyOf(newTargets);
        messages = newMessages;
        setTitle(messages.get("concordance.title"));
        search.setText(messages.get("concordance.search"));
        List<String> columns = new ArrayList<>();
        columns.add(Messages.nativeName("en"));
        targets.forEach(t -> columns.add(Messages.nativeName(t)));
        columns.add(messages.get("suggestions.origin"));
        rows.setColumnIdentifiers(columns.toArray());
        setVisible(true);
        query.selectAll();
        query.requestFocusInWindow();
    }

    private void search() {
        String phrase = query.getText().strip();
        WorkspaceMemory searched = memory;
        long mine = ++request;
        if (phrase.isEmpty() || searched == null) {
            return;
        }
        worker.execute(() -> {
            List<TranslationMemory.Hit> hits = searched.concordance(phrase, LIMIT);
            SwingUtilities.invokeLater(() -> {
                if (mine == request) {
                    show(hits);
                }
            });
        });
    }

    private void show(List<TranslationMemory.Hit> hits) {
        rows.setRowCount(0);
        for (TranslationMemory.Hit hit : hits) {
            MemoryEntry entry = hit.entry();
            List<Object> row = new ArrayList<>();
            row.add(highlighted(entry.english(), hit.spans()));
            targets.forEach(t -> row.add(EditorTable.escape(entry.target(t))));
            row.add(EditorTable.escape(SuggestionsPanel.origin(entry, messages)));
            rows.addRow(row.toArray());
        }
        count.setText(messages.format("concordance.hits", hits.size()));
    }

    /** The English as HTML with the spans found in bold on a highlight. */
    static String highlighted(String english, List<int[]> spans) {
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            html.append(EditorTable.escape(english.substring(at, span[0])))
                    .append("<b><span style='background:#fff3a0'>")
                    .append(EditorTable.escape(english.substring(span[0], span[1])))
                    .append("</span></b>");
            at = span[1];
        }
        return html.append(EditorTable.escape(english.substring(at))).toString();
    }

    /** The number of hits shown (tests). */
    int hitCount() {
        return rows.getRowCount();
    }
}
