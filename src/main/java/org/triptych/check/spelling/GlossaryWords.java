package org.triptych.check.spelling;

import com.ibm.icu.util.ULocale;
import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Folding;
import org.triptych.morph.Morphology;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;
import org.triptych.morph.TermPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The renderings (admitted and forbidden) of every concept of a glossary in one language, so a spelling rule can
 * tell that a word it does not know belongs to one of them, in any grammatical form (Ан Чхан Ілем for Ан Чхан Іль,
 * 윤석열은 for 윤석열). Renderings are found by the first two letters of each of their words, which inflection
 * keeps; only those are matched, with the language's morphology. Immutable and thread-safe; patterns compile on
 * first use.
 */
final class GlossaryWords {

    private record Rendering(String text, boolean forbidden) {
    }

    private final String lang;
    private final List<Concept> concepts;
    /** Made on first use: most targets have no unknown word, and a rule may be off. */
    private volatile Map<String, List<Rendering>> byStart;
    private final Map<Rendering, TermPattern> patterns = new ConcurrentHashMap<>();

    GlossaryWords(List<Concept> concepts, String lang) {
        this.lang = lang;
        this.concepts = concepts;
    }

    private Map<String, List<Rendering>> index() {
        Map<String, List<Rendering>> made = byStart;
        if (made == null) {
            made = build();
            byStart = made;
        }
        return made;
    }

    private Map<String, List<Rendering>> build() {
        ULocale locale = ULocale.forLanguageTag(lang);
        Map<String, List<Rendering>> index = new HashMap<>();
        for (Concept concept : concepts) {
            List<Rendering> renderings = new ArrayList<>();
            for (Term term : concept.terms(lang)) {
                renderings.add(new Rendering(term.text(), false));
            }
            for (String variant : concept.forbidden(lang)) {
                renderings.add(new Rendering(variant, true));
            }
            for (Rendering rendering : renderings) {
                for (TargetText.Word word : TargetText.of(rendering.text(), lang).words()) {
                    String folded = Folding.fold(rendering.text(), word.start(), word.end(), locale);
                    index.computeIfAbsent(start(folded), k -> new ArrayList<>()).add(rendering);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    /** True when word {@code i} of {@code text} is part of a glossary rendering written there, in any form. */
    boolean covers(TargetText text, int i) {
        TargetText.Word word = text.words().get(i);
        List<Rendering> candidates = index().get(start(word.folded()));
        if (candidates == null) {
            return false;
        }
        for (Rendering rendering : candidates) {
            TermPattern pattern = patterns.computeIfAbsent(rendering,
                    r -> Morphology.compile(lang, r.text(), r.forbidden()));
            for (Span span : pattern.findAll(text)) {
                // a Korean rendering's span ends before the particles the pattern admitted after it
                if (span.start() <= word.start() && word.start() < span.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String start(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
