package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.List;

/** {@code typography.identical}: the target is the English unchanged (left untranslated), when the English has letters. */
final class IdenticalToEnglish extends TypographyRule {

    IdenticalToEnglish() {
        super("identical", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        String english = target.paragraph().source();
        if (!text.strip().equals(english.strip()) || english.codePoints().noneMatch(Character::isLetter)) {
            return List.of();
        }
        return List.of(target.findingAt(id(), new Span(0, text.length()), new Span(0, english.length()),
                "finding.typography.identical"));
    }
}
