package org.triptych.check.numbers;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a Korean text. Digits are read with the Sino-Korean units written after them: a number is a
 * series of groups below ten thousand, each closed by a myriad unit (만 10⁴, 억 10⁸, 조 10¹²), and a group is digits
 * or digits with the small units 십, 백, 천 ({@code 1만 2000}, {@code 1만2천}, {@code 150만}, {@code 3억 5천만}).
 * After the ordinal prefix 제 the syllable after the digits is a counter, not a unit ({@code 제1조} is "Article 1").
 * Counters attached to digits end the number ({@code 200명}, {@code 2024년}). Numbers in words (두 명, 첫 번째,
 * 만 이천) are parsed by ICU's spell-out rules. The units are those ICU's Sino-Korean spell-out writes. Stateless.
 */
final class KoreanNumbers implements NumberReader {

    static final KoreanNumbers INSTANCE = new KoreanNumbers();

    private static final char ORDINAL_PREFIX = '제';
    private static final int MYRIAD_POWER = 4;

    private final NumberWords words = NumberWords.of("ko");
    /** The unit syllables (십 백 천 만 억 조) and their powers of ten. */
    private final Map<Character, Integer> units = new HashMap<>();
    /** The syllables Sino-Korean numbers are written with: the digits 일–구 and the units. */
    private final String sinoSyllables;

    private KoreanNumbers() {
        RuleBasedNumberFormat spellout = words.spellout();
        StringBuilder syllables = new StringBuilder();
        for (int power : new int[] {1, 2, 3, 4, 8, 12}) {
            String unit = spellout.format(BigDecimal.ONE.scaleByPowerOfTen(power).longValueExact(),
                    "%spellout-cardinal-sinokorean");
            char last = unit.charAt(unit.length() - 1);
            units.put(last, power);
            syllables.append(last);
        }
        for (int digit = 1; digit <= 9; digit++) {
            syllables.append(spellout.format(digit, "%spellout-cardinal-sinokorean"));
        }
        sinoSyllables = syllables.toString();
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
            boolean ordinal = afterOrdinalPrefix(text, start);
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal group = BigDecimal.ZERO;
            int end = start;
            int lastMyriad = Integer.MAX_VALUE;
            while (true) {
                int[] read = new int[1];
                BigDecimal digits = readDigits(text, i, read);
                int after = read[0];
                Integer power = ordinal || after >= text.length() ? null : units.get(text.charAt(after));
                if (power == null) {
                    group = group.add(digits);
                    end = after;
                    break;
                }
                if (power < MYRIAD_POWER) {
                    group = group.add(digits.scaleByPowerOfTen(power));
                    end = after + 1;
                    if (end < text.length() && NumberReader.isDigit(text.charAt(end))) {
                        i = end;
                        continue;
                    }
                    Integer next = end < text.length() ? units.get(text.charAt(end)) : null;
                    if (next == null || next < MYRIAD_POWER || next >= lastMyriad) {
                        break;
                    }
                    power = next;
                    digits = BigDecimal.ZERO;
                    after = end;
                }
                total = total.add(group.add(digits).scaleByPowerOfTen(power));
                group = BigDecimal.ZERO;
                lastMyriad = power;
                end = after + 1;
                // The next group may follow solid (1만2천) or after one space (1만 2000).
                int next = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
                if (next < text.length() && NumberReader.startsNumber(text, next) && !ordinal
                        && smallerGroupAt(text, next, lastMyriad)) {
                    i = next;
                    continue;
                }
                break;
            }
            numbers.add(new WrittenNumber(start, end, total.add(group)));
            i = end;
        }
        return numbers;
    }

    /** True when the digits at {@code from} are not closed by a myriad unit as large as {@code myriad} or larger. */
    private boolean smallerGroupAt(String text, int from, int myriad) {
        int[] end = new int[1];
        readDigits(text, from, end);
        Integer power = end[0] < text.length() ? units.get(text.charAt(end[0])) : null;
        return power == null || power < MYRIAD_POWER || power < myriad;
    }

    /** The digits at {@code from} (with , grouping and a decimal point); {@code end[0]} is set to where they end. */
    private static BigDecimal readDigits(String text, int from, int[] end) {
        int to = NumberReader.digitsEnd(text, from);
        StringBuilder digits = new StringBuilder(text.substring(from, to));
        while (to + 1 < text.length() && text.charAt(to) == ',' && NumberReader.threeDigitsAt(text, to + 1)) {
            digits.append(text, to + 1, to + 4);
            to += 4;
        }
        if (to + 1 < text.length() && text.charAt(to) == '.' && NumberReader.isDigit(text.charAt(to + 1))) {
            int fraction = NumberReader.digitsEnd(text, to + 1);
            digits.append(text, to, fraction);
            to = fraction;
        }
        end[0] = to;
        return new BigDecimal(digits.toString());
    }

    /** True after 제 standing at the start of a word, solid or with one space: 제1조, 제 1 조. */
    private static boolean afterOrdinalPrefix(String text, int start) {
        int at = start - 1;
        if (at >= 0 && text.charAt(at) == ' ') {
            at--;
        }
        return at >= 0 && text.charAt(at) == ORDINAL_PREFIX && (at == 0 || !isHangul(text.charAt(at - 1)));
    }

    @Override
    public List<WrittenNumber> spelled(String text) {
        List<WrittenNumber> numbers = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int wordEnd = wordEnd(text, i);
            boolean wordStart = wordEnd > i && (i == 0 || !isHangul(text.charAt(i - 1)));
            if (!wordStart || !isNumberWord(text.substring(i, wordEnd), true)) {
                i = Math.max(i + 1, wordEnd);
                continue;
            }
            int runEnd = wordEnd;
            int runWords = 1;
            while (runEnd + 1 < text.length() && text.charAt(runEnd) == ' ') {
                int next = wordEnd(text, runEnd + 1);
                if (next == runEnd + 1 || !isNumberWord(text.substring(runEnd + 1, next), true)) {
                    break;
                }
                runEnd = next;
                runWords++;
            }
            if (runWords == 1 && !isNumberWord(text.substring(i, wordEnd), false)) {
                i = wordEnd;
                continue;
            }
            String run = text.substring(i, runEnd);
            NumberWords.Parsed parsed = words.parse(run);
            int consumed = parsed == null ? 0 : parsed.length();
            // Only whole words: 세 in 세계 ("world") is not three.
            if (consumed > 0 && (consumed == run.length() || run.charAt(consumed) == ' ')) {
                numbers.add(new WrittenNumber(i, i + consumed, parsed.value()));
                i += consumed;
            } else {
                i = wordEnd;
            }
        }
        return numbers;
    }

    /**
     * A word ICU's spell-out rules write (두, 열두, 첫, 번째), or a word of two or more Sino-Korean numeral syllables
     * (이천이십사). A single Sino-Korean syllable (이, 일, 사, 만) is more often another word, so it counts only
     * beside other number words ({@code inRun}: 만 이천).
     */
    private boolean isNumberWord(String word, boolean inRun) {
        if (word.length() < 2) {
            return (inRun || sinoSyllables.indexOf(word.charAt(0)) < 0) && words.isSpelled(word);
        }
        if (words.isSpelled(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (sinoSyllables.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isHangul(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
