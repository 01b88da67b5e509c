package org.triptych.morph;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.BitSet;

/**
 * The one normalisation every matcher applies to both glossary and text: NFC, lower case by ICU with the
 * language's locale, and the apostrophes ' ’ ʼ (and the look-alikes ‘ `) made one. Stored text is never changed;
 * only the copies used for comparison are folded.
 */
public final class Folding {

    /** The apostrophe every variant folds to. */
    public static final char APOSTROPHE = '\'';

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Characters below this are plain when {@link #PLAIN} says so; Hangul syllables and CJK ideographs are too. */
    private static final int PLAIN_LIMIT = 0x3000;

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
        return fold(text, 0, text.length(), locale);
    }

    /** {@link #fold(String, ULocale)} of {@code text.substring(from, to)}, without that copy when folding changes it. */
    public static String fold(String text, int from, int to, ULocale locale) {
        if (!hasSpecialCasing(locale)) {
            String folded = foldPlain(text, from, to);
            if (folded != null) {
                return folded;
            }
        }
        return foldFully(text.substring(from, to), locale);
    }

    /**
     * The fold of text whose every character is {@linkplain #PLAIN plain} (already NFC whatever its neighbours, with
     * a one-to-one lower case), in one pass and at most one copy; null when some character is not. This is nearly
     * every word of English, Ukrainian and Korean, and it keeps the hot path small and free of ICU calls.
     */
    private static String foldPlain(String text, int from, int to) {
        char[] folded = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char f;
            if (c < 0x80) {
                f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? APOSTROPHE : c;
            } else if (isPlain(c)) {
                f = Character.toLowerCase(c);
                if (isApostrophe(f)) {
                    f = APOSTROPHE;
                }
            } else {
                return null;
            }
            if (f != c && folded == null) {
                folded = new char[to - from];
                text.getChars(from, i, folded, 0);
            }
            if (folded != null) {
                folded[i - from] = f;
            }
        }
        return folded != null ? new String(folded) : from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    /**
     * Non-ASCII characters below {@link #PLAIN_LIMIT} that NFC leaves alone whatever surrounds them (a normalisation
     * boundary before each, and unchanged alone: nothing composes with them or reorders them) and whose lower case is the
     * per-character mapping (not capital dotted I or capital sigma).
     */
    private static final BitSet PLAIN = plainCharacters();

    private static BitSet plainCharacters() {
        BitSet plain = new BitSet(PLAIN_LIMIT);
        for (int c = 0x80; c < PLAIN_LIMIT; c++) {
            if (NFC.hasBoundaryBefore(c) && NFC.isNormalized(String.valueOf((char) c)) && c != '\u0130' && c != '\u03A3'
                    && !Character.isSurrogate((char) c)) {
                plain.set(c);
            }
        }
        return plain;
    }

    private static boolean isPlain(char c) {
        return c < PLAIN_LIMIT ? PLAIN.get(c) : (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x4E00 && c <= 0x9FFF);
    }

    /** True for Turkish, Azeri and Lithuanian, whose lower case ICU maps by context and language. */
    private static boolean hasSpecialCasing(ULocale locale) {
        String language = locale.getLanguage();
        return language.equals("tr") || language.equals("az") || language.equals("lt");
    }

    private static String foldFully(String text, ULocale locale) {
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
        if (hasSpecialCasing(locale)) {
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
