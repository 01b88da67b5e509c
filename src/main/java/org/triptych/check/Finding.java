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
 */
public record Finding(String rule, Severity severity, Path document, String paragraph, int line, String lang,
                      int start, int end, String term, String expected, String found, int sourceStart, int sourceEnd,
                      String messageKey, List<Object> arguments) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** True when the finding marks text in the target (and can be underlined there). */
    public boolean hasTargetSpan() {
        return start >= 0 && end > start;
    }
}
