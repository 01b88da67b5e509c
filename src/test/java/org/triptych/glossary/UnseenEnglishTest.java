package org.triptych.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triptych.model.Concept;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English terms the index was not written against: rows {@code glossary<TAB>text<TAB>hits}, where the glossary
 * is concepts separated by " ; " (alternatives by |) and hits are "as written=first term" separated by " ; ".
 */
class UnseenEnglishTest {

    static Stream<Arguments> rows() throws IOException {
        Path file = Path.of("src", "test", "resources", "org", "triptych", "glossary", "en_unseen.tsv");
        List<Arguments> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(Arguments.of("en_unseen.tsv:" + (i + 1), cells[0], cells[1].replace("\\n", "\n"),
                    cells[2].replace("\\n", "\n")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} [{1}] in {2}")
    @MethodSource("rows")
    void findsExactlyTheExpectedTerms(String where, String glossary, String text, String expected) {
        List<Concept> concepts = Arrays.stream(glossary.split(" ; "))
                .map(cell -> TermIndexTest.concept(cell.split("\\|")))
                .toList();
        List<String> hits = TermIndex.build(concepts).find(text).stream()
                .map(h -> text.substring(h.start(), h.end()) + "=" + h.concept().english())
                .toList();
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(" ; "));
        assertThat(hits).isEqualTo(wanted);
    }
}
