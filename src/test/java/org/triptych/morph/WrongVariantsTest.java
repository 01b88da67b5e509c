package org.triptych.morph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong spellings must not pass for the right rendering, and when the glossary lists them as forbidden they are
 * found. Rows that are errors of syntax or style rather than of the term's spelling are skipped with the reason.
 */
class WrongVariantsTest {

    /** Errors a term check cannot see in the term itself: they need the surrounding sentence or are style. */
    private static final Map<String, String> NOT_TERM_SPELLING = Map.of(
            "볼로디미르 젤렌스키 대통령께서", "honorific particle and word order: style, the name itself is right",
            "президента Юн Сок Йоль", "case government after a noun: the name is a valid nominative",
            "з Лі Мін Бок", "case government after a preposition: the name is a valid nominative",
            "на Україні", "choice of preposition: Україні is a valid form of Україна",
            "Північна Корея заявив", "verb agreement: the term itself is right",
            "МЗС КНДР заявив", "verb agreement: the term itself is right",
            "росія", "capitalisation: matching is case-insensitive by design");

    @Test
    void sharedWrongVariantsAreNotTakenForTheCorrectRenderingAndAreFoundWhenForbidden() throws IOException {
        List<String> failures = new ArrayList<>();
        for (List<String> row : SharedReference.csv(SharedReference.require("wrong_variants.csv"))) {
            String lang = row.get(0);
            String wrong = row.get(1);
            String correct = row.get(2);
            String reason = NOT_TERM_SPELLING.get(wrong);
            if (reason != null) {
                System.out.println("skipped " + lang + " " + wrong + ": " + reason);
                continue;
            }
            TargetText text = TargetText.of(sentence(lang, wrong), lang);
            if (Morphology.compile(lang, correct, false).occursIn(text)) {
                failures.add(lang + ": " + wrong + " passed for " + correct);
            }
            if (!Morphology.compile(lang, wrong, true).occursIn(text)) {
                failures.add(lang + ": forbidden " + wrong + " not found in " + text.text());
            }
        }
        assertThat(failures).isEmpty();
    }

    static String sentence(String lang, String words) {
        return lang.equals("ko") ? "오늘 " + words + " 발표했다." : "Сьогодні " + words + ", як відомо.";
    }
}
