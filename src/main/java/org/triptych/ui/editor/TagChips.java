package org.triptych.ui.editor;

import org.triptych.text.InlineTags;

import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/**
 * The inline tags of a text ({@code <b1>}, {@code </b1>}, {@code <x2/>}: the source's formatting) shown as chips,
 * a rounded box behind each, and, in the editor, kept whole: a deletion that touches a tag removes the whole tag,
 * and typing inside a tag goes after it, so no tag is half broken by accident. EDT only.
 */
final class TagChips extends FragmentPainter {

    private final Color fill;
    private final Color border;

    TagChips(Color fill, Color border) {
        this.fill = fill;
        this.border = border;
    }

    /** Marks every tag of {@code text}'s content with {@code chips}, replacing the chips it had. */
    static void mark(JTextComponent text, TagChips chips) {
        Highlighter highlighter = text.getHighlighter();
        for (Highlighter.Highlight h : highlighter.getHighlights()) {
            if (h.getPainter() == chips) {
                highlighter.removeHighlight(h);
            }
        }
        for (InlineTags.Tag tag : InlineTags.tags(text.getText())) {
            try {
                highlighter.addHighlight(tag.start(), tag.end(), chips);
            } catch (BadLocationException e) {
                return; // the text changed under us; the next mark sees the new one
            }
        }
    }

    /** Keeps the tags of the editor's text whole (see the class comment). */
    static void guard(JTextComponent editor) {
        ((AbstractDocument) editor.getDocument()).setDocumentFilter(new Guard());
    }

    @Override
    protected void paintFragment(Graphics2D g2, Rectangle r, JTextComponent c) {
        int arc = Math.max(4, r.height / 2);
        g2.setColor(fill);
        g2.fillRoundRect(r.x, r.y + 1, r.width, r.height - 2, arc, arc);
        g2.setColor(border);
        g2.drawRoundRect(r.x, r.y + 1, r.width - 1, r.height - 3, arc, arc);
    }

    /** Widens a deletion to whole tags, and moves an insertion out of a tag. */
    private static final class Guard extends DocumentFilter {

        @Override
        public void remove(FilterBypass fb, int offset, int length) throws BadLocationException {
            int[] range = widen(fb, offset, offset + length);
            fb.remove(range[0], range[1] - range[0]);
        }

        @Override
        public void insertString(FilterBypass fb, int offset, String string, AttributeSet attr) throws BadLocationException {
            fb.insertString(outside(fb, offset), string, attr);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs) throws BadLocationException {
            if (length == 0) {
                fb.replace(outside(fb, offset), 0, text, attrs);
                return;
            }
            int[] range = widen(fb, offset, offset + length);
            fb.replace(range[0], range[1] - range[0], text, attrs);
        }

        private static int[] widen(FilterBypass fb, int start, int end) throws BadLocationException {
            int from = start;
            int to = end;
            for (InlineTags.Tag tag : InlineTags.tags(fb.getDocument().getText(0, fb.getDocument().getLength()))) {
                if (tag.start() < to && tag.end() > from) {
                    from = Math.min(from, tag.start());
                    to = Math.max(to, tag.end());
                }
            }
            return new int[] {from, to};
        }

        private static int outside(FilterBypass fb, int offset) throws BadLocationException {
            for (InlineTags.Tag tag : InlineTags.tags(fb.getDocument().getText(0, fb.getDocument().getLength()))) {
                if (tag.start() < offset && offset < tag.end()) {
                    return tag.end();
                }
            }
            return offset;
        }
    }
}
