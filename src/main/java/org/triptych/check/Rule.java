package org.triptych.check;

import java.util.List;

/**
 * One check of a translation: given one paragraph in one target language, with what the engine computed once
 * for it ({@link CheckContext}: the English term hits, the analysed target text), it returns its findings.
 * Rules are independent of each other and keep no state between calls; the engine may call one rule from
 * several threads at once. Findings that hide others are removed afterwards by a {@link Suppression}.
 *
 * <p>Messages are keys of the core message bundle ({@code org.triptych.i18n.CoreMessages}); a key the bundle
 * does not have is shown as its own pattern, so a rule from outside the core can still say something.
 */
public interface Rule {

    /**
     * A short stable name in lower case with hyphens, such as {@code missing-term}; one rule of a family has the
     * family's name and a dot before its own ({@code typography.double-space}). Used in settings and output.
     */
    String id();

    /** The severity of its findings unless the workspace settings say otherwise. */
    Severity defaultSeverity();

    /** True when the rule runs unless the workspace settings switch it off. */
    default boolean enabledByDefault() {
        return true;
    }

    /** The message key of a one-line description for {@code check --list-rules}. */
    default String descriptionKey() {
        return "rule." + id() + ".description";
    }

    /**
     * Why the rule cannot run on this machine (its dictionary is missing or unreadable), or null when it can. A rule
     * that cannot run finds nothing; {@code check --list-rules}, the command's warnings and the Issues panel say
     * why. Cheap: it reads no dictionary itself. Any thread.
     */
    default Unavailable unavailable() {
        return null;
    }

    /** Why a rule cannot run: a message key of the core bundle and its arguments. */
    record Unavailable(String messageKey, List<Object> arguments) {
        public Unavailable {
            arguments = List.copyOf(arguments);
        }
    }

    /** The findings of one non-empty target; build them with {@link CheckContext#finding}. */
    List<Finding> check(CheckContext target);
}
