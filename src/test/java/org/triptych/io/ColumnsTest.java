package org.triptych.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ko", "uk", "en", "en-GB", "zh-Hant-TW", "sr-Latn", "es-419", "yue"})
    void languageTagsAreRecognised(String name) {
        assertThat(Columns.isLanguageTag(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "note", "ko_status", "uk_forbidden", "foo", "EN", "", "x", "source", "ko-"})
    void otherColumnNamesAreNotLanguageTags(String name) {
        assertThat(Columns.isLanguageTag(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "zh-Hant-TW"})
    void companionColumnsAreNamedAfterTheTag(String tag) {
        assertThat(Columns.statusColumn(tag)).isEqualTo(tag + "_status");
        assertThat(Columns.forbiddenColumn(tag)).isEqualTo(tag + "_forbidden");
    }
}
