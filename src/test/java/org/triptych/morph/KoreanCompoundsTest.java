package org.triptych.morph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Korean renderings as parts of compound nouns written solid: found where the word is a compound of them, not
 * where they are only letters of an unrelated word. Each row: rendering, text, the text found ("" for none).
 */
class KoreanCompoundsTest {

    @ParameterizedTest(name = "{0} in \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            // first part of a compound noun
            "서울;서울시장은 회견을 열었다.;서울",
            "부산;부산시장이 말했다.;부산",
            "평양;평양발 보도에 따르면;평양",
            "북한;북한산 무기가 발견됐다.;북한",
            "러시아;러시아산 원유 수입;러시아",
            "모스크바;모스크바시장과 만났다.;모스크바",
            // last part: after a prefix or a noun
            "러시아;대러시아 제재가 강화됐다.;러시아",
            "러시아;대러시아와의 교역;러시아",
            "중국;친중국 성향;중국",
            // several words, the last the first part of a compound
            "북한 외무성;북한 외무성대변인이 밝혔다.;북한 외무성",
            // plain uses still work
            "러시아;러시아와 우크라이나;러시아",
            "서울;서울에서;서울",
            // letters inside an unrelated word are not the rendering
            "인도;인도네시아 정부는;",
            "시리아;고대 아시리아 제국;",
            "가나;아프가니스탄 정부;",
            "수원;상수원 보호구역;",
            "이란;이란성 쌍둥이와 이란;이란",
            "오만;그는 오만하게 굴었다.;",
            "서울;서울대학교;서울",
            "한국;대한국민 여러분;",
    })
    void aRenderingIsFoundAsAPartOfACompoundNounOnly(String rendering, String text, String expected) {
        TargetText target = TargetText.of(text, "ko");
        String found = Morphology.compile("ko", rendering, false).findAll(target).stream()
                .map(s -> text.substring(s.start(), s.end())).findFirst().orElse("");
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
