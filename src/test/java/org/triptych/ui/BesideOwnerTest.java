package org.triptych.ui;

import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.Rectangle;

import static org.assertj.core.api.Assertions.assertThat;

class BesideOwnerTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1920, 1200);
    private static final Dimension PREFERRED = new Dimension(980, 560);
    private static final Dimension MINIMUM = new Dimension(480, 300);

    @Test
    void goesToTheWiderFreeSideAndShrinksToFitIt() {
        assertThat(BesideOwner.place(new Rectangle(0, 40, 1400, 860), SCREEN, PREFERRED, MINIMUM))
                .isEqualTo(new Rectangle(1400, 40, 520, 560));
        assertThat(BesideOwner.place(new Rectangle(700, 100, 1200, 860), SCREEN, PREFERRED, MINIMUM))
                .isEqualTo(new Rectangle(0, 100, 700, 560));
        assertThat(BesideOwner.place(new Rectangle(0, 0, 800, 860), SCREEN, PREFERRED, MINIMUM))
                .isEqualTo(new Rectangle(800, 0, 980, 560));
    }

    @Test
    void overAMaximisedWindowItCoversTheRightSideAndStaysOnScreen() {
        Rectangle placed = BesideOwner.place(new Rectangle(0, 0, 1920, 1200), SCREEN, PREFERRED, MINIMUM);
        assertThat(placed).isEqualTo(new Rectangle(940, 0, 980, 560));
        assertThat(SCREEN.contains(BesideOwner.place(new Rectangle(100, 1000, 1800, 860), SCREEN, PREFERRED, MINIMUM))).isTrue();
    }
}
