package org.triptych.glossary.edit;

import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateTermsTest {

    static Concept concept(String... english) {
        List<Term> terms = new java.util.ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            terms.add(new Term("en", english[i], i == 0));
        }
        return new Concept(Map.of("en", terms), Map.of(), "", Map.of(), 0);
    }

    @Test
    void anAlternativeMatchingAnotherConceptIgnoringCaseIsADuplicate() {
        List<Concept> concepts = List.of(concept("Kyiv", "Kiev"), concept("Seoul"), concept("KIEV"));

        DuplicateTerms duplicates = DuplicateTerms.of(concepts, "en");

        assertThat(duplicates.duplicates()).containsExactly(0, 2);
        assertThat(duplicates.clashes(0)).containsExactly(new DuplicateTerms.Clash("Kiev", List.of(2)));
        assertThat(duplicates.clashes(2)).containsExactly(new DuplicateTerms.Clash("KIEV", List.of(0)));
        assertThat(duplicates.isDuplicate(1)).isFalse();
    }

    @Test
    void caseFoldingAndNormalisationCoverNonLatinScripts() {
        // "Straße" folds to "strasse"; a decomposed "é" equals the composed one; extra spaces do not count.
        List<Concept> concepts = List.of(concept("Straße"), concept("STRASSE"), concept("Café  Seoul"), concept("cafe\u0301 seoul"));

        assertThat(DuplicateTerms.of(concepts, "en").duplicates()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void repeatingATermWithinOneConceptIsNotADuplicate() {
        assertThat(DuplicateTerms.of(List.of(concept("Kyiv", "kyiv")), "en").duplicates()).isEmpty();
    }

    @Test
    void conceptsSharingFindsWhatANewTermWouldDuplicate() {
        List<Concept> concepts = List.of(concept("Kyiv", "Kiev"), concept("Seoul"));

        assertThat(DuplicateTerms.conceptsSharing(concepts, "en", List.of("Odesa", "kiev"))).containsExactly(concepts.get(0));
        assertThat(DuplicateTerms.conceptsSharing(concepts, "en", List.of("Busan"))).isEmpty();
    }
}
