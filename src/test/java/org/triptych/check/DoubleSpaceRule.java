package org.triptych.check;

import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule from outside the core, as a plug-in would write one: two spaces in a row in a target. Registered for the
 * tests through {@code META-INF/services/org.triptych.check.RuleProvider}, off unless a workspace switches it on,
 * so that it changes nothing for the other tests.
 */
public final class DoubleSpaceRule implements Rule {

    public static final String ID = "double-space";

    /** What ServiceLoader instantiates. */
    public static final class Provider implements RuleProvider {
        @Override
        public List<Rule> rules(Terminology terminology) {
            return List.of(new DoubleSpaceRule());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String descriptionKey() {
        return "Two spaces in a row.";
    }

    @Override
    public List<Finding> check(CheckContext target) {
        List<Finding> findings = new ArrayList<>();
        String text = target.target().text();
        for (int at = text.indexOf("  "); at >= 0; at = text.indexOf("  ", at + 2)) {
            findings.add(target.finding(ID, new Span(at, at + 2), null, "two spaces after \u201c{0}\u201d",
                    text.substring(Math.max(0, at - 8), at).strip()));
        }
        return findings;
    }
}
