package org.triptych.ui.editor;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.ui.Edt;

import javax.swing.table.AbstractTableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The open document as a table: one row per paragraph, column 0 the English, then one column per target
 * language in the document's order. Holds the live (possibly unsaved) paragraphs; {@link #snapshot()} gives
 * an immutable {@link Document} to save or check. EDT only.
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
    public enum Origin { EDIT, HISTORY, DISK }

    private Document document;
    private final ArrayList<Paragraph> paragraphs = new ArrayList<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private Function<String, String> columnNames = tag -> tag;

    public ParagraphTableModel(Document document) {
        setDocument(document);
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

    /** Replaces the whole document (open or reload). */
    public void setDocument(Document newDocument) {
        Edt.mustBeEdt();
        boolean sameColumns = document != null && document.targets().equals(newDocument.targets());
        boolean sameRows = sameColumns && document.paragraphs().size() == newDocument.paragraphs().size();
        document = newDocument;
        paragraphs.clear();
        paragraphs.addAll(newDocument.paragraphs());
        paragraphs.trimToSize();
        if (sameRows) {
            fireTableRowsUpdated(0, Math.max(0, paragraphs.size() - 1));
        } else if (sameColumns) {
            fireTableDataChanged(); // an updated source can add or remove paragraphs
        } else {
            fireTableStructureChanged();
        }
        for (ChangeListener l : listeners) {
            l.documentReplaced();
        }
    }

    /** The current content as an immutable document (cheap: one list copy). */
    public Document snapshot() {
        return document.withParagraphs(paragraphs);
    }

    public Document document() {
        return document;
    }

    public List<String> targets() {
        return document.targets();
    }

    public Paragraph paragraph(int row) {
        return paragraphs.get(row);
    }

    /** The model column of a target language, or -1. */
    public int columnOf(String lang) {
        int i = document.targets().indexOf(lang);
        return i < 0 ? -1 : i + 1;
    }

    /** The language of a column: "en" for column 0, else the target tag. */
    public String langOf(int column) {
        return column == 0 ? "en" : document.targets().get(column - 1);
    }

    @Override
    public int getRowCount() {
        return paragraphs.size();
    }

    @Override
    public int getColumnCount() {
        return 1 + document.targets().size();
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
        Paragraph p = paragraphs.get(row);
        return column == 0 ? p.source() : p.target(langOf(column)).text();
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column > 0;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column > 0) {
            setText(row, langOf(column), String.valueOf(value));
        }
    }

    /** Sets a target's text; an empty translation that gets text becomes a draft. */
    public void setText(int row, String lang, String text) {
        Translation old = paragraphs.get(row).target(lang);
        if (old.text().equals(text)) {
            return;
        }
        Status status = old.status() == Status.NONE && !text.isBlank() ? Status.DRAFT : old.status();
        replace(row, paragraphs.get(row).withTarget(lang, new Translation(text, status)), Origin.EDIT);
    }

    public void setStatus(int row, String lang, Status status) {
        Translation old = paragraphs.get(row).target(lang);
        if (old.status() != status) {
            replace(row, paragraphs.get(row).withTarget(lang, old.withStatus(status)), Origin.EDIT);
        }
    }

    /** Replaces one paragraph and tells the listeners. */
    public void replace(int row, Paragraph after, Origin origin) {
        Edt.mustBeEdt();
        Paragraph before = paragraphs.get(row);
        if (before.equals(after)) {
            return;
        }
        paragraphs.set(row, after);
        fireTableRowsUpdated(row, row);
        for (ChangeListener l : listeners) {
            l.paragraphChanged(row, before, after, origin);
        }
    }

    /** The row of a paragraph id, or -1. */
    public int rowOf(String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
