package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typography.unbalanced}: a bracket or quotation mark without its partner. Quotes are not reported when the
 * English has an unpaired quote itself (a quotation running over several paragraphs), nor brackets when the English
 * has an unpaired bracket ("1)", "a)").
 */
final class UnbalancedMarks extends TypographyRule {

    UnbalancedMarks() {
        super("unbalanced", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        if (!Marks.hasPairedMark(text)) {
            return List.of();
        }
        Marks marks = Marks.of(text);
        if (marks.unpairedQuotes().isEmpty() && marks.unpairedBrackets().isEmpty()) {
            return List.of();
        }
        Marks english = Marks.of(target.paragraph().source());
        List<Integer> unpaired = new ArrayList<>();
        if (english.unpairedQuotes().isEmpty()) {
            unpaired.addAll(marks.unpairedQuotes());
        }
        if (english.unpairedBrackets().isEmpty()) {
            unpaired.addAll(marks.unpairedBrackets());
        }
        unpaired.sort(Integer::compare);
        List<Finding> findings = new ArrayList<>();
        for (int at : unpaired) {
            findings.add(target.findingAt(id(), new Span(at, at + 1), null, "finding.typography.unbalanced",
                    String.valueOf(text.charAt(at))));
        }
        return findings;
    }
}
