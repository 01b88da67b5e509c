package org.triptych.ui.glossary;

import javax.swing.Icon;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;

/** A small painted warning triangle, sharp at any scale, sized to the text beside it. */
final class WarningIcon implements Icon {

    static final Color FILL = new Color(0xF2A60C);

    private final int size;

    WarningIcon(int size) {
        this.size = size;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            Path2D triangle = new Path2D.Float();
            triangle.moveTo(size / 2f, 0.5f);
            triangle.lineTo(size - 0.5f, size - 0.5f);
            triangle.lineTo(0.5f, size - 0.5f);
            triangle.closePath();
            g2.setColor(FILL);
            g2.fill(triangle);
            g2.setColor(Color.BLACK);
            g2.setStroke(new BasicStroke(Math.max(1.5f, size / 9f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            float mid = size / 2f;
            g2.draw(new java.awt.geom.Line2D.Float(mid, size * 0.35f, mid, size * 0.62f));
            g2.draw(new java.awt.geom.Line2D.Float(mid, size * 0.8f, mid, size * 0.8f));
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
