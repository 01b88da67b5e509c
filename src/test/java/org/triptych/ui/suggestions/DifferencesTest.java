package org.triptych.ui.suggestions;

import org.junit.jupiter.api.Test;
import org.triptych.memory.FuzzyScore;

import static org.assertj.core.api.Assertions.assertThat;

class DifferencesTest {

    @Test
    void theMemorysEnglishIsShownWithTheChangedWordsMarkedWhereTheyStand() {
        SuggestionsPanel.Differences shown = SuggestionsPanel.Differences.of(
                FuzzyScore.compare("The volunteers crossed the river.", "The old volunteers crossed a river.", null).differences());

        // "old" and "a" are only in the memory, "the" only in the paragraph
        assertThat(shown.words(true)).containsExactly("old", "a");
        assertThat(shown.words(false)).containsExactly("the");
        for (SuggestionsPanel.Differences.Mark mark : shown.marks()) {
            assertThat(mark.start()).isLessThan(mark.end());
            assertThat(shown.text().substring(mark.start(), mark.end())).doesNotContain(" ");
        }
        assertThat(shown.text()).isEqualTo("The old volunteers crossed a the river");
    }
}
