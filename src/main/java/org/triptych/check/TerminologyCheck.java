package org.triptych.check;

import org.triptych.glossary.TermHit;
import org.triptych.glossary.TermIndex;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Term;
import org.triptych.morph.TargetText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Checks translations against a glossary: each paragraph's English is searched for terms, and each non-empty
 * target is checked for forbidden variants, then for missing terms. Immutable and thread-safe; build one per
 * glossary version. The Ukrainian dictionary is loaded once per JVM, lazily, on the first Ukrainian check.
 */
public final class TerminologyCheck {

    /** Documents with at least this many paragraphs are checked on several cores. */
    private static final int PARALLEL_FROM = 64;

    private final TermIndex index;
    private final Patterns patterns = new Patterns();
    private final List<TermChecker> checkers;

    private TerminologyCheck(TermIndex index, ForbiddenIndex forbidden) {
        this.index = index;
        // forbidden variants first: a concept written in a forbidden spelling is not reported missing as well
        this.checkers = List.of(new ForbiddenVariantCheck(patterns, forbidden), new MissingTermCheck(patterns));
    }

    public static TerminologyCheck of(List<Concept> concepts) {
        return new TerminologyCheck(TermIndex.build(concepts), new ForbiddenIndex(concepts));
    }

    public TermIndex index() {
        return index;
    }

    /** Findings of every paragraph in every language of {@code langs}, in paragraph then language order. */
    public List<Finding> check(Document document, List<String> langs) {
        List<Paragraph> paragraphs = document.paragraphs();
        IntStream indices = IntStream.range(0, paragraphs.size());
        if (paragraphs.size() >= PARALLEL_FROM) {
            indices = indices.parallel();
        }
        return indices.mapToObj(i -> check(document.path(), paragraphs.get(i), langs))
                .flatMap(List::stream)
                .toList();
    }

    private List<Finding> check(Path document, Paragraph paragraph, List<String> langs) {
        List<TermHit> hits = index.find(paragraph.source());
        List<Finding> findings = new ArrayList<>();
        for (String lang : langs) {
            findings.addAll(check(document, paragraph, lang, hits));
        }
        return findings;
    }

    /** Findings of one paragraph in one language; none when its target is empty. */
    public List<Finding> check(Path document, Paragraph paragraph, String lang) {
        return check(document, paragraph, lang, index.find(paragraph.source()));
    }

    private List<Finding> check(Path document, Paragraph paragraph, String lang, List<TermHit> hits) {
        if (paragraph.target(lang).isEmpty()) {
            return List.of();
        }
        ParagraphTarget target = new ParagraphTarget(document, paragraph, lang, hits);
        List<Finding> findings = new ArrayList<>();
        for (TermChecker checker : checkers) {
            checker.check(target, findings);
        }
        return findings;
    }

    /** Does this target already render the concept (any admitted rendering, in any grammatical form)? */
    public boolean renders(Concept concept, String lang, String targetText) {
        TargetText text = TargetText.of(targetText, lang);
        for (Term term : concept.terms(lang)) {
            if (patterns.rendering(lang, term.text()).occursIn(text)) {
                return true;
            }
        }
        return false;
    }
}
