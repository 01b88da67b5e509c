package org.triptych.export;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.triptych.exchange.LanguageTags;

/**
 * What text in a Word table needs to print as typed: Korean paragraphs without the automatic space Word and
 * LibreOffice put between Hangul and digits or Latin letters ({@code 200명} printed as {@code 200 명}), and opening
 * quotation marks held to the word they open, so that a line never ends with a lone “ or «. Pure functions, any
 * thread.
 */
public final class DocxText {

    /** U+2060 WORD JOINER: no line break on either side, no width, no glyph. */
    public static final char WORD_JOINER = '\u2060';
    private static final String OPENING_QUOTES = "“«„‘";
    private static final String OPENING_BRACKETS = "([{";

    private DocxText() {
    }

    /**
     * Puts a word joiner after each opening quotation mark that opens a word: one at the start or after a space
     * or an opening bracket, followed by a character that is not a space.
     */
    public static String joinOpeningQuotes(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (isOpeningQuote(text, i)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(text.charAt(i)).append(WORD_JOINER);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Takes out the word joiners {@link #joinOpeningQuotes} put in (a review file read back). */
    public static String unjoinOpeningQuotes(String text) {
        if (text.indexOf(WORD_JOINER) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == WORD_JOINER && i > 0 && OPENING_QUOTES.indexOf(text.charAt(i - 1)) >= 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOpeningQuote(String text, int i) {
        if (OPENING_QUOTES.indexOf(text.charAt(i)) < 0 || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Character.isWhitespace(next) || next == WORD_JOINER) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || OPENING_BRACKETS.indexOf(before) >= 0;
    }

    /**
     * Sets a paragraph's line layout for {@code lang}: for Korean, no automatic space between Hangul and Latin
     * letters ({@code autoSpaceDE}) or digits ({@code autoSpaceDN}).
     */
    public static void layoutFor(XWPFParagraph paragraph, String lang) {
        if (!LanguageTags.language(lang).equals("ko")) {
            return;
        }
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        (properties.isSetAutoSpaceDE() ? properties.getAutoSpaceDE() : properties.addNewAutoSpaceDE()).setVal(STOnOff1.OFF);
        (properties.isSetAutoSpaceDN() ? properties.getAutoSpaceDN() : properties.addNewAutoSpaceDN()).setVal(STOnOff1.OFF);
    }
}
