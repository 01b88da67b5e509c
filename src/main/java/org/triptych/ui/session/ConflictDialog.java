package org.triptych.ui.session;

import org.triptych.sync.GlossaryMerge;
import org.triptych.sync.ThreeWayMerge;

import org.triptych.model.Document;
import org.triptych.model.Glossary;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks the translator how to settle cells changed both here and on disk (of a document or of a glossary's
 * concepts): per cell, keep mine or take theirs.
 * Closing the dialog keeps mine; the version on disk is then kept as the {@code .bak} file by the next save,
 * so nothing is lost either way. EDT only.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    /** Shows the dialog (modal) and passes the resolved document on; without a window keeps mine. */
    public static void ask(Window owner, Messages m, ThreeWayMerge.Result result, Consumer<Document> resolved) {
        List<ThreeWayMerge.Conflict> conflicts = result.conflicts();
        List<Cell> cells = conflicts.stream().map(c -> new Cell(c.paragraphId(), c.lang(), c.mine(), c.theirs())).toList();
        boolean[] takeTheirs = ask(owner, m, "conflict.paragraph", cells);
        Map<ThreeWayMerge.Conflict, Boolean> chosen = new HashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            chosen.put(conflicts.get(i), takeTheirs[i]);
        }
        resolved.accept(result.resolve(chosen));
    }

    /** The same for a glossary: one row per concept cell; passes the resolved glossary on. */
    public static void ask(Window owner, Messages m, GlossaryMerge.Result result, Consumer<Glossary> resolved) {
        List<GlossaryMerge.Conflict> conflicts = result.conflicts();
        List<Cell> cells = conflicts.stream().map(c -> new Cell(c.concept(), c.column(), c.mine(), c.theirs())).toList();
        boolean[] takeTheirs = ask(owner, m, "conflict.concept", cells);
        Map<GlossaryMerge.Conflict, Boolean> chosen = new HashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            chosen.put(conflicts.get(i), takeTheirs[i]);
        }
        resolved.accept(result.resolve(chosen));
    }

    /** One cell to settle: where it is (a paragraph id or a concept), its column, and both versions. */
    private record Cell(String where, String column, String mine, String theirs) {
    }

    /** Asks about each cell; true takes the disk's version. Without a window keeps mine everywhere. */
    private static boolean[] ask(Window owner, Messages m, String whereKey, List<Cell> conflicts) {
        boolean[] takeTheirs = new boolean[conflicts.size()];
        if (owner == null) {
            return takeTheirs;
        }
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
                    case 0 -> whereKey;
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
                Cell c = conflicts.get(row);
                return switch (column) {
                    case 0 -> c.where();
                    case 1 -> c.column();
                    case 2 -> c.mine();
                    case 3 -> c.theirs();
                    default -> takeTheirs[row];
                };
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                takeTheirs[row] = (Boolean) value;
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
            Arrays.fill(takeTheirs, false);
            model.fireTableDataChanged();
        });
        JButton allTheirs = new JButton(m.get("conflict.takeAllTheirs"));
        allTheirs.addActionListener(e -> {
            Arrays.fill(takeTheirs, true);
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
        return takeTheirs;
    }
}
