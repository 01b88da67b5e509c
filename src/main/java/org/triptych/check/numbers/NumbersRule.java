package org.triptych.check.numbers;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code numbers}: a number of the English written with digits ({@code 12,000}, {@code 1.5 million}, {@code 21st},
 * {@code 50%}) has no number of the same value in the target, however written there ({@code 12 000},
 * {@code 12 тисяч}, {@code дванадцять тисяч}, {@code 1만 2000}, {@code 1만2천}, {@code 150만}). When a target number
 * is left over, the finding says the number was changed and marks it; else it says the number is missing. Numbers
 * in words in the English are not required (see {@link EnglishNumbers}). Immutable and thread-safe.
 */
public final class NumbersRule implements Rule {

    public static final String ID = "numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext target) {
        NumberReader reader = NumberReader.forTarget(target.lang());
        String english = target.paragraph().source();
        if (reader == null || !containsDigit(english)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (NumberMatch.Unmatched u : NumberMatch.of(english, target.target().text(), reader).unmatched()) {
            Span source = u.english().span();
            String written = english.substring(source.start(), source.end());
            if (u.target() == null) {
                findings.add(target.findingAt(ID, null, source, "finding.numbers.missing", written));
            } else {
                Span span = u.target().span();
                findings.add(target.findingAt(ID, span, source, "finding.numbers.changed", written,
                        target.target().text().substring(span.start(), span.end())));
            }
        }
        return findings;
    }

    static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NumberReader.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
