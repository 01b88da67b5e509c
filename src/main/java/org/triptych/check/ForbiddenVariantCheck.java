package org.triptych.check;

import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code forbidden-variant}: for each concept the English mentions, a spelling the glossary forbids in this
 * language appears in the target, in any form (Киев in в Киеве). A span that is also an admitted rendering is
 * not reported, so a glossary cannot make its own rendering an error.
 */
final class ForbiddenVariantCheck implements TermChecker {

    private final Patterns patterns;

    ForbiddenVariantCheck(Patterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public void check(ParagraphTarget p, List<Finding> findings) {
        for (Concept concept : p.mentioned.keySet()) {
            List<String> forbidden = concept.forbidden(p.lang);
            if (forbidden.isEmpty()) {
                continue;
            }
            List<Span> admitted = new ArrayList<>();
            for (Term term : concept.terms(p.lang)) {
                admitted.addAll(patterns.rendering(p.lang, term.text()).findAll(p.target));
            }
            for (String variant : forbidden) {
                for (Span span : patterns.forbidden(p.lang, variant).findAll(p.target)) {
                    if (admitted.stream().anyMatch(a -> a.contains(span))) {
                        continue;
                    }
                    p.forbiddenFound.add(concept);
                    String found = p.target.text().substring(span.start(), span.end());
                    String expected = concept.preferred(p.lang);
                    findings.add(p.finding(FindingKind.FORBIDDEN_VARIANT, concept, span,
                            expected.isEmpty() ? "found " + found : "found " + found + ", expected " + expected));
                }
            }
        }
    }
}
