package org.triptych.ui.i18n;

import org.junit.jupiter.api.Test;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

class KeyNamesTest {

    @Test
    void shortcutsReadAsTheKeyboardLabelsThem() {
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK))).isEqualTo("Ctrl+=");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK))).isEqualTo("Ctrl+-");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_G, InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK)))
                .isEqualTo("Ctrl+Shift+G");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK))).isEqualTo("Ctrl+Enter");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0))).isEqualTo("F2");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_3, InputEvent.CTRL_DOWN_MASK))).isEqualTo("Ctrl+3");
        assertThat(KeyNames.of(KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.CTRL_DOWN_MASK))).isEqualTo("Ctrl+↑");
    }
}
