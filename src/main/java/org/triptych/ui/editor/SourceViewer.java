package org.triptych.ui.editor;

import org.triptych.glossary.TermHit;
import org.triptych.model.Paragraph;

import javax.swing.AbstractCellEditor;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.TableCellEditor;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import java.awt.Component;
import java.awt.event.MouseEvent;
import java.util.EventObject;

/**
 * Opens an English cell read-only, so words can be selected (for "Add to glossary from selection") and
 * copied; the text itself cannot change. Opened by a click, or from the keyboard by F6. One instance serves every English cell.
 */
final class SourceViewer extends AbstractCellEditor implements TableCellEditor {

    /** Name of the viewing text area, for tests and accessibility tools. */
    static final String NAME = "sourceViewer";

    private final EditorTable table;
    private final JTextArea area = new WordWrapArea();
    private final SourceCell cell = new SourceCell(area);
    /** True while the keyboard opens the English (F6); otherwise only a click does. */
    private boolean keyboardOpening;

    SourceViewer(EditorTable table) {
        this.table = table;
        area.setName(NAME);
        area.setEditable(false);
        area.setBorder(CellText.padding());
    }

    JTextArea area() {
        return area;
    }

    /** The component shown while the English is open: the id, the text, the note. */
    SourceCell cell() {
        return cell;
    }

    /** Lets {@code open} start viewing the English from the keyboard. */
    boolean openFromKeyboard(java.util.function.BooleanSupplier open) {
        keyboardOpening = true;
        try {
            return open.getAsBoolean();
        } finally {
            keyboardOpening = false;
        }
    }

    @Override
    public boolean isCellEditable(EventObject e) {
        // Only a click opens the English: typing while it is selected must not try to edit it.
        return e instanceof MouseEvent || keyboardOpening;
    }

    @Override
    public Component getTableCellEditorComponent(JTable t, Object value, boolean isSelected, int row, int column) {
        area.setFont(t.getFont());
        area.setBackground(table.currentRowBackground());
        area.setForeground(table.sourceForeground());
        area.setText(value == null ? "" : value.toString());
        Highlighter highlighter = area.getHighlighter();
        highlighter.removeAllHighlights();
        try {
            for (TermHit span : table.termsIn(row)) {
                highlighter.addHighlight(span.start(), span.end(), table.termPainter());
            }
        } catch (BadLocationException e) {
            // spans come from this very text; none can be out of range
        }
        TagChips.mark(area, table.tagChips());
        area.setCaretPosition(0);
        Paragraph p = table.paragraphAt(row);
        cell.show(table.idLine(p), p.note(), t.getFont(), table.currentRowBackground());
        return cell;
    }

    @Override
    public Object getCellEditorValue() {
        return area.getText();
    }
}
