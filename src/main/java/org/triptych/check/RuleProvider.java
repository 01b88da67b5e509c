package org.triptych.check;

import java.util.List;

/**
 * Contributes rules to every check: the window's and the command line's. Found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.triptych.check.RuleProvider} file naming the class), so a jar on the class path
 * can add rules without touching Triptych. Called off the interface thread, once per glossary version.
 */
public interface RuleProvider {

    /** The rules to add, built for this glossary. */
    List<Rule> rules(Terminology terminology);
}
