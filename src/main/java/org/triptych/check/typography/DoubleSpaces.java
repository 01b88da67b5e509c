package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/** {@code typography.double-space}: two or more spaces in a row inside the text; the fix leaves one. */
final class DoubleSpaces extends TypographyRule {

    DoubleSpaces() {
        super("double-space", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        List<Finding> findings = new ArrayList<>();
        for (int at = text.indexOf("  "); at >= 0; at = text.indexOf("  ", at)) {
            int end = at;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (at > 0 && end < text.length() && !Character.isWhitespace(text.charAt(at - 1))) {
                findings.add(target.findingAt(id(), new Span(at, end), null, "finding.typography.double-space")
                        .withFix(" "));
            }
            at = end;
        }
        return findings;
    }
}
