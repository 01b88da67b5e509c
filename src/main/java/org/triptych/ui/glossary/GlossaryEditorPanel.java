package org.triptych.ui.glossary;

import org.triptych.glossary.edit.DuplicateTerms;
import org.triptych.glossary.edit.EditHistory;
import org.triptych.glossary.edit.GlossaryColumn;
import org.triptych.glossary.edit.GlossaryEdits;
import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.translit.KoreanNames;
import org.triptych.ui.i18n.KeyNames;
import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultCellEditor;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Table editor of one glossary. onChange runs on the EDT with the new immutable Glossary after every add,
 * edit, delete, undo, redo. Its texts follow the interface language given ({@link #setMessages}).
 * Create and call on the Event Dispatch Thread only.
 */
public final class GlossaryEditorPanel extends JPanel {

    private static final int HISTORY_LIMIT = 200;
    private static final int SAMPLED_ROWS_FOR_WIDTH = 300;

    private final Consumer<Glossary> onChange;
    private final EditHistory<Glossary> history;
    private final ConceptTableModel model;
    private final JTable table;
    private final ConceptRowSorter sorter;
    private final JTextField filter = new JTextField(22);
    private final JLabel filterLabel = new JLabel();
    private final Action addAction = action(this::addConcept);
    private final Action editAction = action(this::editSelectedCell);
    private final Action deleteAction = action(this::deleteSelected);
    private final Action undoAction = action(this::undo);
    private final Action redoAction = action(this::redo);
    private final Action useSuggestionAction = action(this::acceptSuggestion);
    /** The Kontsevych spelling of the selected concept's Korean name, when it has one the Ukrainian lacks. */
    private final JLabel suggestion = new JLabel(" ");
    private Messages messages;
    private String filterKey = "";

    /**
     * An editor showing {@code glossary} with the texts of {@code messages}; {@code onChange} receives every
     * value the user makes.
     */
    public GlossaryEditorPanel(Glossary glossary, Messages messages, Consumer<Glossary> onChange) {
        super(new BorderLayout());
        requireEdt();
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.history = new EditHistory<>(Objects.requireNonNull(glossary, "glossary"), HISTORY_LIMIT);
        this.model = new ConceptTableModel(glossary, messages, this::cellEdited);
        this.table = new ViewportFillingTable(model);
        this.sorter = new ConceptRowSorter(model);
        setName("glossaryEditor");
        configureTable();
        add(toolbar(), BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(suggestionBar(), BorderLayout.SOUTH);
        bindKeys();
        relabel();
        sizeColumns();
        updateActions();
    }

    /** Shows every text (buttons, column headers, filter) in the language of {@code next}, keeping all else. */
    public void setMessages(Messages next) {
        requireEdt();
        messages = Objects.requireNonNull(next, "messages");
        model.setMessages(next);
        for (int view = 0; view < table.getColumnCount(); view++) {
            TableColumn column = table.getColumnModel().getColumn(view);
            column.setHeaderValue(model.getColumnName(column.getModelIndex()));
        }
        relabel();
        sizeColumns();
        table.getTableHeader().repaint();
        revalidate();
    }

    private void relabel() {
        addAction.putValue(Action.NAME, messages.get("glossary.add"));
        editAction.putValue(Action.NAME, messages.get("glossary.edit"));
        deleteAction.putValue(Action.NAME, messages.get("glossary.delete"));
        undoAction.putValue(Action.NAME, messages.get("glossary.undo"));
        redoAction.putValue(Action.NAME, messages.get("glossary.redo"));
        filterLabel.setText(messages.get("glossary.filter"));
        useSuggestionAction.putValue(Action.NAME, messages.get("addConcept.useSuggestion"));
        updateSuggestion();
        filter.putClientProperty("JTextField.placeholderText", messages.get("glossary.filter.placeholder"));
        filter.repaint();
    }

    /**
     * Replaces the content (e.g. the file changed on disk), keeping sort and filter. A cell edit in progress
     * is committed first, so onChange sees it; the undo history restarts, since older values predate the new
     * content. Pass only values changed elsewhere: a value equal to the current one changes nothing.
     */
    public void setGlossary(Glossary glossary) {
        requireEdt();
        Objects.requireNonNull(glossary, "glossary");
        stopEditing();
        if (glossary.equals(history.current())) {
            return;
        }
        List<Integer> selected = selectedModelRows();
        history.reset(glossary);
        display(glossary, -1);
        selectModelRows(selected);
    }

    /** Ends a cell edit in progress, so onChange sees it before the content is replaced from elsewhere. */
    public void commitEdit() {
        requireEdt();
        stopEditing();
    }

    /** The glossary as currently edited. */
    public Glossary glossary() {
        requireEdt();
        return history.current();
    }

    private void configureTable() {
        table.setName("glossaryTable");
        table.setRowSorter(sorter);
        table.setFont(ScriptFonts.derive(table.getFont()));
        table.getTableHeader().setFont(ScriptFonts.derive(table.getTableHeader().getFont()));
        FontMetrics metrics = table.getFontMetrics(table.getFont());
        table.setRowHeight(metrics.getHeight() + metrics.getDescent());
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        // A click on a button or the filter must not throw away what was typed into a cell.
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        JTextField cellEditor = new JTextField();
        cellEditor.setName("glossaryCellEditor");
        cellEditor.setFont(table.getFont());
        cellEditor.setBorder(BorderFactory.createEmptyBorder(0, 2, 0, 2));
        DefaultCellEditor editor = new DefaultCellEditor(cellEditor);
        editor.setClickCountToStart(2);
        table.setDefaultEditor(String.class, editor);
        table.setDefaultRenderer(String.class, new ConceptCellRenderer(metrics.getAscent()));
        table.getSelectionModel().addListSelectionListener(e -> {
            updateActions();
            updateSuggestion();
        });
        // Undo also cancels a cell edit in progress, so it is available while one is open.
        table.addPropertyChangeListener("tableCellEditor", e -> updateActions());

        filter.setName("glossaryFilter");
        filter.setFont(ScriptFonts.derive(filter.getFont()));
        filter.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });
    }

    private JComponent toolbar() {
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(button("glossaryAdd", addAction));
        buttons.add(button("glossaryEdit", editAction));
        buttons.add(button("glossaryDelete", deleteAction));
        buttons.add(Box.createHorizontalStrut(8));
        buttons.add(button("glossaryUndo", undoAction));
        buttons.add(button("glossaryRedo", redoAction));
        JPanel search = new JPanel();
        search.setLayout(new BoxLayout(search, BoxLayout.X_AXIS));
        filterLabel.setName("glossaryFilterLabel");
        filterLabel.setFont(ScriptFonts.derive(filterLabel.getFont()));
        filterLabel.setLabelFor(filter);
        search.add(filterLabel);
        search.add(Box.createHorizontalStrut(6));
        search.add(filter);
        JPanel bar = new JPanel(new BorderLayout(12, 0));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 4));
        bar.add(buttons, BorderLayout.WEST);
        bar.add(search, BorderLayout.EAST);
        return bar;
    }

    private JComponent suggestionBar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 2));
        suggestion.setName("glossarySuggestion");
        suggestion.setFont(ScriptFonts.derive(suggestion.getFont()));
        bar.add(suggestion);
        JButton use = button("glossaryUseSuggestion", useSuggestionAction);
        use.setVisible(false);
        useSuggestionAction.addPropertyChangeListener(e -> {
            if ("enabled".equals(e.getPropertyName())) {
                use.setVisible(useSuggestionAction.isEnabled());
            }
        });
        useSuggestionAction.setEnabled(false);
        bar.add(use);
        return bar;
    }

    /** The Ukrainian column's model index and the offered spelling for the one selected row, if any. */
    private Optional<Map.Entry<Integer, String>> offer() {
        int[] rows = table.getSelectedRows();
        if (rows.length != 1 || table.isEditing()) {
            return Optional.empty();
        }
        int modelRow = table.convertRowIndexToModel(rows[0]);
        List<GlossaryColumn> columns = model.columns();
        int ukrainian = columns.indexOf(new GlossaryColumn(GlossaryColumn.Kind.TERMS, "uk"));
        if (ukrainian < 0 || !columns.contains(new GlossaryColumn(GlossaryColumn.Kind.TERMS, "ko"))) {
            return Optional.empty();
        }
        Concept concept = model.concept(modelRow);
        return KoreanNames.personName(concept.preferred("ko"), concept.english())
                .filter(name -> !name.equals(concept.preferred("uk")))
                .map(name -> Map.entry(ukrainian, name));
    }

    private void updateSuggestion() {
        Optional<Map.Entry<Integer, String>> offer = offer();
        suggestion.setText(offer.map(o -> messages.format("addConcept.suggestion", o.getValue())).orElse(" "));
        useSuggestionAction.setEnabled(offer.isPresent());
    }

    /** Makes the offered spelling the selected concept's preferred Ukrainian, keeping its other spellings. */
    private void acceptSuggestion() {
        stopEditing();
        Optional<Map.Entry<Integer, String>> offer = offer();
        if (offer.isEmpty()) {
            return;
        }
        int modelRow = table.convertRowIndexToModel(table.getSelectedRow());
        String current = String.valueOf(model.getValueAt(modelRow, offer.get().getKey())).strip();
        model.setValueAt(current.isEmpty() ? offer.get().getValue()
                : offer.get().getValue() + GlossaryColumn.DISPLAY_SEPARATOR + current, modelRow, offer.get().getKey());
        updateSuggestion();
    }

    private static JButton button(String name, Action action) {
        JButton button = new JButton(action);
        button.setName(name);
        // Focus stays in the table: a button taking it would end the cell edit its own action starts.
        button.setFocusable(false);
        button.setFont(ScriptFonts.derive(button.getFont()));
        return button;
    }

    /** An action without a name yet; {@link #relabel} names it in the interface language. */
    private static Action action(Runnable body) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.run();
            }
        };
    }

    private void bindKeys() {
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        KeyStroke undo = KeyStroke.getKeyStroke(KeyEvent.VK_Z, shortcut);
        KeyStroke redo = KeyStroke.getKeyStroke(KeyEvent.VK_Y, shortcut);
        Map<KeyStroke, String> strokes = Map.of(
                undo, "glossaryUndo",
                redo, "glossaryRedo",
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, shortcut | KeyEvent.SHIFT_DOWN_MASK), "glossaryRedo");
        // The table needs its own binding: otherwise it takes an unbound key as the start of a cell edit.
        for (JComponent component : List.of(this, table)) {
            InputMap inputs = component.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
            strokes.forEach(inputs::put);
            component.getActionMap().put("glossaryUndo", undoAction);
            component.getActionMap().put("glossaryRedo", redoAction);
        }
        KeyStroke insert = KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, 0);
        KeyStroke edit = KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0);
        KeyStroke delete = KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0);
        Map.of(insert, "glossaryAdd", edit, "glossaryEdit", delete, "glossaryDelete").forEach((stroke, name) ->
                table.getInputMap(WHEN_FOCUSED).put(stroke, name));
        table.getActionMap().put("glossaryAdd", addAction);
        table.getActionMap().put("glossaryEdit", editAction);
        table.getActionMap().put("glossaryDelete", deleteAction);
        Map.of(addAction, insert, editAction, edit, deleteAction, delete, undoAction, undo, redoAction, redo)
                .forEach((action, stroke) -> action.putValue(Action.SHORT_DESCRIPTION, KeyNames.of(stroke)));
    }

    private void cellEdited(Glossary next, int modelRow) {
        if (history.apply(next)) {
            display(next, modelRow);
            onChange.accept(next);
        }
    }

    private void addConcept() {
        stopEditing();
        Glossary current = history.current();
        AddConceptDialog.show(SwingUtilities.getWindowAncestor(this), messages, current, "", Map.of()).ifPresent(concept -> {
            Glossary next = current.withConcept(concept);
            history.apply(next);
            display(next, -1);
            selectModelRows(List.of(next.concepts().size() - 1));
            onChange.accept(next);
        });
    }

    private void editSelectedCell() {
        int row = table.getSelectionModel().getLeadSelectionIndex();
        if (row < 0 || row >= table.getRowCount()) {
            return;
        }
        int column = Math.max(0, table.getColumnModel().getSelectionModel().getLeadSelectionIndex());
        if (table.editCellAt(row, column) && table.getEditorComponent() instanceof JTextField field) {
            field.requestFocusInWindow();
            field.selectAll();
        }
    }

    private void deleteSelected() {
        stopEditing();
        int[] viewRows = table.getSelectedRows();
        if (viewRows.length == 0) {
            return;
        }
        int firstViewRow = Arrays.stream(viewRows).min().orElseThrow();
        Glossary next = GlossaryEdits.removed(history.current(), selectedModelRows());
        history.apply(next);
        display(next, -1);
        int rowToSelect = Math.min(firstViewRow, table.getRowCount() - 1);
        if (rowToSelect >= 0) {
            table.setRowSelectionInterval(rowToSelect, rowToSelect);
        }
        onChange.accept(next);
    }

    private void undo() {
        if (table.isEditing()) {
            // The first undo throws away the cell edit in progress, as in a text field.
            table.getCellEditor().cancelCellEditing();
            return;
        }
        List<Integer> selected = selectedModelRows();
        history.undo().ifPresent(previous -> showAfterHistoryStep(previous, selected));
    }

    private void redo() {
        stopEditing();
        List<Integer> selected = selectedModelRows();
        history.redo().ifPresent(next -> showAfterHistoryStep(next, selected));
    }

    private void showAfterHistoryStep(Glossary value, List<Integer> selected) {
        display(value, -1);
        selectModelRows(selected);
        onChange.accept(value);
    }

    /** Shows {@code value} in the table, keeping the sort order (by column identity) and the filter. */
    private void display(Glossary value, int editedRow) {
        Map<GlossaryColumn, SortOrder> sortOrder = new LinkedHashMap<>();
        for (RowSorter.SortKey key : sorter.getSortKeys()) {
            sortOrder.put(model.columns().get(key.getColumn()), key.getSortOrder());
        }
        if (model.show(value, editedRow)) {
            List<RowSorter.SortKey> keys = new ArrayList<>();
            sortOrder.forEach((column, order) -> {
                int index = model.columns().indexOf(column);
                if (index >= 0) {
                    keys.add(new RowSorter.SortKey(index, order));
                }
            });
            sorter.setSortKeys(keys);
            applyFilter();
            sizeColumns();
        } else if (editedRow >= 0) {
            table.repaint(); // duplicate marks of other rows may have changed with this one
        }
        updateActions();
        updateSuggestion();
    }

    private void applyFilter() {
        String key = DuplicateTerms.key(filter.getText());
        filterKey = key;
        sorter.setRowFilter(key.isEmpty() ? null : new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends ConceptTableModel, ? extends Integer> entry) {
                return model.searchText(entry.getIdentifier()).contains(filterKey);
            }
        });
    }

    /** Sets each column wide enough for its header and (sampled) cells, within bounds that keep the table usable. */
    private void sizeColumns() {
        FontMetrics metrics = table.getFontMetrics(table.getFont());
        int padding = metrics.stringWidth("  ") + table.getIntercellSpacing().width + metrics.getAscent();
        int min = metrics.stringWidth("MMMMMM");
        int maxTerms = metrics.stringWidth("M") * 20;
        int maxText = metrics.stringWidth("M") * 40;
        TableCellRenderer headerRenderer = table.getTableHeader().getDefaultRenderer();
        int sampled = Math.min(model.getRowCount(), SAMPLED_ROWS_FOR_WIDTH);
        for (int view = 0; view < table.getColumnCount(); view++) {
            TableColumn column = table.getColumnModel().getColumn(view);
            int modelColumn = column.getModelIndex();
            int header = headerRenderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, view)
                    .getPreferredSize().width + metrics.stringWidth("MM");
            int cells = 0;
            for (int row = 0; row < sampled; row++) {
                cells = Math.max(cells, metrics.stringWidth(String.valueOf(model.getValueAt(row, modelColumn))) + padding);
            }
            int max = model.columns().get(modelColumn).language().isPresent() ? maxTerms : maxText;
            column.setPreferredWidth(Math.max(header, Math.max(min, Math.min(max, cells))));
        }
    }

    private void updateActions() {
        boolean selected = table.getSelectedRowCount() > 0;
        editAction.setEnabled(selected);
        deleteAction.setEnabled(selected);
        undoAction.setEnabled(history.canUndo() || table.isEditing());
        redoAction.setEnabled(history.canRedo());
    }

    private void stopEditing() {
        if (table.isEditing() && !table.getCellEditor().stopCellEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
    }

    private List<Integer> selectedModelRows() {
        return Arrays.stream(table.getSelectedRows()).map(table::convertRowIndexToModel).boxed().toList();
    }

    private void selectModelRows(List<Integer> modelRows) {
        table.clearSelection();
        for (int modelRow : modelRows) {
            if (modelRow < model.getRowCount()) {
                int view = table.convertRowIndexToView(modelRow);
                if (view >= 0) {
                    table.addRowSelectionInterval(view, view);
                    table.scrollRectToVisible(table.getCellRect(view, 0, true));
                }
            }
        }
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Swing components are used on the Event Dispatch Thread only");
        }
    }

    /** A table that fills the viewport's width when its columns fit and scrolls sideways when they do not. */
    private static final class ViewportFillingTable extends JTable {

        ViewportFillingTable(ConceptTableModel model) {
            super(model);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() == null || getPreferredSize().width < getParent().getWidth();
        }
    }

    /** Paints cells, marking concepts whose English term another concept also has. */
    private final class ConceptCellRenderer extends DefaultTableCellRenderer {

        private final WarningIcon warning;

        ConceptCellRenderer(int iconSize) {
            this.warning = new WarningIcon(iconSize);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            setBackground(null); // forget the tint of the previous row; the default background is chosen below
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            int modelRow = t.convertRowIndexToModel(row);
            GlossaryColumn glossaryColumn = model.columns().get(t.convertColumnIndexToModel(column));
            boolean duplicate = model.duplicates().isDuplicate(modelRow);
            boolean englishTerms = glossaryColumn.kind() == GlossaryColumn.Kind.TERMS
                    && glossaryColumn.name().equals(Columns.SOURCE);
            setIcon(duplicate && englishTerms ? warning : null);
            if (duplicate && !selected) {
                setBackground(blend(t.getBackground(), WarningIcon.FILL));
            }
            if (duplicate) {
                setToolTipText(duplicateMessage(modelRow));
            } else {
                String text = String.valueOf(value);
                boolean clipped = getPreferredSize().width > t.getColumnModel().getColumn(column).getWidth();
                setToolTipText(clipped && !text.isEmpty() ? text : null);
            }
            return this;
        }

        private String duplicateMessage(int modelRow) {
            return model.duplicates().clashes(modelRow).stream().map(clash -> messages.format("glossary.duplicate",
                    Messages.nativeName(Columns.SOURCE), clash.term(),
                    clash.others().stream().map(this::describe).collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("; "));
        }

        private String describe(int modelRow) {
            Concept concept = model.concept(modelRow);
            String name = concept.english();
            return concept.line() > 0 ? name + " (" + messages.format("glossary.line", concept.line()) + ")" : name;
        }

        private static Color blend(Color base, Color tint) {
            Color background = base == null ? Color.WHITE : base;
            float share = 0.28f;
            return new Color(
                    Math.round(background.getRed() * (1 - share) + tint.getRed() * share),
                    Math.round(background.getGreen() * (1 - share) + tint.getGreen() * share),
                    Math.round(background.getBlue() * (1 - share) + tint.getBlue() * share));
        }
    }
}
