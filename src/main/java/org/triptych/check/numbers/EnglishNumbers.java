package org.triptych.check.numbers;

import org.triptych.morph.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of an English text written with digits: {@code 200}, {@code 12,000}, {@code 1.5 million}, {@code 5M} (five million, or 5
 * with a unit M: either will do),
 * {@code 50%}, {@code 2024}, {@code 21st}. Numbers spelled out in words ("two soldiers", "first") are not read: a
 * translation may write them either way, so they are not required in the target. Stateless.
 */
final class EnglishNumbers implements NumberReader {

    static final EnglishNumbers INSTANCE = new EnglishNumbers();

    private final NumberWords words = NumberWords.of("en");

    private EnglishNumbers() {
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
            while (end + 1 < text.length() && text.charAt(end) == ',' && NumberReader.threeDigitsAt(text, end + 1)) {
                digits.append(text, end + 1, end + 4);
                end += 4;
            }
            if (end + 1 < text.length() && text.charAt(end) == '.' && NumberReader.isDigit(text.charAt(end + 1))) {
                int fraction = NumberReader.digitsEnd(text, end + 1);
                digits.append(text, end, fraction);
                end = fraction;
            }
            BigDecimal value = new BigDecimal(digits.toString());
            end = ordinalSuffixEnd(text, end);
            int[] scaled = scale(text, end);
            if (scaled == null) {
                numbers.add(new WrittenNumber(start, end, value));
            } else {
                BigDecimal times = value.multiply(words.scale(text.substring(scaled[0], scaled[1])));
                // 2M is two million characters or 2048M of memory: a letter written solid may be a unit.
                List<BigDecimal> values = scaled[1] - scaled[0] == 1 ? List.of(times, value) : List.of(times);
                numbers.add(new WrittenNumber(new Span(start, scaled[1]),
                        values.stream().map(WrittenNumber::normalise).toList()));
                end = scaled[1];
            }
            i = end;
        }
        return numbers;
    }

    /** English numbers in words are not read (see the class comment). */
    @Override
    public List<WrittenNumber> spelled(String text) {
        return List.of();
    }

    /** After 1st, 2nd, 3rd, 21st, 4th: the end of the suffix; else {@code end}. */
    private static int ordinalSuffixEnd(String text, int end) {
        if (end + 2 <= text.length() && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))) {
            String suffix = text.substring(end, end + 2);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return end + 2;
            }
        }
        return end;
    }

    /** The span of a scale word after the number ("1.5 million", "5M"), or null. */
    private int[] scale(String text, int end) {
        int from = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to == from) {
            return null;
        }
        String word = text.substring(from, to);
        // "5K" is written solid, "5 thousand" apart.
        boolean solid = word.length() == 1;
        if (solid != (from == end) || words.scale(word) == null) {
            return null;
        }
        return new int[] {from, to};
    }
}
