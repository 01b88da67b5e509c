package org.triptych.check.numbers;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What ICU knows about the words of numbers in one language, gathered once: the scale words that follow digits
 * ("12 тисяч", "1.5 million", "150만"), taken from ICU's compact number formats and the case forms of its spell-out
 * rules, and the words its spell-out rules write, so that a run of them can be handed to
 * {@link RuleBasedNumberFormat#parse} ("дванадцяти тисяч", "두 명"). Built lazily per language, then read-only and
 * shared between threads; the spell-out parser itself is not thread-safe, so each thread gets its own.
 */
final class NumberWords {

    /** Apostrophes as typed; ICU writes the Ukrainian one as U+02BC (пʼять). */
    static final String APOSTROPHES = "'\u2019\u02BC";

    private static final Map<String, NumberWords> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private final ULocale locale;
    private final Map<String, BigDecimal> scales;
    /** Made on first use: only a paragraph with a number left over needs it, and English never does. */
    private volatile Set<String> spelled;
    private final ThreadLocal<RuleBasedNumberFormat> spellout;
    private final Map<String, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 10_000;

    private NumberWords(String lang) {
        this.locale = new ULocale(lang);
        this.spellout = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
        this.scales = Map.copyOf(scaleWords(locale, spellout.get()));
    }

    static NumberWords of(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang, NumberWords::new);
    }

    /**
     * The power of ten a scale word stands for ("тисяч" 1000, "млн." 10⁶, "million" 10⁶, "K" 1000), or null.
     * Words of more than one letter are looked up in lower case.
     */
    BigDecimal scale(String word) {
        BigDecimal exact = scales.get(word);
        return exact != null || word.length() < 2 ? exact : scales.get(word.toLowerCase(Locale.ROOT));
    }

    /** True when ICU's spell-out rules write {@code word} (lower case, apostrophe as U+02BC) in some number. */
    boolean isSpelled(String word) {
        Set<String> words = spelled;
        if (words == null) {
            // Two threads may both build it; the result is the same.
            words = Set.copyOf(spelledWords(spellout.get()));
            spelled = words;
        }
        return words.contains(word);
    }

    /** This thread's spell-out parser. */
    RuleBasedNumberFormat spellout() {
        return spellout.get();
    }

    /** A number read from the start of a run of number words, and how many characters it took. */
    record Parsed(BigDecimal value, int length) {
    }

    /**
     * The number ICU's spell-out rules read at the start of {@code run}, or null. Remembered: a parse costs about a
     * millisecond and the same few runs (один, дві, два) recur; the memory is dropped when it grows large.
     */
    Parsed parse(String run) {
        Parsed known = parsed.get(run);
        if (known != null) {
            return known.length() == 0 ? null : known;
        }
        ParsePosition position = new ParsePosition(0);
        Number value = spellout.get().parse(run, position);
        Parsed result = value == null || position.getIndex() == 0 ? new Parsed(BigDecimal.ZERO, 0)
                : new Parsed(new BigDecimal(value.toString()), position.getIndex());
        if (parsed.size() >= PARSED_LIMIT) {
            parsed.clear();
        }
        parsed.put(run, result);
        return result.length() == 0 ? null : result;
    }

    /** The word with its apostrophes as ICU writes them, in lower case; the length is kept. */
    static String normaliseWord(String word) {
        StringBuilder s = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            s.append(APOSTROPHES.indexOf(c) >= 0 ? '\u02BC' : Character.toLowerCase(c));
        }
        return s.toString();
    }

    /**
     * The words after the digits in the compact formats (long: "2 тисячі", "5 million"; short: "2 тис.", "5M",
     * "1만"), over the plural forms, and the last word of spelled-out multiples of a thousand in every cardinal rule
     * set (тисячею, мільйонами…), each with the power of ten it multiplies by.
     */
    private static Map<String, BigDecimal> scaleWords(ULocale locale, RuleBasedNumberFormat spellout) {
        Map<String, BigDecimal> scales = new HashMap<>();
        NumberFormat plain = NumberFormat.getInstance(locale);
        for (CompactDecimalFormat.CompactStyle style : CompactDecimalFormat.CompactStyle.values()) {
            CompactDecimalFormat compact = CompactDecimalFormat.getInstance(locale, style);
            for (int power = 3; power <= 15; power++) {
                for (String mantissa : new String[] {"1", "2", "5", "1.5", "21"}) {
                    BigDecimal value = new BigDecimal(mantissa).scaleByPowerOfTen(power);
                    String written = compact.format(value);
                    int lastDigit = lastDigit(written);
                    if (lastDigit < 0) {
                        continue;
                    }
                    String suffix = written.substring(lastDigit + 1).strip().replace("\u00A0", "");
                    Number shown = plain.parse(written.substring(0, lastDigit + 1), new ParsePosition(0));
                    if (suffix.isEmpty() || !Character.isLetter(suffix.charAt(0)) || shown == null) {
                        continue;
                    }
                    BigDecimal multiplier = value.divide(new BigDecimal(shown.toString()));
                    String key = suffix.length() > 1 ? suffix.toLowerCase(Locale.ROOT) : suffix;
                    scales.putIfAbsent(key, WrittenNumber.normalise(multiplier));
                }
            }
        }
        for (String ruleSet : spellout.getRuleSetNames()) {
            if (!ruleSet.contains("cardinal")) {
                continue;
            }
            for (int power : new int[] {3, 6, 9, 12}) {
                for (int mantissa : new int[] {1, 2, 5}) {
                    String[] words = spellout.format(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(power).longValueExact(),
                            ruleSet).split("\\s+");
                    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
                    if (words.length > 1 || mantissa == 1) {
                        scales.putIfAbsent(last, WrittenNumber.normalise(BigDecimal.ONE.scaleByPowerOfTen(power)));
                    }
                }
            }
        }
        return scales;
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Every word ICU's spell-out rules write for 0–100, the hundreds and the first multiples of the scales. */
    private static Set<String> spelledWords(RuleBasedNumberFormat spellout) {
        Set<String> words = new HashSet<>();
        for (String ruleSet : spellout.getRuleSetNames()) {
            for (long n = 0; n <= 100; n++) {
                addWords(words, spellout.format(n, ruleSet));
                addWords(words, spellout.format(n * 100, ruleSet));
            }
            for (long scale : new long[] {1_000L, 1_000_000L, 1_000_000_000L}) {
                for (int mantissa : new int[] {1, 2, 5}) {
                    addWords(words, spellout.format(mantissa * scale, ruleSet));
                }
            }
        }
        return words;
    }

    private static void addWords(Set<String> words, String spelled) {
        for (String word : spelled.split("[\\s\\-]+")) {
            if (!word.isEmpty()) {
                words.add(normaliseWord(word));
            }
        }
    }
}
