package org.triptych.text;

import org.junit.jupiter.api.Test;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextSearchTest {

    private static final List<Paragraph> PARAGRAPHS = List.of(
            new Paragraph("p1", "Kyiv and Seoul", Map.of("uk", new Translation("Київ і Сеул", Status.NONE)), "", Map.of(), 0),
            new Paragraph("p2", "Seoul again", Map.of("uk", new Translation("знову Сеул, Сеулом", Status.NONE)), "", Map.of(), 0));

    @Test
    void findsInRowThenLanguageOrderAndWrapsAround() {
        TextSearch search = TextSearch.of("сеул", false, false);
        assertThat(search.next(PARAGRAPHS, List.of("en", "uk"), 0, "en", 0))
                .contains(new TextSearch.Match(0, "uk", 7, 11));
        assertThat(search.next(PARAGRAPHS, List.of("uk"), 1, "uk", 12))
                .contains(new TextSearch.Match(1, "uk", 12, 16));
        assertThat(search.next(PARAGRAPHS, List.of("uk"), 1, "uk", 16))
                .contains(new TextSearch.Match(0, "uk", 7, 11));
    }

    @Test
    void matchCaseAndRegularExpressionsWithGroups() {
        assertThat(TextSearch.of("сеул", false, true).next(PARAGRAPHS, List.of("uk"), 0, "uk", 0)).isEmpty();
        TextSearch regex = TextSearch.of("Сеул(ом)?", true, true);
        assertThat(regex.replaceAll("знову Сеул, Сеулом", "[$0]")).isEqualTo("знову [Сеул], [Сеулом]");
        assertThat(regex.replaceAt("знову Сеул, Сеулом", 12, "Пусан$1")).isEqualTo("знову Сеул, Пусаном");
        assertThat(TextSearch.of("a.b", false, true).replaceAll("a.b axb", "$")).isEqualTo("$ axb");
        assertThatThrownBy(() -> TextSearch.of("(", true, true)).isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }
}
