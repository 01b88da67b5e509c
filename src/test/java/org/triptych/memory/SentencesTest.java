package org.triptych.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void englishAbbreviationsDoNotEndASentence() {
        assertThat(Sentences.texts("Mr. Lee met U.S. officials at No. 5 Downing Street. They talked for an hour.", "en"))
                .containsExactly("Mr. Lee met U.S. officials at No. 5 Downing Street.", "They talked for an hour.");
    }

    @Test
    void koreanSentencesSplitAndKeepQuotedEnglishAbbreviations() {
        assertThat(Sentences.texts("Mr. Lee는 U.S. 관리들을 만났다. 그들은 한 시간 동안 이야기했다. 회의는 끝났다.", "ko"))
                .containsExactly("Mr. Lee는 U.S. 관리들을 만났다.", "그들은 한 시간 동안 이야기했다.", "회의는 끝났다.");
    }

    @Test
    void ukrainianAbbreviationsDoNotEndASentence() {
        assertThat(Sentences.texts("У 2022 р. Росія напала на Україну. Зустріч відбулася на вул. Хрещатик у м. Київ. Mr. Lee прибув.", "uk"))
                .containsExactly("У 2022 р. Росія напала на Україну.", "Зустріч відбулася на вул. Хрещатик у м. Київ.",
                        "Mr. Lee прибув.");
    }

    @Test
    void spansPointIntoTheParagraph() {
        String text = "  One.  Two?  ";
        assertThat(Sentences.split(text, "en")).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("One.", "Two?");
        assertThat(Sentences.split(" ", "en")).isEmpty();
    }
}
