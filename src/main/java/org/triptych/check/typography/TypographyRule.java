package org.triptych.check.typography;

import org.triptych.check.Rule;
import org.triptych.check.Severity;

import java.util.List;

/**
 * The typography rules, one per sub-id {@code typography.<name>}, each switched and graded on its own in the
 * workspace settings. They read the target's characters only (no dictionary), so they cost little on the live check.
 * Immutable and thread-safe.
 */
abstract class TypographyRule implements Rule {

    static final String PREFIX = "typography.";

    private final String id;
    private final Severity severity;

    TypographyRule(String name, Severity severity) {
        this.id = PREFIX + name;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    /** Every typography rule, in the order their findings are listed. */
    static List<Rule> all() {
        return List.of(new DoubleSpaces(), new SpaceBeforePunctuation(), new UnbalancedMarks(), new QuoteStyle(),
                new MixedScript(), new FinalPunctuation(), new IdenticalToEnglish());
    }
}
