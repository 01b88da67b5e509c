package org.triptych.ui.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

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

    @Test
    void koreanAndUkrainianFilesTranslateEveryKeyWithAValidIcuPattern() throws IOException {
        Properties base = load("messages.properties");
        for (String tag : new String[] {"ko", "uk"}) {
            Properties translated = load("messages_" + tag + ".properties");
            assertThat(translated.stringPropertyNames()).as(tag).isEqualTo(base.stringPropertyNames());
            for (String key : translated.stringPropertyNames()) {
                if (!key.startsWith("FileChooser.")) { // Swing formats those itself, with java.text
                    new MessageFormat(translated.getProperty(key), ULocale.forLanguageTag(tag)); // throws on a broken pattern
                }
            }
        }
    }

    @Test
    void glossaryEditorTextsFollowTheLanguageAskedForNotTheDesktops() {
        assertThat(Messages.of(Locale.ENGLISH).format("glossary.column.forbidden", "Українська")).isEqualTo("Українська: forbidden");
        assertThat(Messages.of(Locale.forLanguageTag("uk")).get("glossary.filter")).isEqualTo("Фільтр:");
        assertThat(Messages.of(Locale.KOREAN).get("glossary.filter")).isEqualTo("필터:");
        assertThat(Messages.of(Locale.forLanguageTag("uk")).format("glossary.line", 1234)).isEqualTo("рядок 1234");
    }

    @Test
    void languagesAreNamedInTheirOwnLanguageAsHeadings() {
        assertThat(Messages.nativeName("en")).isEqualTo("English");
        assertThat(Messages.nativeName("ko")).isEqualTo("한국어");
        assertThat(Messages.nativeName("uk")).isEqualTo("Українська");
        assertThat(Messages.nativeName("qx")).isEqualTo("qx");
    }

    @Test
    void textsByPrefixComeFromTheChosenLanguage() {
        assertThat(Messages.of(Locale.forLanguageTag("uk")).withPrefix("FileChooser."))
                .containsEntry("FileChooser.openButton.textAndMnemonic", "Відкрити")
                .doesNotContainKey("glossary.filter");
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
