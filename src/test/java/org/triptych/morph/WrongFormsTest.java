package org.triptych.morph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms that look close to a rendering but are wrong: they must not pass, whatever ../shared holds. */
class WrongFormsTest {

    private static boolean passes(String lang, String rendering, String text) {
        return Morphology.compile(lang, rendering, false).occursIn(TargetText.of(text, lang));
    }

    @Test
    void koreanParticlesMustFitTheFinalSoundOfTheNoun() {
        assertThat(passes("ko", "푸틴", "푸틴는 말했다")).isFalse();
        assertThat(passes("ko", "푸틴", "푸틴를 만났다")).isFalse();
        assertThat(passes("ko", "젤렌스키", "젤렌스키은")).isFalse();
        assertThat(passes("ko", "젤렌스키", "젤렌스키이")).isFalse();
        assertThat(passes("ko", "윤석열", "윤석열으로")).isFalse();
        assertThat(passes("ko", "평양", "평양로")).isFalse();
        assertThat(passes("ko", "북한", "북한와")).isFalse();
        assertThat(passes("ko", "인도", "인도네시아로")).isFalse();
        assertThat(passes("ko", "휴전", "휴전로")).isFalse();
        assertThat(passes("ko", "크렘린궁", "크렘린 궁")).isFalse();
    }

    @Test
    void ukrainianFormsOutsideTheDeclensionDoNotPass() {
        assertThat(passes("uk", "Путін", "з Путіном")).isFalse();
        assertThat(passes("uk", "Кремль", "за Кремльом")).isFalse();
        assertThat(passes("uk", "Юн Сок Йоль", "з Юн Сок Йольом")).isFalse();
        assertThat(passes("uk", "Ан Чхан Іль", "з Ан Чхан Ілом")).isFalse();
        assertThat(passes("uk", "Лі Мін Бок", "Лі Мін-бок")).isFalse();
        assertThat(passes("uk", "Лі Мін Бок", "Лі Мінбок")).isFalse();
        assertThat(passes("uk", "Корейський півострів", "Корейська півострів")).isFalse();
        assertThat(passes("uk", "Зеленський", "Зеленьський")).isFalse();
        assertThat(passes("uk", "Курська область", "Курська, область")).isFalse();
    }

    @Test
    void ukrainianMatchingIgnoresCaseApostropheKindsAndLineBreaks() {
        assertThat(passes("uk", "Міністерство об’єднання", "МІНІСТЕРСТВОМ ОБ'ЄДНАННЯ")).isTrue();
        assertThat(passes("uk", "ув'язнені", "увʼязнених")).isTrue();
        assertThat(passes("uk", "Курська область", "у Курській\n  області")).isTrue();
    }

    @Test
    void unknownForeignNamesDeclineByNounEndingsOnTheirLastWord() {
        assertThat(passes("uk", "Кім Чен Ин", "відповів Кім Чен Ину")).isTrue();
        assertThat(passes("uk", "Мун Чже Ін", "з Мун Чже Іном")).isTrue();
        assertThat(passes("uk", "Ан", "з Аном")).isTrue();
    }
}
