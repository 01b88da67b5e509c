package org.triptych.ui.editor;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.session.DocumentEditor;
import org.triptych.ui.Edt;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The open document as a table, read from its {@link DocumentEditor} (which holds the content, the status
 * rules and undo): one row per paragraph, column 0 the English, then one column per target language in the
 * document's order. Forwards the editor's changes as table events and to its own listeners. EDT only.
 */
public final class ParagraphTableModel extends AbstractTableModel {

    /** Told about every change of content; called on the EDT. */
    public interface ChangeListener {
        /** One paragraph changed; {@code origin} says whether an edit, an undo/redo, or a merge from disk did it. */
        void paragraphChanged(int row, Paragraph before, Paragraph after, Origin origin);

        /** All rows were replaced (a document opened or reloaded). */
        void documentReplaced();
    }

    /** Where a change comes from, so undo history and autosave can tell them apart. */
    public enum Origin { EDIT, HISTORY, DISK, AUTOMATIC }

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final DocumentEditor.Listener forward = new DocumentEditor.Listener() {
        @Override
        public void paragraphChanged(int row, Paragraph before, Paragraph after, DocumentEditor.Origin origin) {
            Edt.mustBeEdt();
            fireTableRowsUpdated(row, row);
            Origin o = switch (origin) {
                case EDIT -> Origin.EDIT;
                case HISTORY -> Origin.HISTORY;
                case DISK -> Origin.DISK;
                case AUTOMATIC -> Origin.AUTOMATIC;
            };
            for (ChangeListener l : listeners) {
                l.paragraphChanged(row, before, after, o);
            }
        }

        @Override
        public void documentReplaced(Document previous, Document now) {
            Edt.mustBeEdt();
            replaced(previous, now);
        }
    };
    private DocumentEditor editor;
    private Function<String, String> columnNames = tag -> tag;

    public ParagraphTableModel(DocumentEditor editor) {
        this.editor = editor;
        editor.addListener(forward);
    }

    /** Shows another document's editor (a document opened). */
    public void setEditor(DocumentEditor newEditor) {
        Edt.mustBeEdt();
        Document previous = editor.snapshot();
        editor.removeListener(forward);
        editor = newEditor;
        newEditor.addListener(forward);
        replaced(previous, newEditor.snapshot());
    }

    public DocumentEditor editor() {
        return editor;
    }

    private void replaced(Document previous, Document now) {
        boolean sameColumns = previous.targets().equals(now.targets());
        if (sameColumns && previous.paragraphs().size() == now.paragraphs().size()) {
            fireTableRowsUpdated(0, Math.max(0, now.paragraphs().size() - 1));
        } else if (sameColumns) {
            fireTableDataChanged(); // an updated source can add or remove paragraphs
        } else {
            fireTableStructureChanged();
        }
        for (ChangeListener l : listeners) {
            l.documentReplaced();
        }
    }

    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    /** How column headers name a language tag (the language's own name, e.g. 한국어). */
    public void setColumnNames(Function<String, String> names) {
        this.columnNames = names;
        fireTableStructureChanged();
    }

    /** The current content as an immutable document (cheap: one list copy). */
    public Document snapshot() {
        return editor.snapshot();
    }

    public Document document() {
        return editor.document();
    }

    public List<String> targets() {
        return editor.targets();
    }

    public Paragraph paragraph(int row) {
        return editor.paragraph(row);
    }

    /** The model column of a target language, or -1. */
    public int columnOf(String lang) {
        int i = targets().indexOf(lang);
        return i < 0 ? -1 : i + 1;
    }

    /** The language of a column: "en" for column 0, else the target tag. */
    public String langOf(int column) {
        return column == 0 ? "en" : targets().get(column - 1);
    }

    @Override
    public int getRowCount() {
        return editor.size();
    }

    @Override
    public int getColumnCount() {
        return 1 + targets().size();
    }

    @Override
    public String getColumnName(int column) {
        return columnNames.apply(langOf(column));
    }

    @Override
    public Class<?> getColumnClass(int columnIndex) {
        return String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Paragraph p = editor.paragraph(row);
        return column == 0 ? p.source() : p.target(langOf(column)).text();
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column > 0 && editor.isEditable();
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column > 0) {
            setText(row, langOf(column), String.valueOf(value));
        }
    }

    /** Sets a target's text; the editor applies the status rules. */
    public void setText(int row, String lang, String text) {
        Edt.mustBeEdt();
        editor.setText(row, lang, text);
    }

    /** Sets a paragraph's note; the statuses stay as they are. */
    public void setNote(int row, String note) {
        Edt.mustBeEdt();
        editor.setNote(row, note);
    }

    public void setStatus(int row, String lang, Status status) {
        Edt.mustBeEdt();
        editor.setStatus(row, lang, status);
    }

    /** The row of a paragraph id, or -1. */
    public int rowOf(String id) {
        return editor.rowOf(id);
    }
}
