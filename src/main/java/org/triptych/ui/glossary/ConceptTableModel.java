package org.triptych.ui.glossary;

import org.triptych.glossary.edit.DuplicateTerms;
import org.triptych.glossary.edit.GlossaryColumn;
import org.triptych.glossary.edit.GlossaryEdits;
import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.ui.i18n.Messages;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Table model of one glossary value: a row per concept (in file order), a column per {@link GlossaryColumn}. EDT only. */
final class ConceptTableModel extends AbstractTableModel {

    /** Joins a row's cells for the filter; not white space, so a query never matches across two cells. */
    private static final char CELL_SEPARATOR = '\u001F';

    private final ObjIntConsumer<Glossary> onEdit;
    private Messages messages;
    private Glossary glossary;
    private List<GlossaryColumn> columns;
    private DuplicateTerms duplicates;
    /** Cell texts by row, then column; built row by row on first use after a change (sorting reads them often). */
    private String[][] cells;
    /** Folded text of each row for the filter; built on first use after a change. */
    private String[] searchText;

    /**
     * @param onEdit receives the glossary a cell edit produced and the edited row; the model shows it once
     *               {@link #show} is called
     */
    ConceptTableModel(Glossary glossary, Messages messages, ObjIntConsumer<Glossary> onEdit) {
        this.onEdit = onEdit;
        this.messages = messages;
        this.glossary = glossary;
        this.columns = GlossaryColumn.of(glossary);
        this.duplicates = DuplicateTerms.of(glossary.concepts(), Columns.SOURCE);
    }

    Glossary glossary() {
        return glossary;
    }

    List<GlossaryColumn> columns() {
        return columns;
    }

    /**
     * Shows {@code next}; an edited row is announced as such so the sorter keeps rows where they are while
     * the user works, anything else as a whole change.
     *
     * @param editedRow the model row a cell edit changed, or -1
     * @return true when the columns changed (the table must rebuild its column setup)
     */
    boolean show(Glossary next, int editedRow) {
        List<GlossaryColumn> nextColumns = GlossaryColumn.of(next);
        boolean structureChanged = !nextColumns.equals(columns);
        boolean sameRows = next.concepts().size() == glossary.concepts().size();
        glossary = next;
        columns = nextColumns;
        duplicates = DuplicateTerms.of(next.concepts(), Columns.SOURCE);
        if (!structureChanged && editedRow >= 0 && sameRows) {
            forgetRow(editedRow);
            // Other rows' duplicate marks may change too; the table repaints them without re-sorting.
            fireTableRowsUpdated(editedRow, editedRow);
            return false;
        }
        cells = null;
        searchText = null;
        if (structureChanged) {
            fireTableStructureChanged();
        } else {
            fireTableDataChanged();
        }
        return structureChanged;
    }

    private void forgetRow(int row) {
        if (cells != null) {
            cells[row] = null;
        }
        if (searchText != null) {
            searchText[row] = null;
        }
    }

    /** Names the columns in the language of {@code next}; the table takes the new names from {@link #getColumnName}. */
    void setMessages(Messages next) {
        messages = next;
    }

    DuplicateTerms duplicates() {
        return duplicates;
    }

    Concept concept(int row) {
        return glossary.concepts().get(row);
    }

    /** The row's cells, NFC and case-folded, for case-insensitive matching of any column. */
    String searchText(int row) {
        if (searchText == null) {
            searchText = new String[getRowCount()];
        }
        if (searchText[row] == null) {
            StringBuilder text = new StringBuilder();
            for (int column = 0; column < columns.size(); column++) {
                text.append(cell(row, column)).append(CELL_SEPARATOR);
            }
            searchText[row] = DuplicateTerms.key(text.toString());
        }
        return searchText[row];
    }

    @Override
    public int getRowCount() {
        return glossary.concepts().size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        GlossaryColumn c = columns.get(column);
        return switch (c.kind()) {
            case TERMS -> Messages.nativeName(c.name());
            case FORBIDDEN -> messages.format("glossary.column.forbidden", Messages.nativeName(c.name()));
            case NOTE -> messages.get("glossary.column.note");
            case EXTRA -> c.name();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cell(row, column);
    }

    private String cell(int row, int column) {
        if (cells == null) {
            cells = new String[getRowCount()][];
        }
        if (cells[row] == null) {
            String[] texts = new String[columns.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = columns.get(i).cell(concept(row));
            }
            cells[row] = texts;
        }
        return cells[row][column];
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        Concept edited = columns.get(column).withCell(concept(row), String.valueOf(value));
        if (!edited.equals(concept(row))) {
            onEdit.accept(GlossaryEdits.replaced(glossary, row, edited), row);
        }
    }
}
