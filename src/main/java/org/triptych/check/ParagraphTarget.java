package org.triptych.check;

import org.triptych.glossary.TermHit;
import org.triptych.model.Concept;
import org.triptych.model.Paragraph;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checkers of one paragraph and one target language share: the target split into words once, the
 * concepts the English mentions (each at its first occurrence), and the concepts a forbidden spelling was found for.
 */
final class ParagraphTarget {

    final Path document;
    final Paragraph paragraph;
    final String lang;
    final TargetText target;
    /** Concepts of the English in order of first mention, with that first hit. */
    final Map<Concept, TermHit> mentioned;
    final Set<Concept> forbiddenFound = Collections.newSetFromMap(new IdentityHashMap<>());

    ParagraphTarget(Path document, Paragraph paragraph, String lang, List<TermHit> hits) {
        this.document = document;
        this.paragraph = paragraph;
        this.lang = lang;
        this.target = TargetText.of(paragraph.target(lang).text(), lang);
        Map<Concept, TermHit> firstHits = new LinkedHashMap<>();
        for (TermHit hit : hits) {
            firstHits.putIfAbsent(hit.concept(), hit);
        }
        this.mentioned = firstHits;
    }

    Finding finding(FindingKind kind, Concept concept, Span found, String message) {
        TermHit hit = mentioned.get(concept);
        String foundText = found == null ? "" : target.text().substring(found.start(), found.end());
        return new Finding(document, paragraph.id(), paragraph.line(), lang, kind, concept.english(),
                concept.preferred(lang), foundText, found == null ? -1 : found.start(), found == null ? -1 : found.end(),
                hit == null ? -1 : hit.start(), hit == null ? -1 : hit.end(), message);
    }
}
