package org.triptych.ui.editor;

import com.formdev.flatlaf.util.UIScale;
import org.triptych.check.Finding;
import org.triptych.glossary.TermHit;

import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.border.Border;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import org.triptych.model.Status;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;

/**
 * Renders one cell of the paragraph table as wrapped text: English with its glossary terms highlighted,
 * a target with its findings underlined. One instance paints every cell of its columns (no component per
 * paragraph), and it also measures the height a text needs at a given width.
 */
final class CellText extends WordWrapArea implements TableCellRenderer {

    /** Space around the text of a cell, in unscaled pixels. */
    private static final int PAD = 6;

    private final EditorTable table;
    private final boolean source;

    CellText(EditorTable table, boolean source) {
        this.table = table;
        this.source = source;
        setEditable(false);
        setBorder(padding());
        setOpaque(true);
    }

    @Override
    public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        setFont(t.getFont());
        show(value == null ? "" : value.toString());
        boolean current = row == table.currentRow();
        setBackground(current ? table.currentRowBackground() : t.getBackground());
        setForeground(source ? table.sourceForeground() : t.getForeground());
        if (!source) {
            setBorder(statusBorder(table.statusColor(table.statusIn(row, t.convertColumnIndexToModel(column)))));
        }
        Highlighter highlighter = getHighlighter();
        try {
            if (source) {
                for (TermHit span : table.termsIn(row)) {
                    highlighter.addHighlight(span.start(), span.end(), table.termPainter());
                }
            } else {
                for (Finding issue : table.issuesIn(row, column)) {
                    if (issue.hasTargetSpan() && issue.end() <= getDocument().getLength()) {
                        highlighter.addHighlight(issue.start(), issue.end(), table.issuePainter());
                    }
                }
            }
        } catch (BadLocationException e) {
            // a span from a check of older text: skip it; the next check brings fresh spans
        }
        TagChips.mark(this, table.tagChips());
        return this;
    }

    /**
     * Shows {@code text} in a new document. Reusing one document would keep the positions of every highlight this
     * renderer ever drew until the garbage collector clears them, and each {@code setText} scans them all: with a
     * large heap, painting slowed down the longer the window was open.
     */
    private void show(String text) {
        getHighlighter().removeAllHighlights();
        setDocument(createDefaultModel());
        setText(text);
    }

    /** The padding of a cell, scaled for the screen (HiDPI) as FlatLaf scales everything else. */
    static int pad() {
        return UIScale.scale(PAD);
    }

    static Border padding() {
        int pad = pad();
        return BorderFactory.createEmptyBorder(pad, pad, pad, pad);
    }

    /** Width of the status bar at a target cell's leading edge; it takes its place from the padding. */
    static int statusBar() {
        return UIScale.scale(3);
    }

    /**
     * The padding of a target cell with a bar in {@code color} at the leading edge, or plain padding when the
     * colour is null; the insets stay those of {@link #padding()}, so measured heights do not depend on the status.
     */
    static Border statusBorder(Color color) {
        if (color == null) {
            return padding();
        }
        int pad = pad();
        int bar = statusBar();
        return BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, bar, 0, 0, color),
                BorderFactory.createEmptyBorder(pad, pad - bar, pad, pad));
    }

    /** The height {@code text} needs when wrapped to {@code width} pixels. */
    int heightFor(String text, int width, Font font) {
        setFont(font);
        show(text);
        setSize(Math.max(1, width), Short.MAX_VALUE);
        return getPreferredSize().height;
    }

    static Highlighter.HighlightPainter termPainter(Color color) {
        return new DefaultHighlighter.DefaultHighlightPainter(color);
    }

    static Color blend(Color a, Color b, float amount) {
        return new Color(
                Math.round(a.getRed() * (1 - amount) + b.getRed() * amount),
                Math.round(a.getGreen() * (1 - amount) + b.getGreen() * amount),
                Math.round(a.getBlue() * (1 - amount) + b.getBlue() * amount));
    }

    static Color uiColor(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }
}
