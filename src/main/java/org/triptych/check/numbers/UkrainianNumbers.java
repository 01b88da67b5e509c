package org.triptych.check.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a Ukrainian text: digits grouped by a space, a no-break space or a narrow no-break space
 * ({@code 12 000}), a decimal comma ({@code 1,5}), a scale word after them in any case ({@code 12 тисяч},
 * {@code 1,5 мільйона}, {@code 2 млрд}), and numbers spelled out as ICU's spell-out rules write them, inflected
 * ({@code дванадцять тисяч}, {@code двохсот}, {@code двадцять першого}). Stateless.
 */
final class UkrainianNumbers implements NumberReader {

    static final UkrainianNumbers INSTANCE = new UkrainianNumbers();

    /** What separates groups of three digits in Ukrainian text. */
    private static final String GROUP_SEPARATORS = " \u00A0\u202F\u2009";

    private final NumberWords words = NumberWords.of("uk");

    private UkrainianNumbers() {
    }

    @Override
    public List<WrittenNumber> digits(String text) {
        List<WrittenNumber> numbers = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!NumberReader.startsNumber(text, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = NumberReader.digitsEnd(text, i);
            StringBuilder digits = new StringBuilder(text.substring(start, end));
            boolean spaced = false;
            if (end - start <= 3) {
                while (end + 3 < text.length() && GROUP_SEPARATORS.indexOf(text.charAt(end)) >= 0
                        && NumberReader.threeDigitsAt(text, end + 1)) {
                    digits.append(text, end + 1, end + 4);
                    end += 4;
                    spaced = true;
                }
            }
            List<BigDecimal> values = new ArrayList<>();
            if (end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
                    && NumberReader.isDigit(text.charAt(end + 1))) {
                int fraction = NumberReader.digitsEnd(text, end + 1);
                String decimals = text.substring(end + 1, fraction);
                values.add(new BigDecimal(digits + "." + decimals));
                // 12,000 or 12.000 copied from English: twelve thousand, unless grouped by spaces already.
                if (!spaced && end - start <= 3 && decimals.length() == 3) {
                    int grouped = fraction;
                    StringBuilder whole = new StringBuilder(digits).append(decimals);
                    char separator = text.charAt(end);
                    while (grouped + 3 < text.length() && text.charAt(grouped) == separator
                            && NumberReader.threeDigitsAt(text, grouped + 1)) {
                        whole.append(text, grouped + 1, grouped + 4);
                        grouped += 4;
                    }
                    values.add(new BigDecimal(whole.toString()));
                    if (grouped > fraction) {
                        values.remove(0);
                    }
                    fraction = grouped;
                }
                end = fraction;
            } else {
                values.add(new BigDecimal(digits.toString()));
            }
            int[] scaled = scale(text, end);
            if (scaled != null) {
                BigDecimal multiplier = words.scale(text.substring(scaled[0], scaled[1]));
                values.replaceAll(v -> v.multiply(multiplier));
                end = scaled[1];
            }
            numbers.add(new WrittenNumber(new org.triptych.morph.Span(start, end),
                    values.stream().map(WrittenNumber::normalise).toList()));
            i = end;
        }
        return numbers;
    }

    /** The span of a scale word after the number ("12 тисяч", "2 млрд", "5 тис."), or null. */
    private int[] scale(String text, int end) {
        int from = end < text.length() && GROUP_SEPARATORS.indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to == from) {
            return null;
        }
        String word = text.substring(from, to);
        if (words.scale(word) != null) {
            return new int[] {from, to};
        }
        if (to < text.length() && text.charAt(to) == '.' && words.scale(word + ".") != null) {
            return new int[] {from, to + 1};
        }
        return null;
    }

    @Override
    public List<WrittenNumber> spelled(String text) {
        List<WrittenNumber> numbers = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int wordEnd = wordEnd(text, i);
            boolean wordStart = wordEnd > i && (i == 0 || !isWordChar(text.charAt(i - 1)));
            if (!wordStart || !words.isSpelled(NumberWords.normaliseWord(text.substring(i, wordEnd)))) {
                i = Math.max(i + 1, wordEnd);
                continue;
            }
            // The run of number words from here, separated by single spaces.
            int runEnd = wordEnd;
            while (runEnd + 1 < text.length() && text.charAt(runEnd) == ' ') {
                int next = wordEnd(text, runEnd + 1);
                if (next == runEnd + 1 || !words.isSpelled(NumberWords.normaliseWord(text.substring(runEnd + 1, next)))) {
                    break;
                }
                runEnd = next;
            }
            String run = NumberWords.normaliseWord(text.substring(i, runEnd));
            NumberWords.Parsed parsed = words.parse(run);
            int consumed = parsed == null ? 0 : parsed.length();
            if (consumed > 0 && (consumed == run.length() || !isWordChar(run.charAt(consumed)))) {
                numbers.add(new WrittenNumber(i, i + consumed, parsed.value()));
                i += consumed;
            } else {
                i = wordEnd;
            }
        }
        return numbers;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || NumberWords.APOSTROPHES.indexOf(c) >= 0;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
