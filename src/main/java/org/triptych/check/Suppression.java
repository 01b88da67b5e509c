package org.triptych.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pass over the findings of one target after every rule has run, removing findings that another finding
 * makes redundant. Stateless; called from any thread.
 */
@FunctionalInterface
public interface Suppression {

    /** The findings of one paragraph in one language, some perhaps removed; order kept. */
    List<Finding> apply(List<Finding> findings);

    /**
     * A finding of rule {@code hidden} is dropped when a finding of rule {@code by} is about the same concept:
     * a name written in a forbidden spelling is not reported missing as well.
     */
    static Suppression sameTerm(String by, String hidden) {
        return findings -> {
            Set<String> terms = findings.stream().filter(f -> f.rule().equals(by) && !f.term().isEmpty())
                    .map(Finding::term).collect(Collectors.toSet());
            if (terms.isEmpty()) {
                return findings;
            }
            return findings.stream().filter(f -> !(f.rule().equals(hidden) && terms.contains(f.term()))).toList();
        };
    }
}
