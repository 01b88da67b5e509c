package org.triptych.ui.editor;

import javax.swing.text.JTextComponent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;

/** Paints a wavy line under a span of text, the usual mark of a problem; wraps across lines. */
final class WavyUnderline extends FragmentPainter {

    private final Color color;

    WavyUnderline(Color color) {
        this.color = color;
    }

    @Override
    protected void paintFragment(Graphics2D g2, Rectangle r, JTextComponent c) {
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
    }
}
