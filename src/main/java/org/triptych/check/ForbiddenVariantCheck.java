package org.triptych.check;

import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code forbidden-variant}: a spelling the glossary forbids in this language appears in the target, in any
 * form (Киев in в Киеве), whether or not the English mentions the concept. A span that is also an admitted
 * rendering of that concept, or of a concept the English mentions, is not reported, so one concept's forbidden
 * spelling cannot turn another concept's correct rendering into an error.
 */
final class ForbiddenVariantCheck implements TermChecker {

    private final Patterns patterns;
    private final ForbiddenIndex index;

    ForbiddenVariantCheck(Patterns patterns, ForbiddenIndex index) {
        this.patterns = patterns;
        this.index = index;
    }

    @Override
    public void check(ParagraphTarget p, List<Finding> findings) {
        List<Span> mentionedRenderings = null;
        for (ForbiddenIndex.Variant variant : index.candidates(p.target)) {
            List<Span> spans = patterns.forbidden(p.lang, variant.text()).findAll(p.target);
            if (spans.isEmpty()) {
                continue;
            }
            if (mentionedRenderings == null) {
                mentionedRenderings = new ArrayList<>();
                for (Concept concept : p.mentioned.keySet()) {
                    mentionedRenderings.addAll(renderings(concept, p));
                }
            }
            List<Span> admitted = new ArrayList<>(mentionedRenderings);
            admitted.addAll(renderings(variant.concept(), p));
            for (Span span : spans) {
                if (admitted.stream().anyMatch(a -> a.contains(span))) {
                    continue;
                }
                Concept concept = variant.concept();
                p.forbiddenFound.add(concept);
                String found = p.target.text().substring(span.start(), span.end());
                String expected = concept.preferred(p.lang);
                findings.add(p.finding(FindingKind.FORBIDDEN_VARIANT, concept, span,
                        expected.isEmpty() ? "found " + found : "found " + found + ", expected " + expected));
            }
        }
    }

    private List<Span> renderings(Concept concept, ParagraphTarget p) {
        List<Span> spans = new ArrayList<>();
        for (Term term : concept.terms(p.lang)) {
            spans.addAll(patterns.rendering(p.lang, term.text()).findAll(p.target));
        }
        return spans;
    }
}
