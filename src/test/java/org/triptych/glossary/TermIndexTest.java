package org.triptych.glossary;

import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TermIndexTest {

    static Concept concept(String... english) {
        List<Term> terms = Arrays.stream(english).map(t -> new Term("en", t, t.equals(english[0]))).toList();
        return new Concept(Map.of("en", terms), Map.of(), "", Map.of(), 0);
    }

    private static List<String> found(TermIndex index, String text) {
        return index.find(text).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.concept().english()).toList();
    }

    @Test
    void findsPluralsAndPossessivesWithBothApostrophes() {
        TermIndex index = TermIndex.build(List.of(concept("leaflet"), concept("defector"), concept("North Korea"),
                concept("casualties")));
        assertThat(found(index, "Leaflets and defectors' hopes; North Korea's army, North Korea’s troops; a casualty."))
                .containsExactly("Leaflets=leaflet", "defectors=defector", "North Korea=North Korea",
                        "North Korea=North Korea", "casualty=casualties");
    }

    @Test
    void theLongestMatchWinsAndTheShorterTermIsNotAlsoReported() {
        TermIndex index = TermIndex.build(List.of(concept("Zelensky"), concept("Volodymyr Zelensky")));
        assertThat(found(index, "Volodymyr Zelensky met Zelensky's aides."))
                .containsExactly("Volodymyr Zelensky=Volodymyr Zelensky", "Zelensky=Zelensky");
    }

    @Test
    void aTermInCapitalsMatchesOnlyInCapitals() {
        TermIndex index = TermIndex.build(List.of(concept("US"), concept("NGO")));
        assertThat(found(index, "Tell us about the US and two NGOs; ngo is not it.")).containsExactly("US=US", "NGOs=NGO");
    }

    @Test
    void matchesAcrossHyphenSpaceAndLineBreakVariants() {
        TermIndex index = TermIndex.build(List.of(concept("Lee Min-bok"), concept("Kursk Oblast")));
        assertThat(found(index, "Lee Min Bok, Lee Min-bok and LEE MIN‑BOK; in Kursk\n   Oblast."))
                .containsExactly("Lee Min Bok=Lee Min-bok", "Lee Min-bok=Lee Min-bok", "LEE MIN‑BOK=Lee Min-bok",
                        "Kursk\n   Oblast=Kursk Oblast");
    }

    @Test
    void wordsOfATermMustBeWholeWordsAndNotSplitByPunctuation() {
        TermIndex index = TermIndex.build(List.of(concept("North Korea"), concept("war")));
        assertThat(found(index, "North. Korea; northern Koreans; warfare and the award")).isEmpty();
    }

    @Test
    void qualifiersInParenthesesAndALeadingArticleAreNotPartOfTheMatch() {
        TermIndex index = TermIndex.build(List.of(concept("deployment (of troops)"), concept("the Kremlin")));
        assertThat(found(index, "The deployment angered Kremlin officials."))
                .containsExactly("deployment=deployment (of troops)", "Kremlin=the Kremlin");
    }

    @Test
    void everyAlternativeOfACellIsATermAndHitsNameTheMatchedOne() {
        TermIndex index = TermIndex.build(List.of(concept("Vladimir Putin", "Putin")));
        assertThat(index.find("Putin spoke.")).singleElement()
                .satisfies(h -> assertThat(h.matchedTerm()).isEqualTo("Putin"));
    }

    @Test
    void findingCostDoesNotDependOnTheGlossary() {
        List<Concept> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(concept("term" + i + " word" + i));
        }
        many.add(concept("Seoul"));
        TermIndex index = TermIndex.build(many);
        assertThat(index.size()).isEqualTo(20_001);
        assertThat(found(index, "From Seoul, term5 word5 and term6.")).containsExactly("Seoul=Seoul", "term5 word5=term5 word5");
    }
}
