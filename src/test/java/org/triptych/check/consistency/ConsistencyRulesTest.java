package org.triptych.check.consistency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consistency across paragraphs and documents: names outside the glossary rendered two ways, and the same English
 * translated differently. Each table row is a set of paragraphs (English => target, separated by " || ") in one
 * language and what the check says.
 */
class ConsistencyRulesTest {

    private static Document document(String name, String lang, String rows) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        for (String row : rows.split(" \\|\\| ")) {
            String[] cells = row.split(" => ");
            i++;
            paragraphs.add(new Paragraph("p" + i, cells[0], Map.of(lang, new Translation(cells[1], Status.TRANSLATED)),
                    "", Map.of(), i + 1));
        }
        return new Document(Path.of("translations", name + ".csv"), List.of("id", "en", lang), List.of(lang), paragraphs);
    }

    private static List<Finding> check(List<Concept> glossary, String rule, Document... documents) {
        CheckEngine engine = CheckEngine.standard(Terminology.of(glossary), CheckSettings.defaults()).prepare(List.of(documents));
        List<Finding> findings = new ArrayList<>();
        for (Document d : documents) {
            engine.check(d, d.targets()).stream().filter(f -> f.rule().equals(rule)).forEach(findings::add);
        }
        return findings;
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            // Ukrainian: one paragraph spells the name otherwise; declined forms are the same rendering
            "uk;Ahn Chan-il spoke. => Ан Чхан Іль виступив. || They met Ahn Chan-il. => Вони зустріли Ан Чхан Іля. "
                    + "|| Ahn Chan-il left. => Ан Чан Іль поїхав.;Ан Чан Іль|Ан Чхан Іль",
            "uk;Ahn Chan-il spoke. => Ан Чхан Іль виступив. || They met Ahn Chan-il. => Вони зустріли Ан Чхан Іля. "
                    + "|| With Ahn Chan-il. => З Ан Чхан Ілем.;",
            "uk;Natasha laughed. => Наташа засміялася. || He saw Natasha there. => Він побачив Натасю там. "
                    + "|| Natasha left. => Наташа пішла.;Натасю|Наташа",
            "uk;Yes, Denisov came. => Так, Денисов прийшов. || And so Denisov sang. => І Денісов співав. || Yes, Denisov slept. => Так, Денисов спав.;"
                    + "Денісов|Денисов",
            "uk;Yes, Denisov came. => Так, Денисов прийшов. || Yes, Rostov came. => Так, Ростов прийшов.;",
            // Korean: particles do not make another rendering
            "ko;Ahn Chan-il spoke. => 안찬일은 말했다. || They met Ahn Chan-il. => 그들은 안찬일을 만났다. "
                    + "|| Ahn Chan-il left. => 안창일이 떠났다.;안창일|안찬일",
            "ko;Ahn Chan-il spoke. => 안찬일은 말했다. || They met Ahn Chan-il. => 그들은 안찬일을 만났다.;",
            "ko;Lee Min-bok spoke. => 이민복이 말했다. || They met Lee Minbok. => 그들은 리민복을 만났다. "
                    + "|| Lee Min-bok left. => 이민복은 떠났다.;리민복|이민복",
    })
    void aNameOutsideTheGlossaryRenderedTwoWaysIsReportedWhereItIsInTheMinority(String lang, String rows,
                                                                             String expected) {
        List<Finding> findings = check(List.of(), NameConsistencyRule.ID, document("a", lang, rows));
        List<String> got = findings.stream().map(f -> f.found() + "|" + f.proposal().renderings().get(lang).get(0)).toList();
        assertThat(got).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void bothConsistencyRulesRunByDefault() {
        CheckSettings defaults = CheckSettings.defaults();
        assertThat(defaults.enabled(new NameConsistencyRule(Terminology.empty()))).isTrue();
        assertThat(defaults.enabled(new SameSourceRule())).isTrue();
    }

    @Test
    void aNameInTheGlossaryIsLeftToTheTermCheckAndTheProposalHoldsBothRenderings() {
        String rows = "Ahn Chan-il spoke. => Ан Чхан Іль виступив. || Ahn Chan-il left. => Ан Чхан Іль поїхав. "
                + "|| Ahn Chan-il slept. => Ан Чан Іль спав.";
        Concept ahn = new Concept(Map.of("en", List.of(new Term("en", "Ahn Chan-il", true))), Map.of(), "", Map.of(), 0);
        assertThat(check(List.of(ahn), NameConsistencyRule.ID, document("a", "uk", rows))).isEmpty();
        Finding finding = check(List.of(), NameConsistencyRule.ID, document("a", "uk", rows)).get(0);
        assertThat(finding.proposal().cells()).containsExactly(Map.entry("en", "Ahn Chan-il"),
                Map.entry("uk", "Ан Чхан Іль|Ан Чан Іль"));
        assertThat(finding.paragraph()).isEqualTo("p3");
        assertThat(finding.hasTargetSpan()).isTrue();
    }

    @Test
    void renderingsAreCountedAcrossDocuments() {
        Document first = document("a", "uk", "Ahn Chan-il spoke. => Ан Чхан Іль виступив. || Ahn Chan-il left. => Ан Чхан Іль поїхав.");
        Document second = document("b", "uk", "Ahn Chan-il wrote. => Ан Чан Іль написав.");
        List<Finding> findings = check(List.of(), NameConsistencyRule.ID, first, second);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.document()).isEqualTo(second.path());
            assertThat(f.found()).isEqualTo("Ан Чан Іль");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a word that opens a sentence and is never written with a capital inside one is no name
            "Everyone has rights. => Кожен має права. || Everyone may go. => Кожна людина може йти. || Everyone sleeps. => Усі сплять.",
            "Whereas peace matters. => Беручи до уваги мир. || Whereas war does not. => Зважаючи на війну.",
            // nor is a name whose sounds are too few to find it by them
            "The State decides. => Держава вирішує. || The State acts. => Стаття діє. || The State waits. => Держава чекає.",
    })
    void wordsThatOnlyOpenSentencesAndShortNamesAreNotCompared(String rows) {
        assertThat(check(List.of(), NameConsistencyRule.ID, document("a", "uk", rows))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "uk;The war is over now. => Війна вже скінчилася. || The war is over now. => Війна нині закінчилася.;p1 p2",
            "uk;The war is over now. => Війна вже скінчилася. || The war is over now. => Війна  вже скінчилася.;",
            "ko;The war is over now. => 전쟁은 이제 끝났다. || The war is over now. => 전쟁이 이제 끝났다.;p1 p2",
            "ko;Yes. => 네. || Yes. => 예.;",
            "ko;The war is over now. => 전쟁은 이제 끝났다. || The war is not over. => 전쟁은 끝나지 않았다.;",
    })
    void theSameEnglishTranslatedDifferentlyIsAHint(String lang, String rows, String expected) {
        List<Finding> findings = check(List.of(), SameSourceRule.ID, document("a", lang, rows));
        assertThat(findings).allSatisfy(f -> assertThat(f.severity().id()).isEqualTo("hint"));
        assertThat(String.join(" ", findings.stream().map(Finding::paragraph).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }
}
