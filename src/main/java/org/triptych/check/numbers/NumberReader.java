package org.triptych.check.numbers;

import java.util.List;

/**
 * Finds the numbers of a text in one language. Implementations are stateless and thread-safe; the ICU data they
 * use is built once ({@link NumberWords}).
 */
interface NumberReader {

    /** Numbers written with digits, with the scale words that follow them ("12 тисяч", "1만 2000"), in text order. */
    List<WrittenNumber> digits(String text);

    /** Numbers spelled out in words ("дванадцять тисяч", "두"), in text order; slower, asked for only when needed. */
    List<WrittenNumber> spelled(String text);

    /** The reader of targets in {@code lang}, or null when numbers in that language are not read. */
    static NumberReader forTarget(String lang) {
        return switch (lang) {
            case "uk" -> UkrainianNumbers.INSTANCE;
            case "ko" -> KoreanNumbers.INSTANCE;
            default -> null;
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the run of ASCII digits starting at {@code from}. */
    static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when exactly three digits stand at {@code from} with no digit after them. */
    static boolean threeDigitsAt(String text, int from) {
        return digitsEnd(text, from) == from + 3;
    }

    /** True when a number may start at {@code i}: a digit with no digit before it. */
    static boolean startsNumber(String text, int i) {
        return isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)));
    }
}
