package org.triptych.ui.session;

import org.triptych.sync.ThreeWayMerge;

import org.triptych.model.Document;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks the translator how to settle cells changed both here and on disk: per cell, keep mine or take theirs.
 * Closing the dialog keeps mine; the version on disk is then kept as the {@code .bak} file by the next save,
 * so nothing is lost either way. EDT only.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    /** Shows the dialog (modal) and passes the resolved document on; without a window keeps mine. */
    public static void ask(Window owner, Messages m, ThreeWayMerge.Result result, Consumer<Document> resolved) {
        Map<ThreeWayMerge.Conflict, Boolean> takeTheirs = new HashMap<>();
        if (owner == null) {
            resolved.accept(result.resolve(takeTheirs));
            return;
        }
        List<ThreeWayMerge.Conflict> conflicts = result.conflicts();
        AbstractTableModel model = new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return conflicts.size();
            }

            @Override
            public int getColumnCount() {
                return 5;
            }

            @Override
            public String getColumnName(int column) {
                return m.get(switch (column) {
                    case 0 -> "conflict.paragraph";
                    case 1 -> "conflict.language";
                    case 2 -> "conflict.mine";
                    case 3 -> "conflict.theirs";
                    default -> "conflict.takeTheirs";
                });
            }

            @Override
            public Class<?> getColumnClass(int column) {
                return column == 4 ? Boolean.class : String.class;
            }

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 4;
            }

            @Override
            public Object getValueAt(int row, int column) {
                ThreeWayMerge.Conflict c = conflicts.get(row);
                return switch (column) {
                    case 0 -> c.paragraphId();
                    case 1 -> c.lang();
                    case 2 -> c.mine();
                    case 3 -> c.theirs();
                    default -> takeTheirs.getOrDefault(c, false);
                };
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                takeTheirs.put(conflicts.get(row), (Boolean) value);
            }
        };
        JDialog dialog = new JDialog(owner, m.get("conflict.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("conflictDialog");
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        panel.add(new JLabel(m.format("conflict.message", conflicts.size())), BorderLayout.NORTH);
        JTable table = new JTable(model);
        table.setName("conflictTable");
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(760, 240));
        panel.add(scroll, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton allMine = new JButton(m.get("conflict.keepMine"));
        allMine.addActionListener(e -> {
            conflicts.forEach(c -> takeTheirs.put(c, false));
            model.fireTableDataChanged();
        });
        JButton allTheirs = new JButton(m.get("conflict.takeAllTheirs"));
        allTheirs.addActionListener(e -> {
            conflicts.forEach(c -> takeTheirs.put(c, true));
            model.fireTableDataChanged();
        });
        JButton apply = new JButton(m.get("conflict.apply"));
        apply.setName("conflictApply");
        apply.addActionListener(e -> dialog.dispose());
        buttons.add(allMine);
        buttons.add(allTheirs);
        buttons.add(apply);
        panel.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(panel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        resolved.accept(result.resolve(takeTheirs));
    }
}
