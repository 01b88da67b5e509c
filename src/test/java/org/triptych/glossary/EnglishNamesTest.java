package org.triptych.glossary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in English text: a capital that opens a sentence, or a quotation, says nothing of a name. */
class EnglishNamesTest {

    @Test
    void aQuotationOpensItsOwnSentence() {
        String english = "Officials said, \"Our troops will stay,\" and \u201CWe will not leave\u201D was repeated.";
        assertThat(EnglishNames.find(english, word -> false, word -> false)).extracting(EnglishNames.Name::key)
                .as("Our and We open quotations").isEmpty();
        assertThat(EnglishNames.scan(english).named()).doesNotContain("our", "we");
    }

    @Test
    void aNameAfterAClosingQuoteIsStillInsideTheSentence() {
        String english = "\"We will fight on,\" Zelensky said, and Yoon Suk Yeol agreed.";
        assertThat(EnglishNames.scan(english).named()).contains("zelensky", "yoon", "suk", "yeol");
        assertThat(EnglishNames.find(english, word -> false, word -> false)).extracting(EnglishNames.Name::key)
                .containsExactly("zelensky", "yoonsukyeol");
    }
}
