package org.triptych.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem in one target of one paragraph, as a rule reported it. The message is a key and its arguments,
 * rendered in the interface language by the caller ({@code org.triptych.i18n.CoreMessages}).
 *
 * @param rule        the id of the rule that found it
 * @param severity    its effective severity (workspace settings applied; a hint on a draft)
 * @param line        the 1-based line of the paragraph's row in the document (0 when not read from a file)
 * @param start       start of the offending span in the target text; -1 when the finding has no place there
 * @param end         end (exclusive) of that span; -1 when none
 * @param term        the concept's preferred English term for terminology findings, else an empty string
 * @param expected    what should be written instead (the preferred rendering), or an empty string
 * @param found       the offending text as written, or an empty string
 * @param sourceStart start of the English term in the source; -1 when none
 * @param sourceEnd   end (exclusive) of the English term; -1 when none
 * @param messageKey  the key of the message in the core bundle
 * @param arguments   the message's arguments, in order
 * @param fix         the text that should replace the span [start, end) of the target, or null when the rule
 *                    offers no automatic fix
 * @param proposal    a concept to add to the glossary that would settle the finding ("Add to glossary"), or null
 */
public record Finding(String rule, Severity severity, Path document, String paragraph, int line, String lang,
                      int start, int end, String term, String expected, String found, int sourceStart, int sourceEnd,
                      String messageKey, List<Object> arguments, String fix, GlossaryProposal proposal) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        if (fix != null && !(start >= 0 && end > start)) {
            throw new IllegalArgumentException("a fix needs a span of the target to replace");
        }
    }

    /** A finding with perhaps a fix and no glossary proposal. */
    public Finding(String rule, Severity severity, Path document, String paragraph, int line, String lang,
                   int start, int end, String term, String expected, String found, int sourceStart, int sourceEnd,
                   String messageKey, List<Object> arguments, String fix) {
        this(rule, severity, document, paragraph, line, lang, start, end, term, expected, found, sourceStart, sourceEnd,
                messageKey, arguments, fix, null);
    }

    /** A finding without an automatic fix. */
    public Finding(String rule, Severity severity, Path document, String paragraph, int line, String lang,
                   int start, int end, String term, String expected, String found, int sourceStart, int sourceEnd,
                   String messageKey, List<Object> arguments) {
        this(rule, severity, document, paragraph, line, lang, start, end, term, expected, found, sourceStart, sourceEnd,
                messageKey, arguments, null);
    }

    /** This finding offering {@code replacement} for its span. */
    public Finding withFix(String replacement) {
        return new Finding(rule, severity, document, paragraph, line, lang, start, end, term, expected, found,
                sourceStart, sourceEnd, messageKey, arguments, replacement, proposal);
    }

    /** This finding proposing {@code concept} for the glossary. */
    public Finding withProposal(GlossaryProposal concept) {
        return new Finding(rule, severity, document, paragraph, line, lang, start, end, term, expected, found,
                sourceStart, sourceEnd, messageKey, arguments, fix, concept);
    }

    /** True when the finding carries a replacement for its span. */
    public boolean hasFix() {
        return fix != null;
    }

    /** The target text with this finding's fix applied; {@code target} must be the text the finding was made on. */
    public String applyFix(String target) {
        if (fix == null) {
            throw new IllegalStateException(rule + " offers no fix here");
        }
        return target.substring(0, start) + fix + target.substring(end);
    }

    /** True when the finding marks text in the target (and can be underlined there). */
    public boolean hasTargetSpan() {
        return start >= 0 && end > start;
    }
}
