package org.triptych.ui.glossary;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.triptych.glossary.edit.GlossaryColumn;

import javax.swing.DefaultRowSorter;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts concept rows by each column's language collation (ICU; Korean and Ukrainian order, not code points).
 * The sorter sees each cell as its collation key, computed once per cell and kept until the row changes, so that
 * re-sorting a large glossary on every filter keystroke compares bytes instead of collating strings. EDT only.
 */
final class ConceptRowSorter extends DefaultRowSorter<ConceptTableModel, Integer> {

    private final ConceptTableModel model;
    private Collator[] collators = new Collator[0];
    /** Keys by column, then row; a column's array is made when it is first sorted. */
    private CollationKey[][] keys = new CollationKey[0][];

    ConceptRowSorter(ConceptTableModel model) {
        this.model = model;
        setModelWrapper(new ModelWrapper<>() {
            @Override
            public ConceptTableModel getModel() {
                return model;
            }

            @Override
            public int getColumnCount() {
                return model.getColumnCount();
            }

            @Override
            public int getRowCount() {
                return model.getRowCount();
            }

            @Override
            public Object getValueAt(int row, int column) {
                return key(row, column);
            }

            @Override
            public Integer getIdentifier(int row) {
                return row;
            }
        });
        setUpColumns();
    }

    private CollationKey key(int row, int column) {
        if (keys[column] == null) {
            keys[column] = new CollationKey[model.getRowCount()];
        }
        CollationKey key = keys[column][row];
        if (key == null) {
            key = collators[column].getCollationKey(String.valueOf(model.getValueAt(row, column)));
            keys[column][row] = key;
        }
        return key;
    }

    private void setUpColumns() {
        List<GlossaryColumn> columns = model.columns();
        collators = new Collator[columns.size()];
        keys = new CollationKey[columns.size()][];
        for (int i = 0; i < columns.size(); i++) {
            ULocale locale = columns.get(i).language().map(ULocale::forLanguageTag).orElse(ULocale.ROOT);
            collators[i] = Collator.getInstance(locale).freeze();
            setComparator(i, Comparator.naturalOrder());
        }
    }

    private void forgetKeys() {
        keys = new CollationKey[collators.length][];
    }

    @Override
    public void modelStructureChanged() {
        super.modelStructureChanged(); // this drops the comparators, so they are set up again
        setUpColumns();
    }

    @Override
    public void allRowsChanged() {
        forgetKeys();
        super.allRowsChanged();
    }

    @Override
    public void rowsInserted(int firstRow, int endRow) {
        forgetKeys();
        super.rowsInserted(firstRow, endRow);
    }

    @Override
    public void rowsDeleted(int firstRow, int endRow) {
        forgetKeys();
        super.rowsDeleted(firstRow, endRow);
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow) {
        for (CollationKey[] column : keys) {
            if (column != null) {
                for (int row = firstRow; row <= endRow && row < column.length; row++) {
                    column[row] = null;
                }
            }
        }
        super.rowsUpdated(firstRow, endRow);
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow, int column) {
        rowsUpdated(firstRow, endRow);
    }
}
