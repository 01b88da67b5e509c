package org.triptych.check.spelling;

import org.triptych.check.AcceptedWords;
import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Folding;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code spelling.uk}: a word of a Ukrainian target that the Ukrainian spelling dictionary ({@link UkrainianSpeller})
 * does not know. Not reported: words in Latin script or with digits, abbreviations in capitals, words of a glossary
 * rendering in any form, words of the workspace dictionary or ignored in the document, and hyphenated words whose
 * every part is known (північно-східний). Immutable and thread-safe.
 */
public final class UkrainianSpellingRule implements Rule {

    public static final String ID = "spelling.uk";

    private final GlossaryWords glossary;

    UkrainianSpellingRule(GlossaryWords glossary) {
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
    public Unavailable unavailable() {
        String why = UkrainianSpeller.problem();
        return why == null ? null : new Unavailable("rule.unavailable", List.of(why));
    }

    @Override
    public List<Finding> check(CheckContext target) {
        if (!"uk".equals(target.lang()) && !target.lang().startsWith("uk-")) {
            return List.of();
        }
        UkrainianSpeller speller;
        try {
            speller = UkrainianSpeller.get();
        } catch (DictionaryUnavailableException e) {
            return List.of();
        }
        TargetText text = target.target();
        List<Integer> unknown = null;
        List<TargetText.Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            TargetText.Word word = words.get(i);
            String written = normal(text.text().substring(word.start(), word.end()));
            if (!isCyrillicWord(written) || Folding.isAllCapitals(written) || speller.knows(written)
                    || partsKnown(speller, written) || target.accepts(written)) {
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
                TargetText.Word word = words.get(i);
                findings.add(target.findingAt(ID, new Span(word.start(), word.end()), null, "finding.spelling.unknown",
                        text.text().substring(word.start(), word.end())));
            }
        }
        return findings;
    }

    /** The word with plain apostrophes and hyphens, as the dictionary writes them. */
    static String normal(String word) {
        return AcceptedWords.plainApostrophes(word).replace('\u2010', '-').replace('\u2011', '-');
    }

    /** True for a word of Cyrillic letters (with apostrophes and hyphens): no Latin letter, no digit. */
    static boolean isCyrillicWord(String word) {
        boolean cyrillic = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean inCyrillic = c >= '\u0400' && c <= '\u052F'; // Cyrillic and its supplement
            if (Character.isDigit(c) || (!inCyrillic && Character.isLetter(c))) {
                return false;
            }
            cyrillic |= inCyrillic && Character.isLetter(c);
        }
        return cyrillic;
    }

    private static boolean partsKnown(UkrainianSpeller speller, String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (part.isEmpty() || !speller.knows(part)) {
                return false;
            }
        }
        return true;
    }
}
