package org.triptych.morph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanFormsTest {

    @Test
    void everyFormInTheInRepoTableIsRecognised() throws IOException {
        Path table = Path.of("src", "test", "resources", "org", "triptych", "morph", "ko_forms.txt");
        assertThat(unrecognised(SharedReference.tabbed(table))).isEmpty();
    }

    @Test
    void everyFormInTheSharedReferenceTableIsRecognised() throws IOException {
        assertThat(unrecognised(SharedReference.tabbed(SharedReference.require("ko_forms.txt")))).isEmpty();
    }

    /** Rows base,form whose form is not found as the base, inside a sentence. */
    private static List<String> unrecognised(List<String[]> rows) {
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            if (!row[1].contains(row[0])) {
                System.out.println("skipped " + row[0] + " -> " + row[1]
                        + ": an abbreviation that does not contain the word, not the word with particles");
                continue;
            }
            TermPattern pattern = Morphology.compile("ko", row[0], false);
            if (!pattern.occursIn(TargetText.of("오늘 " + row[1] + " 발표했다.", "ko"))) {
                failures.add(row[0] + " -> " + row[1]);
            }
        }
        return failures;
    }
}
