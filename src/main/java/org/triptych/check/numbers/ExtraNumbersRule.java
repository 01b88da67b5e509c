package org.triptych.check.numbers;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code numbers.extra}: a number in digits in the target that stands for no number of the English. Often right
 * (the English spelled it out: "two soldiers" → 2명; a date gains its month: 2024년 3월), so a hint, off by default.
 * Immutable and thread-safe.
 */
public final class ExtraNumbersRule implements Rule {

    public static final String ID = "numbers.extra";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public List<Finding> check(CheckContext target) {
        NumberReader reader = NumberReader.forTarget(target.lang());
        String text = target.target().text();
        if (reader == null || !NumbersRule.containsDigit(text)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (WrittenNumber extra : NumberMatch.of(target.paragraph().source(), text, reader).extra()) {
            Span span = extra.span();
            findings.add(target.findingAt(ID, span, null, "finding.numbers.extra", text.substring(span.start(), span.end())));
        }
        return findings;
    }
}
