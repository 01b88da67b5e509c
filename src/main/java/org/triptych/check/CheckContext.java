package org.triptych.check;

import org.triptych.glossary.TermHit;
import org.triptych.model.Concept;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;
import org.triptych.text.InlineTags;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine computes once for one paragraph in one target language and hands to every rule: the paragraph,
 * the language, the English term hits, the target split into words, and the severity each rule's findings get
 * here. Immutable; made and used on one thread.
 */
public final class CheckContext {

    private final Path document;
    private final Paragraph paragraph;
    private final Paragraph tagged;
    private final String lang;
    private final TargetText target;
    private final List<TermHit> termHits;
    private final Map<Concept, TermHit> mentioned;
    private final Map<String, Severity> severities;
    private final boolean draft;
    private final boolean hintsOnly;
    private final AcceptedWords accepted;

    /**
     * @param severities the effective severity of each rule
     * @param draftsAsHints true when the findings of a draft target are hints whatever the rule's severity
     */
    CheckContext(Path document, Paragraph paragraph, String lang, List<TermHit> termHits,
                 Map<Concept, TermHit> mentioned, Map<String, Severity> severities, boolean draftsAsHints) {
        this(document, paragraph, paragraph, lang, termHits, mentioned, severities, draftsAsHints, AcceptedWords.none());
    }

    /**
     * @param paragraph the paragraph as the rules read it: inline tags masked ({@link InlineTags#mask})
     * @param tagged    the paragraph as written, tags and all
     * @param accepted  the words the spelling rules accept beyond their dictionaries
     */
    CheckContext(Path document, Paragraph paragraph, Paragraph tagged, String lang, List<TermHit> termHits,
                 Map<Concept, TermHit> mentioned, Map<String, Severity> severities, boolean draftsAsHints,
                 AcceptedWords accepted) {
        this.document = document;
        this.paragraph = paragraph;
        this.tagged = tagged;
        this.lang = lang;
        this.target = TargetText.of(paragraph.target(lang).text(), lang);
        this.termHits = termHits;
        this.mentioned = mentioned;
        this.severities = severities;
        this.draft = paragraph.target(lang).status() == Status.DRAFT;
        this.hintsOnly = draft && draftsAsHints;
        this.accepted = accepted;
    }

    /** The concepts of the English in order of first mention, each with that first hit. */
    static Map<Concept, TermHit> firstHits(List<TermHit> hits) {
        Map<Concept, TermHit> first = new LinkedHashMap<>();
        for (TermHit hit : hits) {
            first.putIfAbsent(hit.concept(), hit);
        }
        return Collections.unmodifiableMap(first);
    }

    public Path document() {
        return document;
    }

    /**
     * The paragraph as the rules read it: each character of an inline tag ({@code <b1>}, {@code </b1>},
     * {@code <x2/>}) replaced by {@link InlineTags#MASK}, so that a tag is neither a word, a number nor a mark,
     * and offsets are those of the text.
     */
    public Paragraph paragraph() {
        return paragraph;
    }

    /** The paragraph as written, inline tags included (for a rule about the tags themselves). */
    public Paragraph taggedParagraph() {
        return tagged;
    }

    public String lang() {
        return lang;
    }

    /** The target text, analysed into words once for all rules. */
    public TargetText target() {
        return target;
    }

    /** The glossary terms found in the English, in text order. */
    public List<TermHit> termHits() {
        return termHits;
    }

    /** The concepts the English mentions, in order of first mention, with that first hit. */
    public Map<Concept, TermHit> mentioned() {
        return mentioned;
    }

    /** True when the target's status is draft: the translator is still writing it. */
    public boolean draft() {
        return draft;
    }

    /** True when the workspace dictionary or this document's ignored words accept {@code word}. */
    public boolean accepts(String word) {
        return accepted.accepts(document, word);
    }

    private Severity severity(String rule) {
        return hintsOnly ? Severity.HINT : severities.getOrDefault(rule, Severity.WARNING);
    }

    /**
     * A finding of rule {@code rule} at {@code span} of the target (null for none), about {@code concept} (null
     * for none), with the severity the settings give that rule here.
     */
    public Finding finding(String rule, Span span, Concept concept, String messageKey, Object... arguments) {
        TermHit hit = concept == null ? null : mentioned.get(concept);
        String found = span == null ? "" : tagged.target(lang).text().substring(span.start(), span.end()); // as written
        return new Finding(rule, severity(rule), document, paragraph.id(), paragraph.line(), lang,
                span == null ? -1 : span.start(), span == null ? -1 : span.end(),
                concept == null ? "" : concept.english(), concept == null ? "" : concept.preferred(lang), found,
                hit == null ? -1 : hit.start(), hit == null ? -1 : hit.end(), messageKey, Arrays.asList(arguments));
    }

    /**
     * A finding of rule {@code rule} at {@code span} of the target (null for none) about the text at {@code source}
     * of the English (null for none), such as a number, with the severity the settings give that rule here.
     */
    public Finding findingAt(String rule, Span span, Span source, String messageKey, Object... arguments) {
        String found = span == null ? "" : tagged.target(lang).text().substring(span.start(), span.end()); // as written
        return new Finding(rule, severity(rule), document, paragraph.id(), paragraph.line(), lang,
                span == null ? -1 : span.start(), span == null ? -1 : span.end(), "", "", found,
                source == null ? -1 : source.start(), source == null ? -1 : source.end(), messageKey,
                Arrays.asList(arguments));
    }
}
