package org.triptych.text;

/**
 * Opening quotation marks held to the word they open, so that a printed line never ends with a lone “ or «: a
 * word joiner after each, put in for documents people print or edit (Word, LibreOffice) and taken out when such a
 * document is read back. Pure functions, any thread.
 */
public final class OpeningQuotes {

    /** U+2060 WORD JOINER: no line break on either side, no width, no glyph. */
    public static final char WORD_JOINER = '\u2060';
    private static final String OPENING_QUOTES = "“«„‘";
    private static final String OPENING_BRACKETS = "([{";

    /**
     * Puts a word joiner after each opening quotation mark that opens a word: one at the start or after a space
     * or an opening bracket, followed by a character that is not a space.
     */
    public static String join(String text) {
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

    /** Takes out the word joiners {@link #join} put in (a review file read back). */
    public static String unjoin(String text) {
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

    private OpeningQuotes() {
    }
}
