package org.triptych.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses a font family that renders Latin, Hangul and Cyrillic alike: many default fonts lack Hangul,
 * and a paragraph must not turn into boxes. Families are tried in order and accepted only when
 * {@link Font#canDisplayUpTo(String)} says the whole probe renders; the logical "Dialog" font, which
 * Java composes from several physical fonts, is the last resort.
 */
public final class Fonts {

    /** Letters of every script the workbench shows. */
    public static final String PROBE = "Aa Ωω Ґґ Єє Її Щщ 한국어 가나다 뷁";

    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
            "NanumGothic", "Noto Sans CJK JP", "Noto Sans CJK SC", "Arial Unicode MS");

    private final String family;

    private Fonts(String family) {
        this.family = family;
    }

    /** Looks at the installed fonts once; keep the instance. */
    public static Fonts detect() {
        Set<String> installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String name : PREFERRED) {
            if (installed.contains(name) && rendersAll(new Font(name, Font.PLAIN, 12))) {
                return new Fonts(name);
            }
        }
        return new Fonts(Font.DIALOG);
    }

    static boolean rendersAll(Font font) {
        return font.canDisplayUpTo(PROBE) == -1;
    }

    public String family() {
        return family;
    }

    /** The text font at {@code size} points (already scaled by the caller for HiDPI via FlatLaf). */
    public Font text(float size) {
        return new Font(family, Font.PLAIN, Math.round(size));
    }
}
