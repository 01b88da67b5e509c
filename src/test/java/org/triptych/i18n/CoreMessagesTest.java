package org.triptych.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class CoreMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CoreMessages.class.getResourceAsStream("core" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void koreanAndUkrainianHaveEveryKeyOfTheEnglishAndTranslateIt() throws IOException {
        Properties english = bundle("");
        for (String suffix : List.of("_ko", "_uk")) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(suffix + " " + key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void aFindingMessageIsRenderedInTheLanguageAskedForWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            assertThat(CoreMessages.english().format("finding.missing-term", "Київ")).isEqualTo("expected Київ");
            assertThat(CoreMessages.of(Locale.forLanguageTag("uk")).format("finding.forbidden-variant", "Киеве", "Київ"))
                    .isEqualTo("заборонене написання «Киеве», очікується «Київ»");
            assertThat(CoreMessages.of(Locale.KOREAN).format("severity.error")).isEqualTo("오류");
            assertThat(CoreMessages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyTheBundleDoesNotHaveIsItsOwnPattern() {
        assertThat(CoreMessages.of(Locale.KOREAN).format("two spaces after \u201c{0}\u201d", "говорив"))
                .isEqualTo("two spaces after \u201cговорив\u201d");
    }
}
