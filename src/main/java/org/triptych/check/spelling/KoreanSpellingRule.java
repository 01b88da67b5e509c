package org.triptych.check.spelling;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code spelling.ko}: a word of a Korean target (a run of Hangul, particles and endings included) that the Korean
 * Hunspell dictionary ({@link KoreanSpeller}) does not accept, even less up to three particles at its end. Not reported: words with Latin letters or digits
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

    /** Particles the dictionary does not always chain after a word, longest first (것만으로도 = 것 + 만 + 으로 + 도). */
    private static final List<String> PARTICLES = List.of("에게서", "으로서", "으로써", "에서", "에게", "으로", "까지", "부터",
            "처럼", "보다", "조차", "마저", "마다", "밖에", "한테", "께서", "로서", "로써", "은", "는", "이", "가", "을", "를",
            "의", "에", "로", "와", "과", "도", "만", "들");
    private static final int MAX_PARTICLES = 3;

    /** True when the dictionary knows the word, or the word less up to three particles at its end. */
    private static boolean knows(KoreanSpeller speller, String word, int stripped) {
        if (speller.knows(word)) {
            return true;
        }
        if (stripped == MAX_PARTICLES) {
            return false;
        }
        for (String particle : PARTICLES) {
            if (word.length() > particle.length() && word.endsWith(particle)
                    && knows(speller, word.substring(0, word.length() - particle.length()), stripped + 1)) {
                return true;
            }
        }
        return false;
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
            if (!KoreanRules.isHangulWord(written) || knows(speller, written, 0)
                    || KoreanRules.accepted(target, written)) {
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
}
