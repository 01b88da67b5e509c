package org.triptych.morph;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    /** The fold as specified, character by character in no fast path: NFC, lower case, one apostrophe. */
    private static String reference(String text, ULocale locale) {
        String nfc = Normalizer2.getNFCInstance().normalize(text);
        String language = locale.getLanguage();
        boolean full = language.equals("tr") || language.equals("az") || language.equals("lt")
                || nfc.chars().anyMatch(c -> c == '\u0130' || c == '\u03A3' || Character.isSurrogate((char) c));
        String lower;
        if (full) {
            lower = UCharacter.toLowerCase(locale, nfc);
        } else {
            StringBuilder s = new StringBuilder();
            nfc.chars().forEach(c -> s.append(Character.toLowerCase((char) c)));
            lower = s.toString();
        }
        StringBuilder out = new StringBuilder();
        lower.chars().forEach(c -> out.append(Folding.isApostrophe((char) c) ? Folding.APOSTROPHE : (char) c));
        return out.toString();
    }

    @Test
    void everyCharacterAloneAndBesideOthersFoldsAsSpecified() {
        List<String> mismatches = new ArrayList<>();
        // Neighbours that compose, reorder or change case by context: a combining acute and breve, a Hangul
        // trailing consonant, a capital dotted I, a final sigma's capital, and plain letters.
        String[] neighbours = {"", "\u0301", "\u0306", "\u11A8", "\u0130", "\u03A3", "A", "й", "가"};
        for (ULocale locale : List.of(ULocale.ENGLISH, new ULocale("uk"), new ULocale("tr"))) {
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                for (String after : neighbours) {
                    String text = (char) c + after;
                    if (!Folding.fold(text, locale).equals(reference(text, locale))) {
                        mismatches.add(locale + " U+" + Integer.toHexString(c) + " " + after);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aRangeFoldsLikeItsSubstringAndUnchangedTextIsNotCopied() {
        String text = "У Києві, Kyiv’s ЦЕНТР; 북한군은 ";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(Folding.fold(text, from, to, ULocale.ENGLISH))
                        .isEqualTo(Folding.fold(text.substring(from, to), ULocale.ENGLISH));
            }
        }
        String folded = "київ";
        assertThat(Folding.fold(folded, new ULocale("uk"))).isSameAs(folded);
        assertThat(Folding.fold("I", new ULocale("tr"))).isEqualTo("ı");
        assertThat(Folding.fold("Kyiv`s", ULocale.ENGLISH)).isEqualTo("kyiv's");
    }
}
