package org.triptych.check.tags;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;
import org.triptych.text.InlineTags;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code tags}: the inline tags of the English (formatting, links, fields of the source: {@code <b1>…</b1>},
 * {@code <x2/>}) must all be in the translation, once each, each pair opening before it closes and not crossing
 * another; pairs may move, as word order does. Without them the translated document loses the formatting.
 * Immutable and thread-safe.
 */
final class TagsRule implements Rule {

    static final String ID = "tags";

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
        String source = target.taggedParagraph().source();
        String text = target.taggedParagraph().target(target.lang()).text();
        if (!InlineTags.mayHaveTags(source) && !InlineTags.mayHaveTags(text)) {
            return List.of();
        }
        InlineTags.Problems problems = InlineTags.compare(source, text);
        if (problems.none()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (InlineTags.Tag tag : problems.missing()) {
            findings.add(target.findingAt(ID, null, new Span(tag.start(), tag.end()), "finding.tags.missing", tag.text()));
        }
        for (InlineTags.Tag tag : problems.extra()) {
            findings.add(target.findingAt(ID, new Span(tag.start(), tag.end()), null, "finding.tags.extra", tag.text())
                    .withFix(""));
        }
        for (InlineTags.Tag tag : problems.misordered()) {
            findings.add(target.findingAt(ID, new Span(tag.start(), tag.end()), null, "finding.tags.misordered", tag.text()));
        }
        return findings;
    }
}
