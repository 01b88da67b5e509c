package org.triptych.check.spelling;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code spelling.ko}: a word of a Korean target (a run of Hangul, particles and endings included) that the Korean
 * Hunspell dictionary ({@link KoreanSpeller}) does not accept. Not reported: words with Latin letters or digits
 * (2024년, G7에서), words of a glossary rendering with their particles (윤석열은), and words starting with a word of
 * the workspace dictionary or of the document's ignored words. Off by default: the dictionary takes seconds to load
 * and is not shipped (see {@link KoreanSpeller}). Immutable and thread-safe.
 */
public final class KoreanSpellingRule implements Rule {

    public static final String ID = "spelling.ko";

    private final GlossaryWords glossary;

    KoreanSpellingRule(GlossaryWords glossary) {
        this.glossary = glossary;
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
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public Unavailable unavailable() {
        return KoreanRules.unavailable();
    }

    @Override
    public List<Finding> check(CheckContext target) {
        KoreanSpeller speller = KoreanRules.speller(target.lang());
        if (speller == null) {
            return List.of();
        }
        TargetText text = target.target();
        List<Integer> unknown = null;
        for (int i = 0; i < text.words().size(); i++) {
            TargetText.Word word = text.words().get(i);
            String written = text.text().substring(word.start(), word.end());
            if (!KoreanRules.isHangulWord(written) || speller.knows(written) || KoreanRules.accepted(target, written)) {
                continue;
            }
            if (unknown == null) {
                unknown = new ArrayList<>();
            }
            unknown.add(i);
        }
        if (unknown == null) {
            return List.of();
        }
        Set<Integer> glossaryWords = glossary.covered(text, unknown);
        List<Finding> findings = new ArrayList<>();
        for (int i : unknown) {
            if (!glossaryWords.contains(i)) {
                TargetText.Word word = text.words().get(i);
                findings.add(target.findingAt(ID, new Span(word.start(), word.end()), null, "finding.spelling.unknown",
                        text.text().substring(word.start(), word.end())));
            }
        }
        return findings;
    }
}
