package org.triptych.morph;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * The one normalisation every matcher applies to both glossary and text: NFC, lower case by ICU with the
 * language's locale, and the apostrophes ' ’ ʼ (and the look-alikes ‘ `) made one. Stored text is never changed;
 * only the copies used for comparison are folded.
 */
public final class Folding {

    /** The apostrophe every variant folds to. */
    public static final char APOSTROPHE = '\'';

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Folding() {
    }

    /** True for the characters Ukrainian and English text use as an apostrophe. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`';
    }

    /** True for hyphens that join parts of a word or name. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** NFC, locale lower case, one apostrophe. */
    public static String fold(String text, ULocale locale) {
        String nfc = NFC.isNormalized(text) ? text : NFC.normalize(text);
        String lower = needsFullCaseMapping(nfc, locale) ? UCharacter.toLowerCase(locale, nfc) : simpleLowerCase(nfc);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != APOSTROPHE && isApostrophe(c)) {
                if (out == null) {
                    out = new StringBuilder(lower);
                }
                out.setCharAt(i, APOSTROPHE);
            }
        }
        return out == null ? lower : out.toString();
    }

    /**
     * ICU's full, locale-aware lower-casing differs from the per-character mapping only for Turkish, Azeri and
     * Lithuanian, for capital dotted I and for Greek capital sigma; everything else takes the fast path, which
     * matters when a whole book is checked.
     */
    private static boolean needsFullCaseMapping(String text, ULocale locale) {
        String language = locale.getLanguage();
        if (language.equals("tr") || language.equals("az") || language.equals("lt")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String simpleLowerCase(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = lower;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** True when every letter of {@code word} is upper case and it has at least two letters (an acronym). */
    public static boolean isAllCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** True when the word starts with a capital letter (a proper name or a sentence start). */
    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
