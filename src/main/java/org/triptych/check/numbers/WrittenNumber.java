package org.triptych.check.numbers;

import org.triptych.morph.Span;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number as written in a text: where, how, and the values it can mean. Most have one value; {@code 12,000} in
 * Ukrainian has two (twelve thousand written the English way, or twelve with three decimals). Immutable.
 *
 * @param span   where it stands in the text
 * @param values what it can mean, each {@linkplain #normalise normalised}
 */
public record WrittenNumber(Span span, List<BigDecimal> values) {

    public WrittenNumber {
        values = List.copyOf(values);
    }

    WrittenNumber(int start, int end, BigDecimal value) {
        this(new Span(start, end), List.of(normalise(value)));
    }

    /** True when it can mean {@code value} (normalised). */
    public boolean means(BigDecimal value) {
        return values.contains(value);
    }

    /** The value without trailing zeros, so that equal numbers are equal objects: 12000, 12 000 and 1.2E+4 alike. */
    static BigDecimal normalise(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
