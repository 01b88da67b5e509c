package org.triptych.ui.suggestions;

import org.triptych.memory.FuzzyScore;
import org.triptych.memory.MemoryEntry;
import org.triptych.memory.TranslationMemory;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The Suggestions panel: the translation memory's matches for the current paragraph's sentences, numbered for
 * Ctrl+Shift+1…5, each with its score, its English with the differences from the paragraph's sentence marked
 * (struck out: only in the memory; underlined: only in the paragraph), both translations and its origin.
 * Double-click inserts a match, Alt+click one language of it. Passive: the feature fills it. EDT only.
 */
public final class SuggestionsPanel extends JPanel {

    private final JLabel title = new JLabel();
    private final Rows rows = new Rows();
    private final JTable table = new JTable(rows);
    private IntConsumer insertAll = n -> { };
    private BiConsumer<Integer, String> insertOne = (n, lang) -> { };

    public SuggestionsPanel() {
        super(new BorderLayout());
        setName("suggestionsPanel");
        table.setName("suggestionsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFocusable(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new Wrapping());
        title.setName("suggestionsTitle");
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                int column = table.columnAtPoint(e.getPoint());
                if (row < 0 || column < 0) {
                    return;
                }
                String lang = rows.langOf(table.convertColumnIndexToModel(column));
                if ((e.getModifiersEx() & InputEvent.ALT_DOWN_MASK) != 0 && lang != null) {
                    insertOne.accept(row + 1, lang);
                } else if (e.getClickCount() == 2) {
                    insertAll.accept(row + 1);
                }
            }
        });
    }

    /** What a double-click (match n, 1-based) and an Alt+click (match n, one language) do. */
    public void onInsert(IntConsumer all, BiConsumer<Integer, String> one) {
        insertAll = all;
        insertOne = one;
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public String title() {
        return title.getText();
    }

    /** Shows {@code matches} in order for a document with {@code targets}, labelled in {@code messages}' language. */
    public void show(List<TranslationMemory.Match> matches, List<String> targets, Messages messages) {
        rows.set(matches, targets, messages);
        for (int narrow = 0; narrow < 2 && narrow < table.getColumnCount(); narrow++) {
            table.getColumnModel().getColumn(narrow).setMaxWidth(36);
        }
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() * 3 + 4));
    }

    /** The matches shown, in order. */
    public List<TranslationMemory.Match> matches() {
        return rows.matches;
    }

    public JTable table() {
        return table;
    }

    /** The English of a match as HTML: the words only in the memory struck out, those only in the paragraph underlined. */
    static String differences(List<FuzzyScore.Difference> differences) {
        StringBuilder html = new StringBuilder();
        for (FuzzyScore.Difference d : differences) {
            if (!html.isEmpty()) {
                html.append(' ');
            }
            String text = EditorTable.escape(d.text());
            switch (d.change()) {
                case SAME -> html.append(text);
                case DELETED -> html.append("<s><font color='#c0392b'>").append(text).append("</font></s>");
                case INSERTED -> html.append("<u><font color='#1e8449'>").append(text).append("</font></u>");
            }
        }
        return html.toString();
    }

    /** The origin of a unit: its document or TMX file, its date, and the status of its translations. */
    static String origin(MemoryEntry entry, Messages messages) {
        MemoryEntry.Origin origin = entry.origin();
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochMilli(origin.modifiedMillis()).atZone(ZoneId.systemDefault()));
        StringBuilder text = new StringBuilder(origin.name()).append(" (")
                .append(messages.get(origin.kind() == MemoryEntry.Kind.TMX ? "suggestions.tmx" : "suggestions.document"))
                .append("), ").append(date);
        List<String> statuses = new ArrayList<>();
        entry.statuses().forEach((lang, status) -> {
            if (!status.cell().isEmpty()) {
                statuses.add(lang + ": " + messages.get("statusName." + status.cell()));
            }
        });
        if (!statuses.isEmpty()) {
            text.append(", ").append(String.join(", ", statuses));
        }
        return text.toString();
    }

    /** Cells wrapped in HTML so that a long sentence takes the row's lines. */
    private static final class Wrapping extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
            String html = value == null ? "" : value.toString();
            super.getTableCellRendererComponent(table, "<html>" + html, selected, focused, row, column);
            setVerticalAlignment(TOP);
            setToolTipText(html.isEmpty() ? null : "<html><div width=400>" + html);
            return this;
        }
    }

    private static final class Rows extends AbstractTableModel {
        private List<TranslationMemory.Match> matches = List.of();
        private List<String> targets = List.of();
        private Messages messages;

        void set(List<TranslationMemory.Match> newMatches, List<String> newTargets, Messages newMessages) {
            boolean columns = !newTargets.equals(targets) || newMessages != messages;
            matches = List.copyOf(newMatches);
            targets = List.copyOf(newTargets);
            messages = newMessages;
            if (columns) {
                fireTableStructureChanged();
            } else {
                fireTableDataChanged();
            }
        }

        /** The target language of a column, or null. */
        String langOf(int column) {
            int index = column - 3;
            return index >= 0 && index < targets.size() ? targets.get(index) : null;
        }

        @Override
        public int getRowCount() {
            return matches.size();
        }

        @Override
        public int getColumnCount() {
            return 4 + targets.size();
        }

        @Override
        public String getColumnName(int column) {
            if (messages == null) {
                return "";
            }
            return switch (column) {
                case 0 -> "#";
                case 1 -> "%";
                case 2 -> Messages.nativeName("en");
                default -> langOf(column) != null ? Messages.nativeName(langOf(column)) : messages.get("suggestions.origin");
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            TranslationMemory.Match match = matches.get(row);
            return switch (column) {
                case 0 -> Integer.toString(row + 1);
                case 1 -> String.format(Locale.ROOT, "%d", match.score());
                case 2 -> differences(match.differences());
                default -> langOf(column) != null ? EditorTable.escape(match.entry().target(langOf(column)))
                        : EditorTable.escape(origin(match.entry(), messages));
            };
        }
    }
}
