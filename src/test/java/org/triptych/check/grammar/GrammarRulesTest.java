package org.triptych.check.grammar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Terminology;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The LanguageTool rules offered, each alone and switched on, on sentences a translator from English writes. */
class GrammarRulesTest {

    private static String check(String id, String lang, String target) throws Exception {
        Paragraph paragraph = new Paragraph("p1", "English.", Map.of(lang, new Translation(target, Status.TRANSLATED)),
                "", Map.of(), 2);
        CheckEngine engine = new CheckEngine(Terminology.empty(),
                GrammarRule.rules().stream().filter(r -> r.id().equals(id)).toList(), List.of(),
                CheckSettings.parse(Path.of("triptych.properties"), "rule." + id + ".enabled=true\n"));
        return engine.check(Path.of("translations", "x.csv"), paragraph, lang).stream()
                .map(f -> f.found() + (f.hasFix() ? "→" + f.fix() : "")).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            grammar.uk.na-ukraini          | Він живе на Україні.                               | на→в
            grammar.uk.na-ukraini          | Він живе в Україні.                                |
            grammar.uk.preposition-case    | Делегація поїхала до Сеул.                         | Сеул→Сеула
            grammar.uk.preposition-case    | Делегація поїхала до Сеула.                        |
            grammar.uk.adjective-agreement | Я бачив гарна будинок.                             | гарна будинок→гарний будинок
            grammar.uk.adjective-agreement | Я бачив гарний будинок.                            |
            grammar.uk.numeral-agreement   | Вони мають два будинків.                           | два будинків→два будинки
            grammar.uk.numeral-agreement   | Вони мають два будинки.                            |
            grammar.uk.na-ukraini          | 그는 우크라이나에 산다.                                  |
            """)
    void ukrainianGrammar(String id, String target, String expected) throws Exception {
        String lang = target.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) ? "ko" : "uk";
        assertThat(check(id, lang, target)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void everyGrammarRuleIsOffByDefaultAndListed() {
        List<Rule> standard = CheckEngine.standard(Terminology.empty(), CheckSettings.defaults()).rules();
        assertThat(standard).filteredOn(r -> r.id().startsWith("grammar.uk.")).extracting(Rule::id)
                .containsExactly("grammar.uk.na-ukraini", "grammar.uk.preposition-case", "grammar.uk.adjective-agreement",
                        "grammar.uk.numeral-agreement", "grammar.uk.calques");
        assertThat(standard).filteredOn(r -> r.id().startsWith("grammar.uk.")).noneMatch(Rule::enabledByDefault);
    }
}
