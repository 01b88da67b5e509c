package org.triptych.morph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UkrainianFormsTest {

    @Test
    void everyFormInTheInRepoTableIsRecognised() throws IOException {
        Path table = Path.of("src", "test", "resources", "org", "triptych", "morph", "uk_forms.csv");
        assertThat(unrecognised(SharedReference.csv(table))).isEmpty();
    }

    @Test
    void everyFormInTheSharedReferenceTableIsRecognised() throws IOException {
        assertThat(unrecognised(SharedReference.csv(SharedReference.require("uk_forms.csv")))).isEmpty();
    }

    /** Rows lemma,form,case whose form is not found as the lemma, inside a sentence. */
    private static List<String> unrecognised(List<List<String>> rows) {
        List<String> failures = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.get(1).split(" ").length < row.get(0).split(" ").length && row.get(0).contains(" ")) {
                System.out.println("skipped row with an incomplete form (fewer words than its lemma): " + row);
                continue;
            }
            TermPattern pattern = Morphology.compile("uk", row.get(0), false);
            String sentence = "Сьогодні " + row.get(1) + ", як відомо.";
            if (!pattern.occursIn(TargetText.of(sentence, "uk"))) {
                failures.add(row.get(0) + " -> " + row.get(1) + " (" + row.get(2) + ")");
            }
        }
        return failures;
    }
}
