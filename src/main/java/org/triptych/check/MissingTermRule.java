package org.triptych.check;

import org.triptych.model.Concept;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code missing-term}: the English mentions a concept that has renderings in this language, and the target
 * contains none of them in any form. A woman's name (the glossary's {@code gender} column) written declined is
 * reported as such. Immutable and thread-safe.
 */
public final class MissingTermRule implements Rule {

    public static final String ID = "missing-term";

    private final Terminology terminology;

    public MissingTermRule(Terminology terminology) {
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
        List<Finding> findings = new ArrayList<>();
        for (Concept concept : target.mentioned().keySet()) {
            if (!concept.terms(target.lang()).isEmpty() && !terminology.renders(concept, target.target())) {
                String key = terminology.declinesAFeminineName(concept, target.target())
                        ? "finding.missing-term.feminine-name" : "finding.missing-term";
                findings.add(target.finding(ID, null, concept, key, concept.preferred(target.lang())));
            }
        }
        return findings;
    }
}
