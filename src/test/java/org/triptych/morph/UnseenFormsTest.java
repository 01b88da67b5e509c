package org.triptych.morph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
 * Renderings and forms the engine was not written against (names, places and terms outside the sample
 * glossary): each row says whether a rendering, or a forbidden spelling, must be found in a text. Rows are
 * {@code expect<TAB>renderings<TAB>text[<TAB>why]}; renderings are alternatives separated by |, and \n in a text
 * is a line break.
 */
class UnseenFormsTest {

    private static final Path DIR = Path.of("src", "test", "resources", "org", "triptych", "morph");

    static Stream<Arguments> ukrainian() throws IOException {
        return rows("uk", "uk_unseen.tsv");
    }

    static Stream<Arguments> korean() throws IOException {
        return rows("ko", "ko_unseen.tsv");
    }

    private static Stream<Arguments> rows(String lang, String file) throws IOException {
        List<Arguments> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            rows.add(Arguments.of(lang, file + ":" + (i + 1), cells[0], cells[1], cells[2].replace("\\n", "\n")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} {2} {3} in {4}")
    @MethodSource("ukrainian")
    void ukrainianRow(String lang, String where, String expect, String renderings, String text) {
        check(lang, expect, renderings, text);
    }

    @ParameterizedTest(name = "{1} {2} {3} in {4}")
    @MethodSource("korean")
    void koreanRow(String lang, String where, String expect, String renderings, String text) {
        check(lang, expect, renderings, text);
    }

    private static void check(String lang, String expect, String renderings, String text) {
        boolean forbidden = expect.equalsIgnoreCase("F");
        boolean wanted = expect.equals("+") || expect.equals("F");
        TargetText target = TargetText.of(text, lang);
        boolean found = Arrays.stream(renderings.split("\\|"))
                .anyMatch(r -> Morphology.compile(lang, r, forbidden).occursIn(target));
        assertThat(found).as("%s %s in «%s»", forbidden ? "forbidden" : "rendering", renderings, text).isEqualTo(wanted);
    }
}
