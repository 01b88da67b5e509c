package org.triptych.ui.team;

import org.triptych.session.WorkspaceSession;
import org.triptych.team.Conflict;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;

/**
 * The conflicts a team merge left, one at a time: your version (what the file holds) and theirs side by side, and a
 * result to edit; keep yours, take theirs or use the edited text. Settling goes through the session, which writes
 * the file under the workspace lock and lets the window take it in. EDT only.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static void show(WorkbenchState state, WorkspaceSession session) {
        if (session == null) {
            return;
        }
        Messages m = state.messages();
        JDialog dialog = new JDialog(state.window(), m.get("team.conflicts.title"));
        dialog.setName("team.conflicts");
        DefaultListModel<Conflict> model = new DefaultListModel<>();
        JList<Conflict> list = new JList<>(model);
        list.setName("team.conflicts.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer((l, c, index, selected, focus) -> new javax.swing.DefaultListCellRenderer()
                .getListCellRendererComponent(l, c.file() + " · " + c.label() + " · "
                        + (c.isRow() ? m.get("team.conflicts.row") : c.column()), index, selected, focus));
        JTextArea ours = area(false, "team.conflicts.ours");
        JTextArea theirs = area(false, "team.conflicts.theirs");
        JTextArea result = area(true, "team.conflicts.result");
        JPanel sides = new JPanel(new GridLayout(1, 2, 8, 0));
        sides.add(titled(ours, m.get("team.conflicts.ours")));
        sides.add(titled(theirs, m.get("team.conflicts.theirs")));
        JSplitPane versions = new JSplitPane(JSplitPane.VERTICAL_SPLIT, sides, titled(result, m.get("team.conflicts.result")));
        versions.setResizeWeight(0.6);
        list.addListSelectionListener(e -> {
            Conflict c = list.getSelectedValue();
            ours.setText(c == null ? "" : c.ours());
            theirs.setText(c == null ? "" : c.theirs());
            result.setText(c == null ? "" : c.ours());
            result.setEditable(c != null && !c.isRow());
        });
        JButton keep = new JButton(m.get("team.conflicts.keep"));
        JButton take = new JButton(m.get("team.conflicts.take"));
        JButton edited = new JButton(m.get("team.conflicts.useEdited"));
        take.setName("team.conflicts.take");
        keep.setName("team.conflicts.keep");
        edited.setName("team.conflicts.useEdited");
        Runnable reload = () -> session.team().conflicts().whenComplete((all, failure) -> SwingUtilities.invokeLater(() -> {
            model.clear();
            if (all != null) {
                all.forEach(model::addElement);
            }
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            } else {
                list.clearSelection();
            }
        }));
        java.util.function.Consumer<java.util.function.Function<Conflict, String>> settle = value -> {
            Conflict c = list.getSelectedValue();
            if (c == null) {
                return;
            }
            session.team().resolve(c, value.apply(c)).whenComplete((done, failure) -> SwingUtilities.invokeLater(() -> {
                if (failure != null) {
                    JOptionPane.showMessageDialog(dialog, TeamFeature.unwrap(failure).getMessage(),
                            m.get("team.failed"), JOptionPane.ERROR_MESSAGE);
                }
                reload.run();
            }));
        };
        keep.addActionListener(e -> settle.accept(Conflict::ours));
        take.addActionListener(e -> settle.accept(Conflict::theirs));
        edited.addActionListener(e -> settle.accept(c -> c.isRow() ? c.ours() : result.getText()));
        JButton close = new JButton(m.get("team.conflicts.close"));
        close.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        List.of(keep, take, edited, close).forEach(buttons::add);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), versions);
        main.setResizeWeight(0.3);
        dialog.getContentPane().add(main, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.setSize(new Dimension(900, 520));
        dialog.setLocationRelativeTo(state.window());
        reload.run();
        dialog.setVisible(true);
    }

    private static JTextArea area(boolean editable, String name) {
        JTextArea area = new JTextArea(6, 30);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(editable);
        area.setName(name);
        return area;
    }

    private static JScrollPane titled(JTextArea area, String title) {
        JScrollPane pane = new JScrollPane(area);
        pane.setBorder(BorderFactory.createTitledBorder(title));
        return pane;
    }
}
