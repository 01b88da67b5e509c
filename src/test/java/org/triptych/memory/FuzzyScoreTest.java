package org.triptych.memory;

import org.junit.jupiter.api.Test;
import org.triptych.glossary.TermIndex;
import org.triptych.memory.FuzzyScore.Change;
import org.triptych.memory.FuzzyScore.Difference;
import org.triptych.model.Concept;
import org.triptych.model.Term;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyScoreTest {

    private static Concept concept(String english) {
        return new Concept(Map.of("en", List.of(new Term("en", english, true))), Map.of(), "", Map.of(), 0);
    }

    @Test
    void theSameTextScoresOneHundredWhateverItsSpacing() {
        assertThat(FuzzyScore.compare("The troops  arrived.", "The troops arrived.", null).score()).isEqualTo(100);
    }

    @Test
    void oneWordReplacedInTenCostsTenPoints() {
        // d = 1, max(n, m) = 10: 100 · (1 − 1/10) = 90
        assertThat(FuzzyScore.compare("The soldiers of the north crossed the river at dawn today.",
                "The soldiers of the south crossed the river at dawn today.", null).score()).isEqualTo(90);
    }

    @Test
    void insertionsCountAgainstTheLongerSentence() {
        // n = 4, m = 6, d = 2: ⌊100 · (1 − 2/6)⌋ = 66
        assertThat(FuzzyScore.compare("Troops crossed the river.", "Many troops quickly crossed the river.", null).score())
                .isEqualTo(66);
    }

    @Test
    void caseAndPunctuationAloneScoreNinetyNine() {
        assertThat(FuzzyScore.compare("the troops arrived", "The troops arrived!", null).score()).isEqualTo(99);
    }

    @Test
    void aNumberThatDiffersOnlyInValueIsNotPenalised() {
        FuzzyScore.Result result = FuzzyScore.compare("About 200 soldiers volunteered.", "About 3,000 soldiers volunteered.", null);
        assertThat(result.score()).isEqualTo(99);
        assertThat(result.differences()).containsExactly(new Difference(Change.SAME, "About"),
                new Difference(Change.DELETED, "3,000"), new Difference(Change.INSERTED, "200"),
                new Difference(Change.SAME, "soldiers volunteered"));
    }

    @Test
    void aGlossaryTermFacingAnotherIsAPlaceable() {
        TermIndex glossary = TermIndex.build(List.of(concept("Yoon Suk Yeol"), concept("Vladimir Putin")));
        String sentence = "Yoon Suk Yeol spoke to reporters on Monday.";
        String memory = "Vladimir Putin spoke to reporters on Monday.";
        assertThat(FuzzyScore.compare(sentence, memory, glossary).score()).isEqualTo(99);
        // Without the glossary the names are words: 2 replaced and 1 deleted of 8.
        assertThat(FuzzyScore.compare(sentence, memory, null).score()).isEqualTo(62);
    }

    @Test
    void differencesKeepEachPlaceableFacingItsOwnValueWhenTheScoreAllowsIt() {
        TermIndex glossary = TermIndex.build(List.of(concept("Kyiv"), concept("Seoul"), concept("Western countries")));
        FuzzyScore.Result result = FuzzyScore.compare("Reports from Kyiv, Seoul, and Western countries accuse Pyongyang.",
                "Reports from Kyiv and Seoul accuse Pyongyang.", glossary);
        // One edit either way (a term inserted): the alignment shown keeps Kyiv facing Kyiv, not Seoul
        assertThat(result.score()).isEqualTo(87);
        assertThat(result.differences()).containsExactly(new Difference(Change.SAME, "Reports from Kyiv"),
                new Difference(Change.INSERTED, "Seoul"), new Difference(Change.SAME, "and"),
                new Difference(Change.DELETED, "Seoul"), new Difference(Change.INSERTED, "Western countries"),
                new Difference(Change.SAME, "accuse Pyongyang"));
    }

    @Test
    void differencesNameTheInsertedAndDeletedWords() {
        assertThat(FuzzyScore.compare("The volunteers crossed the river.", "The old volunteers crossed a river.", null).differences())
                .containsExactly(new Difference(Change.SAME, "The"), new Difference(Change.DELETED, "old"),
                        new Difference(Change.SAME, "volunteers crossed"), new Difference(Change.DELETED, "a"),
                        new Difference(Change.INSERTED, "the"), new Difference(Change.SAME, "river"));
    }
}
