package org.triptych.ui.editor;

import java.awt.Point;
import java.awt.Rectangle;

/**
 * Where a small dialog goes so that it does not hide the text it is about (a match, the cell being annotated):
 * just below it, else just above it, else beside it, always on the screen. Pure geometry, any thread.
 */
public final class DialogPlacement {

    /** Space between the text and the dialog, in pixels. */
    private static final int GAP = 8;

    private DialogPlacement() {
    }

    /**
     * The top-left corner for a dialog of {@code dialog}'s size that leaves {@code text} (screen coordinates)
     * uncovered, on a screen whose usable area is {@code screen}; the dialog's own position when it already does.
     */
    public static Point clearOf(Rectangle dialog, Rectangle text, Rectangle screen) {
        if (!dialog.intersects(text) && screen.contains(dialog)) {
            return dialog.getLocation();
        }
        int x = clamp(text.x, screen.x, screen.x + screen.width - dialog.width);
        if (text.y + text.height + GAP + dialog.height <= screen.y + screen.height) {
            return new Point(x, text.y + text.height + GAP);
        }
        if (text.y - GAP - dialog.height >= screen.y) {
            return new Point(x, text.y - GAP - dialog.height);
        }
        int y = clamp(text.y, screen.y, screen.y + screen.height - dialog.height);
        if (text.x + text.width + GAP + dialog.width <= screen.x + screen.width) {
            return new Point(text.x + text.width + GAP, y);
        }
        return new Point(clamp(text.x - GAP - dialog.width, screen.x, screen.x + screen.width - dialog.width), y);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
