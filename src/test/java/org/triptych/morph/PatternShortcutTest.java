package org.triptych.morph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns tell a text that cannot hold a rendering without the dictionary ({@link UkrainianPattern} by the
 * first letters of its words, {@link KoreanPattern} by a search of the text's letters): the shortcut must never
 * refuse a text the full match accepts.
 */
class PatternShortcutTest {

    private static boolean occurs(String lang, String rendering, String text) {
        return Morphology.compile(lang, rendering, Morphology.Kind.RENDERING).occursIn(TargetText.of(text, lang));
    }

    @Test
    void aShortUkrainianWordWhoseEndingChangesItsFirstLetterIsStillFound() {
        // An unknown name of two letters declines by endings that may replace its first letter (Ий: Ому, Ха: Сі).
        assertThat(UkrainianEndings.forms("ий", false)).contains("ому");
        assertThat(occurs("uk", "Ий", "Дякуємо Ому за допомогу.")).isTrue();
        assertThat(UkrainianEndings.forms("ха", false)).contains("сі");
        assertThat(occurs("uk", "Ха", "Дякуємо Сі за допомогу.")).isTrue();
    }

    @Test
    void ukrainianFormsOfOneLemmaAreFoundAndATextWithoutTheFirstLettersIsNot() {
        assertThat(occurs("uk", "Курська область", "Бої тривають у Курській області.")).isTrue();
        assertThat(occurs("uk", "Курська область", "Бої тривають на сході.")).isFalse();
    }

    @Test
    void koreanRenderingsAreFoundWithParticlesAndInCompoundsAndNotInATextWithoutTheirLetters() {
        assertThat(occurs("ko", "러시아", "대러시아 제재가 강화됐다.")).isTrue();
        assertThat(occurs("ko", "북한군", "북한군은 전선에 배치됐다.")).isTrue();
        assertThat(occurs("ko", "쿠르스크 주", "쿠르스크 주에서 전투가 이어졌다.")).isTrue();
        assertThat(occurs("ko", "쿠르스크 주", "전투가 이어졌다.")).isFalse();
    }
}
