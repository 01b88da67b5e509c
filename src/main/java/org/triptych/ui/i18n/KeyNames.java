package org.triptych.ui.i18n;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Map;

/**
 * Shortcuts as the keyboard labels them, "Ctrl+=", "Ctrl+Shift+G", "F2": the same in every interface
 * language (Korean and Ukrainian keyboards carry these labels too), and never AWT's spelled-out names
 * ("Ctrl+Equals") or names in the desktop's language. Any thread.
 */
public final class KeyNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(KeyEvent.VK_EQUALS, "="), Map.entry(KeyEvent.VK_MINUS, "-"), Map.entry(KeyEvent.VK_PLUS, "+"),
            Map.entry(KeyEvent.VK_COMMA, ","), Map.entry(KeyEvent.VK_PERIOD, "."), Map.entry(KeyEvent.VK_SLASH, "/"),
            Map.entry(KeyEvent.VK_BACK_SLASH, "\\"), Map.entry(KeyEvent.VK_SEMICOLON, ";"),
            Map.entry(KeyEvent.VK_QUOTE, "'"), Map.entry(KeyEvent.VK_BACK_QUOTE, "`"),
            Map.entry(KeyEvent.VK_OPEN_BRACKET, "["), Map.entry(KeyEvent.VK_CLOSE_BRACKET, "]"),
            Map.entry(KeyEvent.VK_ENTER, "Enter"), Map.entry(KeyEvent.VK_TAB, "Tab"), Map.entry(KeyEvent.VK_ESCAPE, "Esc"),
            Map.entry(KeyEvent.VK_SPACE, "Space"), Map.entry(KeyEvent.VK_BACK_SPACE, "Backspace"),
            Map.entry(KeyEvent.VK_INSERT, "Insert"), Map.entry(KeyEvent.VK_DELETE, "Delete"),
            Map.entry(KeyEvent.VK_HOME, "Home"), Map.entry(KeyEvent.VK_END, "End"),
            Map.entry(KeyEvent.VK_PAGE_UP, "PgUp"), Map.entry(KeyEvent.VK_PAGE_DOWN, "PgDn"),
            Map.entry(KeyEvent.VK_UP, "↑"), Map.entry(KeyEvent.VK_DOWN, "↓"),
            Map.entry(KeyEvent.VK_LEFT, "←"), Map.entry(KeyEvent.VK_RIGHT, "→"));

    private KeyNames() {
    }

    /** The label of {@code stroke}: modifiers in the order Ctrl, Alt, Shift, Meta, then the key, joined by "+". */
    public static String of(KeyStroke stroke) {
        StringBuilder text = new StringBuilder();
        int modifiers = stroke.getModifiers();
        append(text, modifiers, InputEvent.CTRL_DOWN_MASK, "Ctrl");
        append(text, modifiers, InputEvent.ALT_DOWN_MASK, "Alt");
        append(text, modifiers, InputEvent.ALT_GRAPH_DOWN_MASK, "AltGr");
        append(text, modifiers, InputEvent.SHIFT_DOWN_MASK, "Shift");
        append(text, modifiers, InputEvent.META_DOWN_MASK, "Meta");
        return text.append(key(stroke)).toString();
    }

    private static void append(StringBuilder text, int modifiers, int mask, String name) {
        if ((modifiers & mask) != 0) {
            text.append(name).append('+');
        }
    }

    private static String key(KeyStroke stroke) {
        int code = stroke.getKeyCode();
        if (code == KeyEvent.VK_UNDEFINED) {
            return String.valueOf(stroke.getKeyChar());
        }
        if ((code >= KeyEvent.VK_0 && code <= KeyEvent.VK_9) || (code >= KeyEvent.VK_A && code <= KeyEvent.VK_Z)) {
            return String.valueOf((char) code);
        }
        if (code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12) {
            return "F" + (code - KeyEvent.VK_F1 + 1);
        }
        String name = NAMES.get(code);
        return name != null ? name : KeyEvent.getKeyText(code);
    }
}
