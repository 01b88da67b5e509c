package org.triptych.check;

import org.triptych.model.Concept;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code forbidden-variant}: a spelling the glossary forbids in this language appears in the target, in any
 * form (Киев in в Киеве), whether or not the English mentions the concept. A span that is also an admitted
 * rendering of that concept, or of a concept the English mentions, is not reported, so one concept's forbidden
 * spelling cannot turn another concept's correct rendering into an error. Immutable and thread-safe.
 */
public final class ForbiddenVariantRule implements Rule {

    public static final String ID = "forbidden-variant";

    private final Terminology terminology;

    public ForbiddenVariantRule(Terminology terminology) {
        this.terminology = terminology;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext target) {
        List<Terminology.ForbiddenUse> uses = terminology.forbiddenIn(target.target());
        if (uses.isEmpty()) {
            return List.of();
        }
        List<Span> mentionedRenderings = new ArrayList<>();
        for (Concept concept : target.mentioned().keySet()) {
            mentionedRenderings.addAll(terminology.renderings(concept, target.target()));
        }
        List<Finding> findings = new ArrayList<>();
        for (Terminology.ForbiddenUse use : uses) {
            Span span = use.span();
            if (mentionedRenderings.stream().anyMatch(a -> a.contains(span))
                    || terminology.renderings(use.concept(), target.target()).stream().anyMatch(a -> a.contains(span))) {
                continue;
            }
            String found = target.target().text().substring(span.start(), span.end());
            String expected = use.concept().preferred(target.lang());
            findings.add(expected.isEmpty()
                    ? target.finding(ID, span, use.concept(), "finding.forbidden-variant.bare", found)
                    : target.finding(ID, span, use.concept(), "finding.forbidden-variant", found, expected));
        }
        return findings;
    }
}
