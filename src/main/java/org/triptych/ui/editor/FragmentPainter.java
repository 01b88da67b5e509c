package org.triptych.ui.editor;

import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;

/**
 * A highlight drawn on each line fragment of its span (a wrapped span is several rectangles): underlines, strikes,
 * chips. Only layered painting is used, as DefaultHighlighter paints layered highlights per fragment. EDT only.
 */
public abstract class FragmentPainter extends LayeredHighlighter.LayerPainter {

    @Override
    public final void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        // only layered painting: see paintLayer
    }

    @Override
    public final Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
        Rectangle r;
        try {
            Shape shape = view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
            r = shape instanceof Rectangle rect ? rect : shape.getBounds();
        } catch (BadLocationException e) {
            return null;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintFragment(g2, r, c);
        } finally {
            g2.dispose();
        }
        return r;
    }

    /** Paints on {@code fragment}, the rectangle of one line's part of the span, with {@code g} antialiased. */
    protected abstract void paintFragment(Graphics2D g, Rectangle fragment, JTextComponent c);
}
