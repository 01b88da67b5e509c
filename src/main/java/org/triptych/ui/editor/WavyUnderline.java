package org.triptych.ui.editor;

import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;

/** Paints a wavy line under a span of text, the usual mark of a problem; wraps across lines. */
final class WavyUnderline extends LayeredHighlighter.LayerPainter {

    private final Color color;

    WavyUnderline(Color color) {
        this.color = color;
    }

    @Override
    public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        // Only layered painting is used (DefaultHighlighter draws layered highlights per line fragment).
    }

    @Override
    public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
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
            g2.setColor(color);
            int amplitude = 2;
            int step = 3;
            int y = r.y + r.height - amplitude - 1;
            Path2D.Float wave = new Path2D.Float();
            wave.moveTo(r.x, y);
            boolean up = true;
            for (int x = r.x + step; x <= r.x + r.width + step - 1; x += step) {
                wave.lineTo(Math.min(x, r.x + r.width), up ? y - amplitude : y + amplitude);
                up = !up;
            }
            g2.draw(wave);
        } finally {
            g2.dispose();
        }
        return r;
    }
}
