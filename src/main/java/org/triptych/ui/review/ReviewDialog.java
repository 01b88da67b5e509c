package org.triptych.ui.review;

import org.triptych.importer.ReviewImport;
import org.triptych.model.Status;
import org.triptych.session.PendingReview;
import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edit > Review changes: the changes of the last review file, one per row (paragraph, what changed, decision),
 * the selected one's text before and after, and Accept, Reject, Accept all, Close. Usable from the keyboard alone:
 * ↑/↓ choose a change, Enter (or Alt+A) accepts it and Delete (or Alt+R) rejects it, each then moving to the next
 * pending change; Alt+L accepts every pending change; Esc closes. The decisions are the {@link PendingReview}'s; the dialog only shows
 * them. Selecting a change shows its paragraph in the window. Modeless, EDT only.
 */
public final class ReviewDialog {

    /** Names of the parts, for tests and accessibility tools. */
    public static final String NAME = "reviewDialog";
    public static final String TABLE = "reviewChanges";
    public static final String BEFORE = "reviewBefore";
    public static final String AFTER = "reviewAfter";
    public static final String COUNTS = "reviewCounts";

    private final PendingReview review;
    private final Messages messages;
    private final Function<String, String> languageName;
    private final Consumer<String> showParagraph;
    private final JDialog dialog;
    private final ChangesModel model = new ChangesModel();
    private final JTable table;
    private final JTextArea before = area(BEFORE);
    private final JTextArea after = area(AFTER);
    private final JLabel beforeLabel = new JLabel();
    private final JLabel afterLabel = new JLabel();
    private final JLabel counts = new JLabel();
    private final PendingReview.Listener listener = r -> refresh();

