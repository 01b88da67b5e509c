package org.triptych.check.spelling;

import org.triptych.check.CheckContext;
import org.triptych.check.Rule;

import java.util.List;

/** What the Korean spelling rules share: the dictionary, when it can be had, and which words they read. */
final class KoreanRules {

    private KoreanRules() {
    }

    /** The dictionary for a target in {@code lang}, or null when the target is not Korean or there is none. */
    static KoreanSpeller speller(String lang) {
        if (!"ko".equals(lang) && !lang.startsWith("ko-")) {
            return null;
        }
        try {
            return KoreanSpeller.get();
        } catch (DictionaryUnavailableException e) {
            return null;
        }
    }

    /** Why the Korean rules cannot run here, without loading the dictionary; null when they can. */
    static Rule.Unavailable unavailable() {
        String why = KoreanSpeller.problem();
        return why == null ? null : new Rule.Unavailable("rule.unavailable", List.of(why));
    }

    /** True for a word with Hangul and no Latin letter or digit. */
    static boolean isHangulWord(String word) {
        boolean hangul = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || (c < 0x80 && Character.isLetter(c))) {
                return false;
            }
            hangul |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
        }
        return hangul;
    }

    /** True when the word, or a start of it before its particles, is in the workspace dictionary or ignored here. */
    static boolean accepted(CheckContext target, String word) {
        for (int end = word.length(); end > 0; end--) {
            if (target.accepts(word.substring(0, end))) {
                return true;
            }
        }
        return false;
    }
}
