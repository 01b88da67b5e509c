package org.triptych.ui;

import java.awt.Dimension;
import java.awt.Rectangle;

/**
 * Where a tool window goes so that it leaves the main window's editor visible: in the free part of the screen
 * to the right or left of the main window, else over the main window's right side (its Glossary and Issues
 * panels, never the paragraph table on the left). Pure geometry, any thread.
 */
final class BesideOwner {

    private BesideOwner() {
    }

    /**
     * The bounds for a window of {@code preferred} size beside {@code owner} on a screen whose usable area is
     * {@code screen}; a free side narrower than {@code minimum} is not used.
     */
    static Rectangle place(Rectangle owner, Rectangle screen, Dimension preferred, Dimension minimum) {
        int height = Math.min(preferred.height, screen.height);
        int top = Math.max(screen.y, Math.min(owner.y, screen.y + screen.height - height));
        int rightRoom = screen.x + screen.width - (owner.x + owner.width);
        int leftRoom = owner.x - screen.x;
        if (Math.max(rightRoom, leftRoom) >= minimum.width) {
            if (rightRoom >= leftRoom) {
                return new Rectangle(owner.x + owner.width, top, Math.min(preferred.width, rightRoom), height);
            }
            int width = Math.min(preferred.width, leftRoom);
            return new Rectangle(owner.x - width, top, width, height);
        }
        int width = Math.min(preferred.width, screen.width);
        int right = Math.min(owner.x + owner.width, screen.x + screen.width);
        return new Rectangle(Math.max(screen.x, right - width), top, width, height);
    }
}
