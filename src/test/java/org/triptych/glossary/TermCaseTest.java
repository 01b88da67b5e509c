package org.triptych.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Capitals in English matching (the glossary's {@code case} column), and names written partly solid. */
class TermCaseTest {

    private static List<String> found(String term, String caseRule, String text) {
        Concept concept = new Concept(Map.of("en", List.of(new Term("en", term, true))), Map.of(), "",
                caseRule.isEmpty() ? Map.of() : Map.of("case", caseRule), 0);
        return TermIndex.build(List.of(concept)).find(text).stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @ParameterizedTest(name = "{0} [{1}] in \"{2}\" -> [{3}]")
    @CsvSource(delimiter = ';', value = {
            // permissive (the default): a capital of the term must be a capital in the text
            "Rose;;She picked a rose.;",
            "Rose;;Rose smiled.;Rose",
            "Rose;;ROSE SMILED.;ROSE",
            "Bush;;They hid behind a bush and two bushes.;",
            "Bush;;President Bush's aides;Bush",
            "Count;;They count the votes.;",
            "Count;;the Count's horses;Count",
            "US;;Tell us more and Us too;",
            "US;;the US army and US forces;US|US",
            "NGO;;two NGOs and an ngo;NGOs",
            "Kursk Oblast;;in Kursk oblast;Kursk oblast",
            "Kursk Oblast;;in kursk Oblast;",
            "Kursk Oblast;;in KURSK OBLAST;KURSK OBLAST",
            "the Kremlin;;The kremlin of Novgorod, the Kremlin said;Kremlin",
            // a term in small letters matches any case
            "leaflet;;Leaflets fell, LEAFLETS, leaflets;Leaflets|LEAFLETS|leaflets",
            "front line;;Frontline news;Frontline",
            // after a hyphen romanised names write either case
            "Kim Jong Un;;Kim Jong-un spoke;Kim Jong-un",
            "Lee Min-Bok;;Lee Min-bok spoke;Lee Min-bok",
            "Kim Jong Un;;kim jong un;",
            // sensitive: every letter as written, capitals of the text included
            "Bush;sensitive;BUSH and Bush;Bush",
            "march;sensitive;In March they march.;march",
            "march;Sensitive;March on;",
            // insensitive: any case
            "Rose;insensitive;a rose, a ROSE;rose|ROSE",
            "US;insensitive;Tell us;us",
            // an unknown word in the column is the default
            "Rose;maybe;a rose;",
    })
    void capitalsFollowTheConceptsCaseRule(String term, String caseRule, String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split("\\|"));
        assertThat(found(term, caseRule == null ? "" : caseRule, text)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> [{2}]")
    @CsvSource(delimiter = ';', value = {
            "Lee Min-bok;Lee Minbok said;Lee Minbok",
            "Lee Min-bok;LeeMin-bok said;LeeMin-bok",
            "Lee Min-bok;Lee Minbak said;",
            "Lee Min-bok;LEE MINBOK;LEE MINBOK",
            "Ahn Chan-il;Ahn Chanil's book;Ahn Chanil",
            "Moon Jae In;Moon Jaein and Moon Jae-in;Moon Jaein|Moon Jae-in",
            "Kim Jong Un;Kim Jongun;Kim Jongun",
            "Kim Jong Un;Kimjong Un;Kimjong Un",
            "Kim Jong Un;Kim, Jongun;",
            "Ministry of Foreign Affairs;Ministry of ForeignAffairs;Ministry of ForeignAffairs",
    })
    void namesWrittenPartlySolidMatch(String term, String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split("\\|"));
        assertThat(found(term, "", text)).containsExactlyElementsOf(want);
    }
}
