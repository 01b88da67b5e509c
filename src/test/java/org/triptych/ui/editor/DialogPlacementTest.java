package org.triptych.ui.editor;

import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the Find and note dialogs go so as not to hide the text they are about. */
class DialogPlacementTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1920, 1080);

    @Test
    void aDialogAlreadyClearOfTheTextStaysWhereItIs() {
        Rectangle dialog = new Rectangle(1200, 100, 400, 200);
        assertThat(DialogPlacement.clearOf(dialog, new Rectangle(100, 500, 300, 20), SCREEN)).isEqualTo(new Point(1200, 100));
    }

    @Test
    void aDialogOverTheTextGoesJustBelowIt() {
        Rectangle text = new Rectangle(150, 500, 300, 20);
        Point placed = DialogPlacement.clearOf(new Rectangle(100, 480, 400, 200), text, SCREEN);
        assertThat(placed).isEqualTo(new Point(150, 528));
        assertThat(new Rectangle(placed, new Dimension(400, 200)).intersects(text)).isFalse();
    }

    @Test
    void nearTheBottomOfTheScreenItGoesAboveAndNearTheRightEdgeItStaysOnTheScreen() {
        Rectangle text = new Rectangle(1800, 1000, 100, 20);
        Point placed = DialogPlacement.clearOf(new Rectangle(1700, 950, 400, 200), text, SCREEN);
        assertThat(placed).isEqualTo(new Point(1520, 792));
        assertThat(SCREEN.contains(new Rectangle(placed, new Dimension(400, 200)))).isTrue();
    }

    @Test
    void besideATextAsTallAsTheScreen() {
        Rectangle text = new Rectangle(100, 0, 600, 1080);
        assertThat(DialogPlacement.clearOf(new Rectangle(300, 400, 400, 200), text, SCREEN)).isEqualTo(new Point(708, 0));
    }
}
