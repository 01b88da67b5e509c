package org.triptych.ui.editor;

import org.triptych.check.Finding;

import javax.swing.AbstractCellEditor;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.TableCellEditor;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import java.awt.Component;
import java.awt.event.MouseEvent;
import java.util.EventObject;
import java.util.List;

/**
 * Edits a target cell in place: a wrapping text area that pushes every keystroke into the model at once
 * (so autosave, statistics and the live check see it) and grows the row as the text grows. One instance
 * serves every target cell.
 */
final class TargetEditor extends AbstractCellEditor implements TableCellEditor {

    /** Name of the editing text area, for tests and accessibility tools. */
    static final String NAME = "targetEditor";

    private final EditorTable table;
    private final JTextArea area = new WordWrapArea();
    private int row = -1;
    private int column = -1;
    private boolean loading;

    TargetEditor(EditorTable table) {
        this.table = table;
        area.setName(NAME);
        area.setBorder(CellText.padding());
        TagChips.guard(area);
        area.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attribute changes only
            }
        });
    }

    JTextArea area() {
        return area;
    }

    int row() {
        return row;
    }

    int column() {
        return column;
    }

    private void changed() {
        TagChips.mark(area, table.tagChips());
        if (!loading && row >= 0) {
            table.editorTextChanged(row, column, area.getText());
        }
    }

    @Override
    public boolean isCellEditable(EventObject e) {
        // One click starts editing: a translator clicks where they want to type.
        return !(e instanceof MouseEvent m) || m.getClickCount() >= 1;
    }

    @Override
    public Component getTableCellEditorComponent(JTable t, Object value, boolean isSelected, int r, int c) {
        row = r;
        column = t.convertColumnIndexToModel(c);
        area.setFont(t.getFont());
        area.setBackground(table.editorBackground());
        area.setForeground(t.getForeground());
        reload(value == null ? "" : value.toString());
        return area;
    }

    /** Shows {@code text} without treating it as an edit (opening the cell, undo, merge from disk). */
    void reload(String text) {
        if (!area.getText().equals(text)) {
            loading = true;
            try {
                area.setText(text);
            } finally {
                loading = false;
            }
        }
        // the status can change under the caret (typing makes a draft, Ctrl+Enter marks translated)
        area.setBorder(CellText.statusBorder(table.statusColor(table.statusIn(row, column))));
        markIssues();
        TagChips.mark(area, table.tagChips());
    }

    /** Underlines the findings of the cell being edited. */
    void markIssues() {
        Highlighter highlighter = area.getHighlighter();
        for (Highlighter.Highlight h : highlighter.getHighlights()) {
            if (h.getPainter() == table.issuePainter()) {
                highlighter.removeHighlight(h);
            }
        }
        if (row < 0) {
            return;
        }
        List<Finding> issues = table.issuesIn(row, column);
        for (Finding issue : issues) {
            if (issue.hasTargetSpan() && issue.end() <= area.getDocument().getLength()) {
                try {
                    highlighter.addHighlight(issue.start(), issue.end(), table.issuePainter());
                } catch (BadLocationException e) {
                    // stale span; the next check replaces it
                }
            }
        }
    }

    @Override
    public Object getCellEditorValue() {
        return area.getText();
    }

    @Override
    public boolean stopCellEditing() {
        boolean stopped = super.stopCellEditing();
        if (stopped) {
            row = -1;
            column = -1;
        }
        return stopped;
    }

    @Override
    public void cancelCellEditing() {
        // Every keystroke is already in the model, so cancelling keeps the text, as stopping does.
        stopCellEditing();
    }
}
