package org.triptych.glossary;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.triptych.morph.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English words by ICU word break, each with a matching key: folded (NFC, lower case, one apostrophe), the
 * possessive ('s, s') removed and a plural reduced to its singular, so leaflets, defectors' and Korea’s meet
 * their glossary terms. Glossary words get one key ({@link #key}); a text word may stand for several
 * ({@link #keys}), because the spelling alone does not tell buses from houses or crises from horses.
 */
final class EnglishWords {

    /**
     * One word: its span without a possessive ending, where the written token really ends, the key, and the
     * letters as written.
     */
    record Word(int start, int end, int tokenEnd, String folded, String key, String written) {

        /** True when a possessive ending was cut off (Korea's): the word cannot run on solid into the next. */
        boolean possessive() {
            return tokenEnd != end;
        }
    }

    private static final ULocale ENGLISH = ULocale.ENGLISH;

    private static final ThreadLocal<BreakIterator> BREAKS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ENGLISH));

    /** Plurals no suffix rule reaches, to their singular. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("children", "child"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("teeth", "tooth"), Map.entry("feet", "foot"), Map.entry("lice", "louse"),
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("oxen", "ox"));

    /** Compounds of man written solid (servicemen, spokesmen, chairmen, gunmen, countrymen, cameramen). */
    private static final List<String> MEN_COMPOUNDS = List.of("smen", "emen", "rmen", "nmen", "ymen", "amen");
    private static final int MEN_COMPOUND_MIN_LENGTH = 6;

    /**
     * What precedes -ves when it is the plural of -f or -fe (wolves, wives, leaves, loaves, scarves), and not of
     * -ve (saves, caves, drives).
     */
    private static final List<String> F_PLURAL_STEMS = List.of("l", "i", "ea", "oa", "ar");

    private EnglishWords() {
    }

    /** The plurals whose singular is not their own start with an ending changed (mice: mouse). */
    static Iterable<String> irregularPlurals() {
        return IRREGULAR.keySet();
    }

    static List<Word> of(String text) {
        BreakIterator breaks = breaks(text);
        List<Word> words = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(word(text, start, end));
            }
        }
        return words;
    }

    /** This thread's English word breaks, set to {@code text}. */
    static BreakIterator breaks(String text) {
        BreakIterator breaks = BREAKS.get();
        breaks.setText(text);
        return breaks;
    }

    /** The word of the token {@code text[start, end)}, a word by ICU's breaks. */
    static Word word(String text, int start, int end) {
        String written = text.substring(start, end);
        int possessive = possessiveLength(written);
        String bare = written.substring(0, written.length() - possessive);
        String folded = fold(bare);
        return new Word(start, end - possessive, end, folded, singular(folded), bare);
    }

    /** Length of a trailing 's (any apostrophe) or of a lone trailing apostrophe. */
    static int possessiveLength(String word) {
        int n = word.length();
        if (n > 2 && Folding.isApostrophe(word.charAt(n - 2)) && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
            return 2;
        }
        if (n > 1 && Folding.isApostrophe(word.charAt(n - 1))) {
            return 1;
        }
        return 0;
    }

    /** The matching key of a word without its possessive: folded and singular. */
    static String key(String word) {
        return singular(fold(word));
    }

    static String fold(String word) {
        return Folding.fold(word, ENGLISH);
    }

    /**
     * Every key a text word may match a glossary word by: its own key first, then the keys of the spellings the
     * suffix rules cannot choose between, in both numbers (buses: bus; crises: crisis; wives: wife; and hero,
     * bus, crisis, leaf: the keys of heroes, buses, crises, leaves), so a glossary written in either number
     * finds the text in either number. {@code folded} is the word folded, without its possessive.
     */
    static List<String> keys(String folded, String key) {
        List<String> keys = new ArrayList<>(2);
        keys.add(key);
        int n = folded.length();
        if (n < 3) {
            return keys;
        }
        char last = folded.charAt(n - 1);
        if (folded.endsWith("es") && n > 4) {
            add(keys, folded.substring(0, n - 2));                          // buses: bus, heroes: hero
            if (folded.endsWith("ses") && n > 5) {
                add(keys, folded.substring(0, n - 3) + "sis");              // crises: crisis, analyses: analysis
            }
            if (folded.endsWith("ves") && hasFPluralStem(folded)) {
                add(keys, folded.substring(0, n - 3) + "f");                // leaves: leaf
                add(keys, folded.substring(0, n - 3) + "fe");               // wives: wife
            }
        } else if (last == 'o' || last == 's') {
            add(keys, singular(folded + "es"));                             // hero: heroes, bus: buses
            if (folded.endsWith("is") && n > 4) {
                add(keys, singular(folded.substring(0, n - 2) + "es"));     // crisis: crises
            }
        } else if (last == 'f') {
            add(keys, singular(folded.substring(0, n - 1) + "ves"));        // leaf: leaves
        } else if (folded.endsWith("fe")) {
            add(keys, singular(folded.substring(0, n - 2) + "ves"));        // wife: wives
        }
        return keys;
    }

    private static void add(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    static String singular(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n >= MEN_COMPOUND_MIN_LENGTH && isMenCompound(w)) {
            return w.substring(0, n - 3) + "man";
        }
        if (n <= 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    // Loops, not streams: these run for every word of every paragraph.

    /** True when {@code folded} (ending in -ves) is the plural of an -f or -fe word (wolves, wives). */
    private static boolean hasFPluralStem(String folded) {
        int stemEnd = folded.length() - 3;
        for (String stem : F_PLURAL_STEMS) {
            if (folded.startsWith(stem, stemEnd - stem.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMenCompound(String w) {
        for (String ending : MEN_COMPOUNDS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** True when only white space and hyphens lie between two words of a term (Lee Min-bok, line breaks). */
    static boolean joinable(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Folding.isHyphen(c)) {
                return false;
            }
        }
        return true;
    }
}
