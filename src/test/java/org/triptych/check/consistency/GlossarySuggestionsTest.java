package org.triptych.check.consistency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Glossary candidates in small letters (psychological warfare, defectors): found in the English by frequency, each
 * with the rendering each target writes with it, by co-occurrence, only when that is clear. A small workspace in
 * both languages; each table row is a suggestion and what it renders to.
 */
class GlossarySuggestionsTest {

    /** English, Ukrainian, Korean. */
    private static final String[][] ROWS = {
            {"The regime waged psychological warfare against the south.",
                    "Режим вів психологічну війну проти півдня.", "정권은 남쪽을 상대로 심리전을 벌였다."},
            {"Leaflets are a tool of psychological warfare.",
                    "Листівки є знаряддям психологічної війни.", "전단은 심리전의 도구이다."},
            {"Experts say psychological warfare works slowly.",
                    "Експерти кажуть, що психологічна війна діє повільно.", "전문가들은 심리전이 천천히 효과를 낸다고 말한다."},
            {"Many defectors arrived in spring.", "Багато перебіжчиків прибули навесні.", "많은 탈북자가 봄에 도착했다."},
            {"Defectors spoke to reporters.", "Перебіжчики говорили з журналістами.", "탈북자는 기자들에게 말했다."},
            {"Two defectors stayed in the city.", "Двоє перебіжчиків залишилися в місті.", "탈북자 두 명이 도시에 남았다."},
            {"The border guards fired twice.", "Прикордонники двічі вистрілили.", "국경경비대는 두 번 발포했다."},
            {"Nobody saw the border guards.", "Вартових кордону ніхто не бачив.", "아무도 경비병을 보지 못했다."},
            {"The war in the south went on.", "Війна на півдні тривала.", "남쪽의 전쟁은 계속되었다."},
            {"The war ended in winter.", "Війна скінчилася взимку.", "전쟁은 겨울에 끝났다."},
            // an adverb in -ly, a past form in -ed and a pronoun the Snowball list lacks recur, but make no term
            {"As everyone knows, tanks were deployed potentially overnight.", "Як усім відомо, танки розгорнули, можливо, вночі.",
                    "모두가 알듯이 전차가 아마 밤사이에 배치되었다."},
            {"More tanks were deployed potentially at dawn, as everyone knows.",
                    "Ще танки розгорнули, можливо, на світанку, як усім відомо.", "모두가 알듯이 더 많은 전차가 아마 새벽에 배치되었다."},
    };

    private static Document workspace() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            Map<String, Translation> targets = new LinkedHashMap<>();
            targets.put("uk", new Translation(ROWS[i][1], Status.TRANSLATED));
            targets.put("ko", new Translation(ROWS[i][2], Status.TRANSLATED));
            paragraphs.add(new Paragraph("p" + (i + 1), ROWS[i][0], targets, "", Map.of(), i + 2));
        }
        return new Document(Path.of("translations", "a.csv"), List.of("id", "en", "uk", "ko"), List.of("uk", "ko"),
                paragraphs);
    }

    private static List<GlossarySuggestions.Suggestion> suggestions(List<Concept> glossary) {
        return GlossarySuggestions.of(List.of(workspace()), glossary);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a term of two words: the pair of target words that comes with it, in the nominative where written so
            "psychological warfare | 3 | психологічна війна | 심리전",
            // one word: its Ukrainian lemma in three forms, the Korean noun without its particles
            "defectors             | 3 | перебіжчики        | 탈북자",
            // rendered two ways, twice: nothing is clear, so the term is listed without a rendering
            "border guards         | 2 | -                  | -",
            // war recurs, and війна / 전쟁 come with it: one word of four letters is too short for a term alone
    })
    void aRecurringTermInSmallLettersIsSuggestedWithTheRenderingThatComesWithIt(String english, int occurrences,
                                                                              String uk, String ko) {
        GlossarySuggestions.Suggestion suggestion = suggestions(List.of()).stream()
                .filter(s -> s.english().equals(english)).findFirst().orElseThrow();
        assertThat(suggestion.occurrences()).isEqualTo(occurrences);
        assertThat(suggestion.renderings().get("uk")).isEqualTo(uk);
        assertThat(suggestion.renderings().get("ko")).isEqualTo(ko);
    }

    @Test
    void wordsOfALongerTermShortWordsAndFunctionWordsAreNoSuggestions() {
        assertThat(suggestions(List.of())).extracting(GlossarySuggestions.Suggestion::english)
                .containsExactly("defectors", "psychological warfare", "border guards");
    }

    @Test
    void aTermTheGlossaryHoldsIsNotSuggested() {
        Concept defector = new Concept(Map.of("en", List.of(new Term("en", "defector", true))), Map.of(), "", Map.of(), 0);
        assertThat(suggestions(List.of(defector))).extracting(GlossarySuggestions.Suggestion::english)
                .containsExactly("psychological warfare", "border guards");
    }

    @Test
    void aRenderingThatComesAsOftenElsewhereIsNotOffered() {
        // The two paragraphs about the war: війна is in both but also in the three about psychological warfare
        // (Dice 2·2/(2+5) < 0.6); 전쟁 is in those two only.
        Map<String, Map<String, String>> found = CooccurringRenderings.find(
                workspace().paragraphs(), Map.of("war", new java.util.LinkedHashSet<>(List.of(8, 9))), List.of("uk", "ko"));
        assertThat(found).isEqualTo(Map.of("war", Map.of("ko", "전쟁")));
    }
}
