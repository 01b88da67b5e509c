package org.triptych.check.spelling;

import org.triptych.check.Rule;
import org.triptych.check.RuleProvider;
import org.triptych.check.Terminology;

import java.util.List;

/**
 * The spelling rules ({@code spelling.uk}, {@code spelling.ko}, {@code spelling.ko-spacing}) for the engine, listed
 * in {@code META-INF/services/org.triptych.check.RuleProvider}. Each knows the glossary's renderings of its
 * language so it does not report them.
 */
public final class SpellingRules implements RuleProvider {

    @Override
    public List<Rule> rules(Terminology terminology) {
        return List.of(new UkrainianSpellingRule(new GlossaryWords(terminology, "uk")),
                new KoreanSpellingRule(new GlossaryWords(terminology, "ko")), new KoreanSpacingRule());
    }

    /**
     * Corrections of {@code word} in {@code lang} from that language's dictionary, at most {@code max}, best first;
     * none when the language has no dictionary here. Takes up to a few tenths of a second: off the interface thread.
     */
    public static List<String> suggestions(String lang, String word, int max) {
        try {
            if ("uk".equals(lang) || lang.startsWith("uk-")) {
                return UkrainianSpeller.get().suggestions(UkrainianSpellingRule.normal(word), max);
            }
            if ("ko".equals(lang) || lang.startsWith("ko-")) {
                return KoreanSpeller.get().suggestions(word, max);
            }
        } catch (DictionaryUnavailableException e) {
            return List.of();
        }
        return List.of();
    }
}
