package org.triptych.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The paragraph each document was left at, remembered per document whatever the length of its path. */
class UiSettingsPlaceTest {

    @Test
    void eachDocumentRemembersItsOwnParagraphEvenWithAPathLongerThanAPreferenceKey() {
        UiSettings settings = UiSettings.inMemory();
        Path longPath = Path.of("workspace", "a-folder-name-that-goes-on".repeat(8), "translations", "article.csv");
        Path other = Path.of("workspace", "translations", "other.csv");

        settings.setLastParagraph(longPath, "p7");
        settings.setLastParagraph(other, "intro");

        assertThat(settings.lastParagraph(longPath)).isEqualTo("p7");
        assertThat(settings.lastParagraph(other)).isEqualTo("intro");
        assertThat(settings.lastParagraph(Path.of("workspace", "translations", "new.csv"))).isEmpty();
    }
}
