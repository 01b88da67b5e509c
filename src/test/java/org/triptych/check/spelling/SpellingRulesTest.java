package org.triptych.check.spelling;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.AcceptedWords;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpellingRulesTest {

    private static final Path DOCUMENT = Path.of("translations", "article.csv").toAbsolutePath();

    /** A glossary with a name the dictionaries do not know, in both targets. */
    private static final Concept AHN = new Concept(Map.of("en", List.of(new Term("en", "Ahn Chang-il", true)),
            "uk", List.of(new Term("uk", "Ан Чхан Іль", true)), "ko", List.of(new Term("ko", "안찬일", true))),
            Map.of(), "", Map.of(), 0);

    private static final AcceptedWords ACCEPTED = AcceptedWords.of(Set.of("Сибіга", "кімчхі"),
            Map.of(DOCUMENT, Set.of("Тхе", "평창군수")));

    /** The findings of rule {@code id} alone (switched on) as "found" or "found→fix", joined by "; ". */
    private static String check(String id, String lang, String english, String target) {
        Terminology terminology = Terminology.of(List.of(AHN));
        Rule rule = new SpellingRules().rules(terminology).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
        Paragraph paragraph = new Paragraph("p1", english, Map.of(lang, new Translation(target, Status.TRANSLATED)),
                "", Map.of(), 2);
        CheckEngine engine = new CheckEngine(terminology, List.of(rule), List.of(),
                on(id), ACCEPTED);
        List<Finding> findings = engine.check(DOCUMENT, paragraph, lang);
        return findings.stream().map(f -> f.found() + (f.hasFix() ? "→" + f.applyFix(target) : ""))
                .collect(Collectors.joining("; "));
    }

    private static CheckSettings on(String id) {
        try {
            return CheckSettings.parse(Path.of("triptych.properties"), "rule." + id + ".enabled=true\n");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Zelensky said.                 | Зелескийй заявив.                           | Зелескийй
            He lives in Ukraine.           | Він живе в Укрїні.                          | Укрїні
            An obvious mistake.            | Очевидна помилкка.                          | помилкка
            He must go.                    | Він обов’язкого має йти.                    | обов’язкого
            Zelensky said.                 | Зеленський заявив.                          |
            The president spoke in Kyiv.   | Президент виступив у Києві.                 |
            He must go.                    | Він обов’язково має йти.                    |
            He must go.                    | Він обовʼязково має йти.                    |
            NATO and the EU.               | NATO та ЄС.                                 |
            GDP grew.                      | ВВП зріс на 12 відсотків у 2024 році.       |
            A chatbot.                     | Чат-бот відповів.                           |
            North-eastern wind.            | Північно-східний вітер.                     |
            With Ahn Chang-il.             | З Ан Чхан Ілем.                             |
            Ahn Chang-il's book.           | Книжка Ан Чхан Іля.                         |
            Sybiha said.                   | Сибіга заявив.                              |
            Sybiha said.                   | сибіга заявив.                              | сибіга
            Kimchi.                        | Кімчхі смачне.                              |
            Tae said.                      | Тхе сказав.                                 |
            """)
    void ukrainianSpelling(String english, String target, String expected) {
        assertThat(check(UkrainianSpellingRule.ID, "uk", english, target)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void ukrainianWordsIgnoredInOneDocumentAreFlaggedInAnother() {
        AcceptedWords words = AcceptedWords.of(Set.of(), Map.of(DOCUMENT, Set.of("Тхе")));
        assertThat(words.accepts(DOCUMENT, "Тхе")).isTrue();
        assertThat(words.accepts(DOCUMENT.resolveSibling("other.csv"), "Тхе")).isFalse();
        assertThat(words.accepts(DOCUMENT, "тхе")).as("an entry with capitals accepts only its case").isFalse();
    }

    @Test
    void ukrainianSuggestionsComeFromTheDictionary() {
        assertThat(SpellingRules.suggestions("uk", "помилкка", 5)).contains("помилка");
        assertThat(SpellingRules.suggestions("uk", "Укрїні", 5)).contains("Україні");
        assertThat(SpellingRules.suggestions("fr", "bonjur", 5)).isEmpty();
    }

    private static void assumeKoreanDictionary() {
        String problem = KoreanSpeller.problem();
        if (problem != null) {
            System.out.println("SpellingRulesTest: Korean cases skipped: " + problem);
        }
        Assumptions.assumeTrue(problem == null, "no Korean dictionary: " + problem);
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The president spoke.           | 대통렁이 말했다.                               | 대통렁이
            He said that.                  | 그는 말햇다.                                  | 말햇다
            The president spoke.           | 대통령이 말했다.                               |
            Ahn Chang-il said.             | 안찬일은 말했다.                               |
            In 2024.                       | 2024년에 G7에서 만났다.                        |
            The governor.                  | 평창군수가 말했다.                              |
            """)
    void koreanSpelling(String english, String target, String expected) {
        assumeKoreanDictionary();
        assertThat(check(KoreanSpellingRule.ID, "ko", english, target)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Korea is big.                  | 한국 은 크다.                                 | ` 은→한국은 크다.`
            They met in Seoul.             | 그들은 서울 에서 만났다.                          | ` 에서→그들은 서울에서 만났다.`
            Korea is big.                  | 한국은 크다.                                  |
            He solved this problem.        | 그는 이 문제를 풀었다.                            |
            He and I.                      | 그와 나.                                     |
            """)
    void koreanSpacing(String english, String target, String expected) {
        assumeKoreanDictionary();
        assertThat(check(KoreanSpacingRule.ID, "ko", english, target)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aMissingKoreanDictionarySaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> KoreanSpeller.locate(List.of(empty.toString())))
                .isInstanceOf(DictionaryUnavailableException.class)
                .hasMessageContaining("ko_KR.aff").hasMessageContaining(empty.toString())
                .hasMessageContaining("install the hunspell-ko package");
    }

    @Test
    void aBadKoreanDictionaryIsNamedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path aff = dir.resolve("ko_KR.aff");
        Files.writeString(aff, "SET UTF-8\nSFX A Y 1\nSFX A 0\n");
        Files.writeString(dir.resolve("ko_KR.dic"), "not a count\n");
        assertThatThrownBy(() -> KoreanSpeller.read(aff)).isInstanceOf(DictionaryUnavailableException.class)
                .hasMessageStartingWith("the Korean spelling dictionary " + aff + " cannot be read: ");
    }

    @Test
    void aBadUkrainianDictionaryIsNamed(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("uk_UA.dict");
        Files.writeString(dict, "not an automaton");
        Files.writeString(dir.resolve("uk_UA.info"), "fsa.dict.separator=+\nfsa.dict.encoding=utf-8\nfsa.dict.encoder=SUFFIX\n");
        assertThatThrownBy(() -> UkrainianSpeller.read(dict.toUri().toURL()))
                .isInstanceOf(DictionaryUnavailableException.class)
                .hasMessageStartingWith("the Ukrainian spelling dictionary ").hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> UkrainianSpeller.read(null)).isInstanceOf(DictionaryUnavailableException.class)
                .hasMessageContaining("not on the class path");
    }

    @Test
    void anEnginePreparedForTheWorkspaceRulesKeepsTheAcceptedWords() {
        CheckEngine engine = CheckEngine.standard(Terminology.empty(), CheckSettings.defaults()).withAcceptedWords(ACCEPTED);
        assertThat(engine.prepare(List.of()).acceptedWords()).isSameAs(ACCEPTED);
    }

    @Test
    void theKoreanRulesAreOffByDefaultAndUkrainianOn() {
        List<Rule> rules = new SpellingRules().rules(Terminology.empty());
        assertThat(rules).extracting(Rule::id).containsExactly("spelling.uk", "spelling.ko", "spelling.ko-spacing");
        assertThat(rules).extracting(Rule::enabledByDefault).containsExactly(true, false, false);
        assertThat(CheckEngine.standard(Terminology.empty(), CheckSettings.defaults()).rules()).extracting(Rule::id)
                .contains("spelling.uk", "spelling.ko", "spelling.ko-spacing");
    }
}
