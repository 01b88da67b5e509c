package org.triptych.ui.suggestions;

import org.triptych.memory.FuzzyScore;
import org.triptych.memory.MemoryEntry;
import org.triptych.memory.TranslationMemory;
import org.triptych.ui.WrappedRows;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.FragmentPainter;
import org.triptych.ui.editor.WordWrapArea;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
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

    /** A match's row shows at most this many lines; its tooltip has the whole text. */
    private static final int MAX_LINES = 8;

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
        table.setDefaultRenderer(Object.class, new Plain());
        table.setDefaultRenderer(Differences.class, new Marked());
        title.setName("suggestionsTitle");
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        WrappedRows.follow(table, MAX_LINES);
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
        WrappedRows.fit(table, MAX_LINES);
    }

    /** The matches shown, in order. */
    public List<TranslationMemory.Match> matches() {
        return rows.matches;
    }

    public JTable table() {
        return table;
    }

    /** A match's English with the words only in the memory and those only in the paragraph marked. */
    public record Differences(String text, List<Mark> marks) {
        public Differences {
            marks = List.copyOf(marks);
        }

        /** Characters {@code start} to {@code end} of the text are only in the memory ({@code deleted}) or only in the paragraph. */
        public record Mark(int start, int end, boolean deleted) {
        }

        public static Differences of(List<FuzzyScore.Difference> differences) {
            StringBuilder text = new StringBuilder();
            List<Mark> marks = new ArrayList<>();
            for (FuzzyScore.Difference d : differences) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(d.text());
                if (d.change() != FuzzyScore.Change.SAME) {
                    marks.add(new Mark(start, text.length(), d.change() == FuzzyScore.Change.DELETED));
                }
            }
            return new Differences(text.toString(), marks);
        }

        /** The words marked deleted (true) or inserted (false), in order. */
        public List<String> words(boolean deleted) {
            return marks.stream().filter(m -> m.deleted() == deleted).map(m -> text.substring(m.start(), m.end())).toList();
        }

        @Override
        public String toString() {
            return text;
        }
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

    /** Plain cells (number, score, translations, origin), wrapped at spaces as the editor wraps them. */
    private static class Plain extends WordWrapArea implements TableCellRenderer {
        private static final int WIDE_TIP = 400;

        Plain() {
            setEditable(false);
            setOpaque(true);
            setBorder(BorderFactory.createEmptyBorder(1, 2, 1, 2));
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
            setFont(table.getFont());
            setBackground(selected ? table.getSelectionBackground() : table.getBackground());
            setForeground(selected ? table.getSelectionForeground() : table.getForeground());
            setText(value == null ? "" : value.toString());
            return this;
        }

        @Override
        public String getToolTipText() {
            String text = getText();
            return text.isEmpty() ? null : "<html><div width=" + WIDE_TIP + ">" + EditorTable.escape(text);
        }
    }

    /**
     * The English cells: struck out in red, the words only in the memory; underlined in green, those only in the
     * paragraph.
     */
    private static final class Marked extends Plain {
        private static final Color DELETED = new Color(0xc0392b);
        private static final Color INSERTED = new Color(0x1e8449);
        private final Highlighter.HighlightPainter struck = new Line(DELETED, true);
        private final Highlighter.HighlightPainter underlined = new Line(INSERTED, false);

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
            // A new document each time: one reused would keep every highlight's positions until a garbage collection.
            getHighlighter().removeAllHighlights();
            setDocument(createDefaultModel());
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            if (value instanceof Differences differences) {
                try {
                    for (Differences.Mark mark : differences.marks()) {
                        getHighlighter().addHighlight(mark.start(), mark.end(), mark.deleted() ? struck : underlined);
                    }
                } catch (BadLocationException e) {
                    throw new IllegalStateException(e); // the marks are of this very text
                }
            }
            return this;
        }
    }

    /** A line through the middle of marked text or under it, in one colour. */
    private static final class Line extends FragmentPainter {
        private final Color color;
        private final boolean through;

        Line(Color color, boolean through) {
            this.color = color;
            this.through = through;
        }

        @Override
        protected void paintFragment(Graphics2D g, Rectangle r, JTextComponent c) {
            FontMetrics metrics = c.getFontMetrics(c.getFont());
            int baseline = r.y + metrics.getAscent();
            int y = through ? baseline - metrics.getAscent() / 3 : baseline + 1;
            g.setColor(color);
            g.fillRect(r.x, y, r.width, Math.max(1, metrics.getHeight() / 16));
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
        public Class<?> getColumnClass(int column) {
            return column == 2 ? Differences.class : Object.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            TranslationMemory.Match match = matches.get(row);
            return switch (column) {
                case 0 -> Integer.toString(row + 1);
                case 1 -> String.format(Locale.ROOT, "%d", match.score());
                case 2 -> Differences.of(match.differences());
                default -> langOf(column) != null ? match.entry().target(langOf(column)) : origin(match.entry(), messages);
            };
        }
    }
}