    private ReviewDialog(Window owner, PendingReview review, Messages messages, Function<String, String> languageName,
                         Consumer<String> showParagraph) {
        this.review = review;
        this.messages = messages;
        this.languageName = languageName;
        this.showParagraph = showParagraph;
        this.table = new JTable(model); // asks the model for column names, which need the messages
        String file = review.file() == null ? "" : review.file().getFileName().toString();
        dialog = new JDialog(owner, messages.format("review.title", file));
        dialog.setName(NAME);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);

        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(80);
        table.getColumnModel().getColumn(0).setMaxWidth(160);
        table.getColumnModel().getColumn(1).setPreferredWidth(640);
        table.getColumnModel().getColumn(2).setPreferredWidth(110);
        table.getColumnModel().getColumn(2).setMaxWidth(200);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "accept", this::acceptSelected);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "reject", this::rejectSelected);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "reject", this::rejectSelected);
        // Tab leaves the table for the buttons instead of moving between its cells.
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);

        JPanel texts = new JPanel(new GridLayout(1, 2, 8, 0));
        texts.add(labelled(beforeLabel, before));
        texts.add(labelled(afterLabel, after));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), texts);
        split.setResizeWeight(0.5);

        JButton accept = button("review.accept", "reviewAccept", KeyEvent.VK_A, this::acceptSelected);
        JButton reject = button("review.reject", "reviewReject", KeyEvent.VK_R, this::rejectSelected);
        JButton acceptAll = button("review.acceptAll", "reviewAcceptAll", KeyEvent.VK_L, review::acceptAll);
        JButton close = button("review.close", "reviewClose", 0, dialog::dispose);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(accept);
        buttons.add(reject);
        buttons.add(acceptAll);
        buttons.add(close);
        counts.setName(COUNTS);
        JLabel hint = new JLabel(messages.get("review.keys"));
        JPanel south = new JPanel(new BorderLayout());
        south.add(counts, BorderLayout.WEST);
        south.add(buttons, BorderLayout.EAST);
        south.add(hint, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(split, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        review.addListener(listener);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                review.removeListener(listener);
            }
        });
        refresh();
        selectNextPending(-1);
        dialog.setSize(new Dimension(960, 580));
        dialog.setLocationRelativeTo(owner);
    }

    /**
     * Opens the dialog on {@code review}; {@code showParagraph} is told the id of each change selected, and
     * {@code languageName} names a language tag in the interface language.
     */
    public static JDialog show(Window owner, PendingReview review, Messages messages, Function<String, String> languageName,
                               Consumer<String> showParagraph) {
        ReviewDialog shown = new ReviewDialog(owner, review, messages, languageName, showParagraph);
        shown.dialog.setVisible(true);
        shown.table.requestFocusInWindow();
        return shown.dialog;
    }

    private void acceptSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            review.accept(row);
            selectNextPending(row);
        }
    }

    private void rejectSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            review.reject(row);
            selectNextPending(row);
        }
    }

    /** Selects the first pending change after {@code row}, wrapping around; stays put when none is left. */
    private void selectNextPending(int row) {
        List<PendingReview.Item> items = review.items();
        for (int step = 1; step <= items.size(); step++) {
            int candidate = Math.floorMod(row + step, items.size());
            if (items.get(candidate).decision() == PendingReview.Decision.PENDING) {
                table.getSelectionModel().setSelectionInterval(candidate, candidate);
                table.scrollRectToVisible(table.getCellRect(candidate, 0, true));
                return;
            }
        }
        if (row < 0 && !items.isEmpty()) {
            table.getSelectionModel().setSelectionInterval(0, 0);
        }
    }

    private void refresh() {
        int selected = table.getSelectedRow();
        model.fireTableDataChanged();
        if (selected >= 0 && selected < model.getRowCount()) {
            table.getSelectionModel().setSelectionInterval(selected, selected);
        }
        counts.setText(messages.format("review.counts", review.pending(), review.accepted(), review.rejected()));
        showSelected();
    }

    private void showSelected() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= review.items().size()) {
            before.setText("");
            after.setText("");
            return;
        }
        ReviewImport.Change change = review.items().get(row).change();
        boolean note = change.kind() == ReviewImport.Kind.NOTE;
        beforeLabel.setText(note ? messages.get("review.before") : messages.get("review.before") + " — " + statusName(change.beforeStatus()));
        afterLabel.setText(note ? messages.get("review.after") : messages.get("review.after") + " — " + statusName(change.afterStatus()));
        before.setText(change.before());
        after.setText(change.after());
        before.setCaretPosition(0);
        after.setCaretPosition(0);
        showParagraph.accept(change.id());
    }

    private String statusName(Status status) {
        return status == Status.NONE ? messages.get("review.noStatus") : messages.get("statusName." + status.cell());
    }

    private final class ChangesModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return review.items().size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return messages.get(switch (column) {
                case 0 -> "review.column.paragraph";
                case 1 -> "review.column.change";
                default -> "review.column.decision";
            });
        }

        @Override
        public Object getValueAt(int row, int column) {
            PendingReview.Item item = review.items().get(row);
            ReviewImport.Change change = item.change();
            return switch (column) {
                case 0 -> change.id();
                case 1 -> change.kind() == ReviewImport.Kind.NOTE
                        ? messages.get("review.note") + ": " + oneLine(change.comment())
                        : languageName.apply(change.lang()) + ": " + oneLine(change.after());
                default -> messages.get("review.decision." + item.decision().name().toLowerCase(Locale.ROOT));
            };
        }
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    private static JTextArea area(String name) {
        JTextArea area = new JTextArea(6, 30);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setFocusable(false); // the keys stay with the list of changes
        return area;
    }

    private static JComponent labelled(JLabel label, JTextArea area) {
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.add(label, BorderLayout.NORTH);
        panel.add(new JScrollPane(area), BorderLayout.CENTER);
        return panel;
    }

    private JButton button(String key, String name, int mnemonic, Runnable run) {
        JButton button = new JButton(messages.get(key));
        button.setName(name);
        button.addActionListener(e -> run.run());
        if (mnemonic != 0) {
            // Bound on the dialog, not as the button's mnemonic, so that it works whatever the look and feel does with Alt.
            bind(dialog.getRootPane(), JComponent.WHEN_IN_FOCUSED_WINDOW, KeyStroke.getKeyStroke(mnemonic, InputEvent.ALT_DOWN_MASK),
                    name, run);
        }
        return button;
    }

    private static void bind(JComponent component, KeyStroke key, String id, Runnable run) {
        bind(component, JComponent.WHEN_FOCUSED, key, id, run);
    }

    private static void bind(JComponent component, int condition, KeyStroke key, String id, Runnable run) {
        component.getInputMap(condition).put(key, id);
        component.getActionMap().put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        });
    }
}
