package org.triptych.check.consistency;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.GlossaryProposal;
import org.triptych.check.PreparedEnglish;
import org.triptych.check.Severity;
import org.triptych.check.Terminology;
import org.triptych.check.WorkspaceRule;
import org.triptych.model.Concept;
import org.triptych.model.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code consistency.names}: a proper name of the English that the glossary does not hold is rendered in two ways
 * across the paragraphs and documents checked together (Ан Чхан Іль here, Ан Чан Іль elsewhere); declined forms of
 * one rendering are one rendering. Each use of a rendering other than the one written most often is reported, with
 * an "Add to glossary" proposal: the English name, the majority rendering preferred, the others admitted, for the
 * translator to settle. Immutable and thread-safe.
 */
public final class NameConsistencyRule implements WorkspaceRule {

    public static final String ID = "consistency.names";

    private final List<Concept> glossary;
    private final NameIndex index;

    public NameConsistencyRule(Terminology terminology) {
        this(terminology.concepts(), null);
    }

    private NameConsistencyRule(List<Concept> glossary, NameIndex index) {
        this.glossary = glossary;
        this.index = index;
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
    public WorkspaceRule prepared(List<Document> documents) {
        return new NameConsistencyRule(glossary, NameIndex.build(documents, glossary));
    }

    @Override
    public WorkspaceRule prepared(List<Document> documents, PreparedEnglish english) {
        return new NameConsistencyRule(glossary, NameIndex.build(documents, glossary, english));
    }

    /** The index this rule judges by; an empty one before it is prepared. */
    public NameIndex index() {
        return index == null ? NameIndex.empty(glossary) : index;
    }

    @Override
    public List<Finding> check(CheckContext target) {
        if (index == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (NameIndex.Rendering rendering : index.renderingsIn(target.document(), target.paragraph(), target.target())) {
            NameIndex.Name name = index.name(rendering.nameKey());
            if (name == null) {
                continue;
            }
            Map<String, NameIndex.Tally> all = name.renderings(target.lang());
            NameIndex.Tally majority = name.majority(target.lang());
            NameIndex.Tally own = all.get(rendering.key());
            if (all.size() < 2 || majority == null || majority == own) {
                continue;
            }
            List<String> renderings = new ArrayList<>();
            renderings.add(majority.spelling());
            all.values().stream().filter(t -> t != majority).sorted(Comparator.comparingInt(NameIndex.Tally::count)
                    .reversed()).forEach(t -> renderings.add(t.spelling()));
            findings.add(target.findingAt(ID, rendering.span(), null, "finding.consistency.names",
                    rendering.written(), majority.spelling(), majority.count(), name.english())
                    .withProposal(new GlossaryProposal(name.english(), Map.of(target.lang(), renderings))));
        }
        return findings;
    }
}
