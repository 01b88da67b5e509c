package org.triptych.ui.glossary;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/** Picks a font that renders Latin, Hangul and Cyrillic alike, so no cell shows empty boxes. */
final class ScriptFonts {

    /** Text every chosen font must display completely, covering the scripts a glossary holds. */
    static final String PROBE = "English 한국어 Українська ҐґЇїЄє ㄱㅎ";

    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic", "Source Han Sans KR");

    private static final String FAMILY = chooseFamily();

    private ScriptFonts() {
    }

    /** {@code base} in a family that displays {@link #PROBE}, keeping its style and size. */
    static Font derive(Font base) {
        if (base.canDisplayUpTo(PROBE) == -1 && base.getFamily().equals(FAMILY)) {
            return base;
        }
        return new Font(FAMILY, base.getStyle(), base.getSize()).deriveFont(base.getSize2D());
    }

    private static String chooseFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : PREFERRED) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) {
                return family;
            }
        }
        // The logical font falls back across physical fonts, the best chance when none of the above is installed.
        return Font.DIALOG;
    }
}
