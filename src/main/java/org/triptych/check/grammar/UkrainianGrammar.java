package org.triptych.check.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LanguageTool's Ukrainian module with only the rules Triptych offers switched on, loaded once per JVM on first use
 * (seconds: its pattern rules and disambiguation are read then). {@link #check} returns the matches of those rules
 * in one target text. JLanguageTool is not thread-safe: checks take turns on the one instance.
 */
final class UkrainianGrammar {

    /** One match: LanguageTool's rule id, the span in the text, its message, and its first suggestion or null. */
    record Match(String ruleId, int start, int end, String message, String suggestion) {
    }

    private final JLanguageTool tool;

    private UkrainianGrammar(JLanguageTool tool) {
        this.tool = tool;
    }

    private static final class Shared {
        private static final Object LOADED = load();

        private static Object load() {
            try {
                JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("uk"));
                Set<String> wanted = GrammarRule.LANGUAGETOOL_IDS;
                for (Rule rule : tool.getAllRules()) {
                    if (!wanted.contains(rule.getId())) {
                        tool.disableRule(rule.getId());
                    }
                }
                return new UkrainianGrammar(tool);
            } catch (RuntimeException | LinkageError e) {
                return "LanguageTool's Ukrainian module cannot start: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }

    /** What {@link Shared} loaded once it has; read without waiting for a load. */
    private static volatile Object loaded;

    /** The shared instance, loaded on the first call; null when it cannot start ({@link #problem} says why). */
    static UkrainianGrammar get() {
        Object made = Shared.LOADED;
        loaded = made;
        return made instanceof UkrainianGrammar grammar ? grammar : null;
    }

    /** Why the module could not start, once it tried; null before or when it did. */
    static String problem() {
        Object tried = loaded;
        return tried instanceof String why ? why : null;
    }

    /** The matches of the offered rules in {@code text}. */
    List<Match> check(String text) {
        List<RuleMatch> matches;
        synchronized (tool) {
            try {
                matches = tool.check(text);
            } catch (IOException | RuntimeException | LinkageError e) {
                loaded = "LanguageTool's Ukrainian module cannot check: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                return List.of();
            }
        }
        List<Match> found = new ArrayList<>(matches.size());
        for (RuleMatch m : matches) {
            List<String> suggestions = m.getSuggestedReplacements();
            found.add(new Match(m.getRule().getId(), m.getFromPos(), m.getToPos(), plain(m.getMessage()),
                    suggestions.isEmpty() ? null : suggestions.get(0)));
        }
        return found;
    }

    /** LanguageTool marks words in messages with {@code <suggestion>}; the finding shows plain text. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "«").replace("</suggestion>", "»");
    }
}
