package org.triptych.check;

import org.junit.jupiter.api.Test;
import org.triptych.i18n.CoreMessages;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TerminologyCheckTest {

    static final Path DOC = Path.of("translations", "x.csv");

    /** A concept from cells like the glossary's: alternatives separated by |. */
    static Concept concept(String en, String ko, String uk, String ukForbidden, String koForbidden) {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        terms.put("en", terms("en", en));
        if (!ko.isEmpty()) {
            terms.put("ko", terms("ko", ko));
        }
        if (!uk.isEmpty()) {
            terms.put("uk", terms("uk", uk));
        }
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        if (!ukForbidden.isEmpty()) {
            forbidden.put("uk", List.of(ukForbidden.split("\\|")));
        }
        if (!koForbidden.isEmpty()) {
            forbidden.put("ko", List.of(koForbidden.split("\\|")));
        }
        return new Concept(terms, forbidden, "", Map.of(), 0);
    }

    private static List<Term> terms(String lang, String cell) {
        String[] parts = cell.split("\\|");
        return Arrays.stream(parts).map(p -> new Term(lang, p, p.equals(parts[0]))).toList();
    }

    static Paragraph paragraph(String id, int line, String en, String ko, String uk) {
        return new Paragraph(id, en, Map.of("ko", new Translation(ko, Status.DRAFT), "uk", new Translation(uk, Status.DRAFT)),
                "", Map.of(), line);
    }

    static CheckEngine engine(Concept... concepts) {
        return CheckEngine.standard(Terminology.of(List.of(concepts)), CheckSettings.defaults());
    }

    private final CheckEngine check = engine(
            concept("Kyiv", "키이우", "Київ", "Киев", "키예프"),
            concept("Vladimir Putin|Putin", "블라디미르 푸틴|푸틴", "Володимир Путін|Путін", "Путин|Владимир Путин", "푸친"),
            concept("Yoon Suk Yeol", "윤석열", "Юн Сок Йоль", "Юн Сук Йоль", ""),
            concept("Kursk Oblast", "쿠르스크주", "Курська область", "", ""));

    @Test
    void forbiddenVariantsAreFoundInInflectedFormsAndNotReportedMissingAsWell() {
        List<Finding> findings = check.check(DOC, paragraph("p1", 2, "Putin visited Kyiv.", "",
                "Удар по Киеве, заява Путина."), "uk");
        assertThat(findings).extracting(Finding::rule, Finding::term, Finding::found, Finding::expected)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("forbidden-variant", "Kyiv", "Киеве", "Київ"),
                        org.assertj.core.groups.Tuple.tuple("forbidden-variant", "Vladimir Putin", "Путина",
                                "Володимир Путін"));
        Finding kyiv = findings.stream().filter(f -> f.term().equals("Kyiv")).findFirst().orElseThrow();
        String target = "Удар по Киеве, заява Путина.";
        assertThat(target.substring(kyiv.start(), kyiv.end())).isEqualTo("Киеве");
        assertThat("Putin visited Kyiv.".substring(kyiv.sourceStart(), kyiv.sourceEnd())).isEqualTo("Kyiv");
    }

    @Test
    void aForbiddenSpellingIsFoundEvenWhereTheEnglishDoesNotNameTheConcept() {
        List<Finding> findings = check.check(DOC, paragraph("p1", 2, "The capital was shelled again.", "",
                "Столицю знову обстріляли: удар по Киеве."), "uk");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("forbidden-variant");
            assertThat(f.found()).isEqualTo("Киеве");
            assertThat(f.sourceStart()).isEqualTo(-1);
        });
    }

    @Test
    void oneConceptsForbiddenSpellingDoesNotFlagAnotherMentionedConceptsRendering() {
        CheckEngine ministries = engine(
                concept("Ministry of Foreign Affairs", "외교부", "", "", ""),
                concept("North Korea's Foreign Ministry", "북한 외무성", "", "", "외교부"));

        assertThat(ministries.check(DOC, paragraph("p1", 2, "The Ministry of Foreign Affairs said so.",
                "외교부는 그렇게 밝혔다.", ""), "ko")).isEmpty();
        assertThat(ministries.check(DOC, paragraph("p2", 3, "North Korea's Foreign Ministry said so.",
                "북한 외교부는 그렇게 밝혔다.", ""), "ko"))
                .extracting(Finding::rule, Finding::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("forbidden-variant", "외교부"));
    }

    @Test
    void correctInflectedTextGivesNoFinding() {
        Paragraph p = paragraph("p1", 2, "Yoon Suk Yeol met Putin in Kursk Oblast, far from Kyiv.",
                "윤석열 대통령은 쿠르스크주에서 푸틴을 만났다. 키이우에서 멀다.",
                "Юн Сок Йоль зустрівся з Путіним у Курській області, далеко від Києва.");
        assertThat(check.check(DOC, p, "uk")).isEmpty();
        assertThat(check.check(DOC, p, "ko")).isEmpty();
    }

    @Test
    void aMissingTermIsReportedOncePerParagraphWithItsSourceSpan() {
        Paragraph p = paragraph("p7", 9, "Kyiv said that Kyiv would answer Yoon Suk Yeol.", "", "Київ відповість президентові.");
        assertThat(check.check(DOC, p, "uk")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-term");
            assertThat(f.term()).isEqualTo("Yoon Suk Yeol");
            assertThat(f.expected()).isEqualTo("Юн Сок Йоль");
            assertThat(f.paragraph()).isEqualTo("p7");
            assertThat(f.line()).isEqualTo(9);
            assertThat(f.start()).isEqualTo(-1);
            assertThat(p.source().substring(f.sourceStart(), f.sourceEnd())).isEqualTo("Yoon Suk Yeol");
            assertThat(FindingsText.line(f, Path::toString, CoreMessages.english()))
                    .isEqualTo("translations/x.csv:9: [uk] missing-term \"Yoon Suk Yeol\": expected Юн Сок Йоль");
        });
    }

    @Test
    void anEmptyTargetGivesNoTerminologyFinding() {
        Paragraph p = paragraph("p1", 2, "Putin visited Kyiv.", "  ", "");
        assertThat(check.check(DOC, p, "uk")).isEmpty();
        assertThat(check.check(DOC, p, "ko")).isEmpty();
    }

    @Test
    void koreanForbiddenVariantWithAParticleIsFound() {
        List<Finding> findings = check.check(DOC, paragraph("p1", 2, "Kyiv", "키예프는 수도다.", ""), "ko");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("forbidden-variant");
            assertThat(f.found()).isEqualTo("키예프");
            assertThat(CoreMessages.english().format(f.messageKey(), f.arguments())).isEqualTo("found 키예프, expected 키이우");
        });
    }

    @Test
    void rendersAnswersWhetherATargetAlreadyRendersAConcept() {
        Concept kursk = check.terminology().index().find("Kursk Oblast").get(0).concept();
        assertThat(check.terminology().renders(kursk, "uk", "бої в Курській області")).isTrue();
        assertThat(check.terminology().renders(kursk, "uk", "бої в Курській")).isFalse();
        assertThat(check.terminology().renders(kursk, "ko", "쿠르스크주에서도")).isTrue();
    }

    @Test
    void aDocumentIsCheckedInParagraphThenLanguageOrder() {
        List<Paragraph> paragraphs = List.of(
                paragraph("a", 2, "Kyiv", "서울", "Сеул"),
                paragraph("b", 3, "Putin", "푸틴이", "Путін"),
                paragraph("c", 4, "Kursk Oblast", "쿠르스크", "Курщина"));
        Document document = new Document(DOC, List.of("id", "en", "ko", "uk"), List.of("ko", "uk"), paragraphs);
        assertThat(check.check(document, List.of("ko", "uk")))
                .extracting(f -> f.paragraph() + "/" + f.lang() + "/" + f.rule())
                .containsExactly("a/ko/missing-term", "a/uk/missing-term", "c/ko/missing-term", "c/uk/missing-term");
    }
}
