package org.triptych.check.typography;

import org.triptych.check.Rule;

import java.util.List;

/** The typography rules ({@code typography.*}) for the engine. */
public final class Typography {

    private Typography() {
    }

    /** Every typography rule, new instances; each is immutable and thread-safe. */
    public static List<Rule> rules() {
        return TypographyRule.all();
    }
}
