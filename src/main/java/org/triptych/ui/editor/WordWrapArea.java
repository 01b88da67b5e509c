package org.triptych.ui.editor;

import com.formdev.flatlaf.ui.FlatTextAreaUI;

import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.View;
import javax.swing.text.WrappedPlainView;

/**
 * A wrapping text area that keeps Korean words whole. Swing wraps Hangul with the Unicode line-break
 * rules, which allow a break between any two syllables; Korean is written with spaces between words and
 * read best when lines break only there (CSS calls it {@code word-break: keep-all}). A word longer than the
 * line still breaks inside.
 */
public class WordWrapArea extends JTextArea {

    public WordWrapArea() {
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    @Override
    public void updateUI() {
        setUI(new KeepAllUI());
        invalidate();
    }

    private static final class KeepAllUI extends FlatTextAreaUI {
        @Override
        public View create(Element elem) {
            JTextArea area = (JTextArea) getComponent();
            if (area.getLineWrap() && area.getWrapStyleWord() && !Boolean.TRUE.equals(elem.getDocument().getProperty("i18n"))) {
                return new KeepAllView(elem);
            }
            return super.create(elem);
        }
    }

    private static final class KeepAllView extends WrappedPlainView {
        KeepAllView(Element elem) {
            super(elem, true);
        }

        @Override
        protected int calculateBreakPosition(int p0, int p1) {
            int p = super.calculateBreakPosition(p0, p1);
            if (p <= p0 + 1 || p >= p1) {
                return p;
            }
            try {
                String text = getDocument().getText(p0, p - p0 + 1);
                if (!isWordLetter(text.charAt(p - p0 - 1)) || !isWordLetter(text.charAt(p - p0))) {
                    return p;
                }
                for (int i = p - p0 - 1; i > 0; i--) {
                    if (Character.isWhitespace(text.charAt(i - 1))) {
                        return p0 + i;
                    }
                }
            } catch (BadLocationException e) {
                return p;
            }
            return p;
        }

        private static boolean isWordLetter(char c) {
            return !Character.isWhitespace(c) && (Character.isLetterOrDigit(c) || c >= 0x1100);
        }
    }
}
