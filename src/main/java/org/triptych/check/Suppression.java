package org.triptych.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            Set<String> terms = null;
            for (Finding f : findings) {
                if (f.rule().equals(by) && !f.term().isEmpty()) {
                    if (terms == null) {
                        terms = new HashSet<>();
                    }
                    terms.add(f.term());
                }
            }
            if (terms == null) {
                return findings; // the common case, decided without a stream per target
            }
            Set<String> hiding = terms;
            return findings.stream().filter(f -> !(f.rule().equals(hidden) && hiding.contains(f.term()))).toList();
        };
    }
}
