package org.triptych.check;

import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.List;

/**
 * {@code missing-term}: the English mentions a concept that has renderings in this language, and the target
 * contains none of them in any form. A concept already reported as a forbidden variant is not reported again.
 */
final class MissingTermCheck implements TermChecker {

    private final Patterns patterns;

    MissingTermCheck(Patterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public void check(ParagraphTarget p, List<Finding> findings) {
        for (Concept concept : p.mentioned.keySet()) {
            List<Term> renderings = concept.terms(p.lang);
            if (renderings.isEmpty() || p.forbiddenFound.contains(concept)) {
                continue;
            }
            if (!renders(patterns, concept, p)) {
                findings.add(p.finding(FindingKind.MISSING_TERM, concept, null, "expected " + concept.preferred(p.lang)));
            }
        }
    }

    static boolean renders(Patterns patterns, Concept concept, ParagraphTarget p) {
        for (Term term : concept.terms(p.lang)) {
            if (patterns.rendering(p.lang, term.text()).occursIn(p.target)) {
                return true;
            }
        }
        return false;
    }
}
