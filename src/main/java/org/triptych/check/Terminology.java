package org.triptych.check;

import org.triptych.glossary.TermHit;
import org.triptych.glossary.TermIndex;
import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Morphology;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;
import org.triptych.morph.TermPattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A glossary made ready for checking: the English term index, the forbidden spellings indexed by their start,
 * and the target renderings compiled to morphology-aware patterns on first use. Immutable and thread-safe;
 * build one per glossary version (slow for large glossaries, so off the interface thread). The Ukrainian
 * dictionary is loaded once per JVM, lazily, on the first Ukrainian match.
 */
public final class Terminology {

    private static final Terminology EMPTY = of(List.of());

    private final TermIndex index;
    private final ForbiddenIndex forbidden;
    private final Patterns patterns = new Patterns();
    private final List<Concept> concepts;

    private Terminology(TermIndex index, ForbiddenIndex forbidden, List<Concept> concepts) {
        this.index = index;
        this.forbidden = forbidden;
        this.concepts = concepts;
    }

    public static Terminology of(List<Concept> concepts) {
        return new Terminology(TermIndex.build(concepts), new ForbiddenIndex(concepts), List.copyOf(concepts));
    }

    /** The glossary's concepts, in the order given. */
    public List<Concept> concepts() {
        return concepts;
    }

    /** The terminology of no glossary: no terms, so nothing to find. */
    public static Terminology empty() {
        return EMPTY;
    }

    public TermIndex index() {
        return index;
    }

    /** The glossary terms in {@code english}, in text order, not overlapping. */
    public List<TermHit> termsIn(String english) {
        return index.find(english);
    }

    /** True when {@code targetText} contains a rendering of {@code concept} in {@code lang}, in any grammatical form. */
    public boolean renders(Concept concept, String lang, String targetText) {
        return renders(concept, TargetText.of(targetText, lang));
    }

    /** True when {@code target} contains an admitted rendering of {@code concept} in any grammatical form. */
    public boolean renders(Concept concept, TargetText target) {
        for (Term term : concept.terms(target.lang())) {
            if (patterns.rendering(concept, target.lang(), term.text()).occursIn(target)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code target} renders {@code concept}, each admitted rendering in any form. */
    public List<Span> renderings(Concept concept, TargetText target) {
        List<Span> spans = new ArrayList<>();
        for (Term term : concept.terms(target.lang())) {
            spans.addAll(patterns.rendering(concept, target.lang(), term.text()).findAll(target));
        }
        return spans;
    }

    /** True when {@code concept} is a woman's name by its {@code gender} column: its consonant-final words do not decline. */
    public static boolean isFeminineName(Concept concept) {
        return Patterns.isFeminine(concept);
    }

    /**
     * True when {@code concept} is a woman's name (its {@code gender} column) that {@code target} writes declined, as
     * a man's name would be (Кім Йо Чжона), and nowhere as it should be.
     */
    public boolean declinesAFeminineName(Concept concept, TargetText target) {
        if (!Patterns.isFeminine(concept) || renders(concept, target)) {
            return false;
        }
        for (Term term : concept.terms(target.lang())) {
            if (patterns.rendering(target.lang(), term.text(), Morphology.Kind.RENDERING).occursIn(target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern of {@code rendering} in {@code lang} as the terminology rules match it, compiled once and shared
     * with them (a rule that looks for renderings by other means, such as a spelling rule, need not compile its own).
     */
    public TermPattern pattern(String lang, String rendering, Morphology.Kind kind) {
        return patterns.rendering(lang, rendering, kind);
    }

    /** The forbidden spellings of any concept, in any form, that occur in {@code target}, each with its span. */
    public List<ForbiddenUse> forbiddenIn(TargetText target) {
        List<ForbiddenUse> uses = new ArrayList<>();
        for (ForbiddenIndex.Variant variant : forbidden.candidates(target)) {
            for (Span span : patterns.forbidden(target.lang(), variant.text()).findAll(target)) {
                uses.add(new ForbiddenUse(variant.concept(), variant.text(), span));
            }
        }
        return uses;
    }

    /** A forbidden spelling of {@code concept} written at {@code span} of a target, in some form of {@code variant}. */
    public record ForbiddenUse(Concept concept, String variant, Span span) {
    }
}
