package org.triptych.check.spelling;

import org.triptych.check.AcceptedWords;
import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Folding;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code spelling.uk}: a word of a Ukrainian target that the Ukrainian spelling dictionary ({@link UkrainianSpeller})
 * does not know. Not reported: words in Latin script or with digits, abbreviations in capitals, words of a glossary
 * rendering in any form, words of the workspace dictionary or ignored in the document, and hyphenated words whose
 * every part is known (північно-східний). Thread-safe; its only state is a cache of the dictionary's verdicts.
 */
public final class UkrainianSpellingRule implements Rule {

    public static final String ID = "spelling.uk";

    /** Verdicts remembered, at most this many: a text repeats its words, and a book uses a few tens of thousands. */
    private static final int REMEMBERED = 200_000;

    private final GlossaryWords glossary;
    /**
     * Per word as written, whether the dictionary alone leaves it unknown (a Cyrillic word, not in capitals, not
     * known whole nor by its parts): one look-up per word instead of normalising, classifying and spelling it.
     */
    private final Map<String, Boolean> unknownToDictionary = new ConcurrentHashMap<>();

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
            // A word in small letters is its folded form, already made: no copy of it is needed.
            String folded = word.folded();
            String written = folded.length() == word.end() - word.start()
                    && text.text().startsWith(folded, word.start()) ? folded
                    : text.text().substring(word.start(), word.end());
            Boolean unknownWord = unknownToDictionary.get(written);
            if (unknownWord == null) {
                String normal = normal(written);
                unknownWord = isCyrillicWord(normal) && !Folding.isAllCapitals(normal) && !speller.knows(normal)
                        && !partsKnown(speller, normal);
                if (unknownToDictionary.size() >= REMEMBERED) {
                    unknownToDictionary.clear();
                }
                unknownToDictionary.put(written, unknownWord);
            }
            if (!unknownWord || target.accepts(normal(written))) {
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
        return glossary.unknownWords(ID, target, unknown);
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
