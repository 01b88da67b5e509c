package org.triptych.ui.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void ukrainianCountsFollowIcuPluralRules() {
        Messages uk = Messages.of(Locale.forLanguageTag("uk-UA"));
        assertThat(uk.format("status.source", 1, 1)).isEqualTo("Англійська: 1 абзац, 1 слово");
        assertThat(uk.format("status.source", 2, 3)).isEqualTo("Англійська: 2 абзаци, 3 слова");
        assertThat(uk.format("status.source", 5, 11)).isEqualTo("Англійська: 5 абзаців, 11 слів");
        assertThat(uk.format("status.source", 21, 22)).isEqualTo("Англійська: 21 абзац, 22 слова");
    }

    @Test
    void englishAndKoreanCountsAndUnknownLanguagesFallBackToEnglish() {
        assertThat(Messages.of(Locale.ENGLISH).format("status.source", 1, 2)).isEqualTo("English: 1 paragraph, 2 words");
        assertThat(Messages.of(Locale.KOREAN).format("status.source", 5, 1200)).isEqualTo("영어: 단락 5개, 단어 1,200개");
        assertThat(Messages.of(Locale.GERMAN).get("menu.file")).isEqualTo("File");
    }

    @Test
    void everyLanguageHasEveryKey() {
        java.util.ResourceBundle base = java.util.ResourceBundle.getBundle("org.triptych.ui.i18n.messages", Locale.ROOT);
        for (Locale locale : Messages.LANGUAGES) {
            Messages m = Messages.of(locale);
            for (String key : base.keySet()) {
                assertThat(m.get(key)).as(locale + " " + key).isNotEqualTo(key);
            }
        }
    }
}
