package org.triptych.ui.glossary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void languagesAreNamedInTheirOwnLanguageAsHeadings() {
        assertThat(Texts.languageName("en")).isEqualTo("English");
        assertThat(Texts.languageName("ko")).isEqualTo("한국어");
        assertThat(Texts.languageName("uk")).isEqualTo("Українська");
    }

    @Test
    void koreanAndUkrainianTextsHaveEveryKeyWithAValidPattern() throws IOException {
        Properties base = load("messages.properties");
        for (String suffix : new String[] {"ko", "uk"}) {
            Properties translated = load("messages_" + suffix + ".properties");
            assertThat(translated.stringPropertyNames()).as(suffix).isEqualTo(base.stringPropertyNames());
            for (String key : translated.stringPropertyNames()) {
                new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(suffix)); // throws on a broken pattern
            }
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
