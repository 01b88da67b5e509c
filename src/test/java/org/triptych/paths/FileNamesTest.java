package org.triptych.paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "../../outside/evil;SEPARATOR", "../translations/article;SEPARATOR", "a/b;SEPARATOR", "a\\b;SEPARATOR",
            "/etc/passwd;SEPARATOR", "C:\\evil;SEPARATOR", "..;LEADING_DOT", ".;LEADING_DOT", ".hidden;LEADING_DOT",
            "CON;RESERVED", "con;RESERVED", "Con.txt;RESERVED", "PRN;RESERVED", "aux.csv;RESERVED", "NUL.tar.gz;RESERVED",
            "COM1;RESERVED", "com9.csv;RESERVED", "LPT1;RESERVED", "lpt9.txt;RESERVED", "COM\u00B9;RESERVED", "CON .txt;RESERVED",
            "name.;EDGE", "'name ';EDGE", "' name';EDGE", "name...;EDGE",
            "a:b;FORBIDDEN_CHARACTER", "why?;FORBIDDEN_CHARACTER", "a*b;FORBIDDEN_CHARACTER", "a|b;FORBIDDEN_CHARACTER",
            "<a>;FORBIDDEN_CHARACTER", "say \"hi\";FORBIDDEN_CHARACTER"})
    void refusesWhatIsNotAPlainFileName(String name, FileNames.Problem problem) {
        assertThat(FileNames.problem(name)).contains(problem);
        assertThatThrownBy(() -> FileNames.inside(dir, name, ".csv", "the glossary name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the glossary name \"").hasMessageContaining(problem.describe());
    }

    @Test
    void refusesControlCharactersAndBidiOverridesAndShowsThemOnOneLine() {
        for (String name : new String[]{"bell\u0007", "new\nline", "tab\tname", "nul\u0000", "del\u007F", "c1\u0085",
                "sep\u2028", "rlo\u202Egnp.exe", "iso\u2066late"}) {
            assertThat(FileNames.problem(name)).as(FileNames.printable(name)).contains(FileNames.Problem.CONTROL_CHARACTER);
        }
        assertThatThrownBy(() -> FileNames.inside(dir, "a\nb", ".csv", "the name"))
                .hasMessage("the name \"a\\u000Ab\" contains a control character");
    }

    @Test
    void refusesEmptyBlankAndOverlongNames() {
        assertThat(FileNames.problem("")).contains(FileNames.Problem.EMPTY);
        assertThat(FileNames.problem(null)).contains(FileNames.Problem.EMPTY);
        assertThat(FileNames.problem("   ")).contains(FileNames.Problem.EMPTY);
        assertThat(FileNames.problem("가".repeat(66))).isEmpty(); // 198 bytes
        assertThat(FileNames.problem("가".repeat(67))).contains(FileNames.Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"article", "names-and-terms", "Місця і назви 2024", "용어집", "a.b", "a..b", "CONSOLE", "COM10",
            "LPT", "con-notes", "v1.2", "it's", "=formula", "#1"})
    void acceptsPlainNamesInAnyScriptAndResolvesThemInsideTheFolder(String name) {
        assertThat(FileNames.problem(name)).isEmpty();
        Path file = FileNames.inside(dir.resolve("glossaries/../glossaries"), name, ".csv", "the name");
        assertThat(file).isEqualTo(dir.resolve("glossaries").resolve(name + ".csv").toAbsolutePath());
        assertThat(file.getParent()).isEqualTo(dir.resolve("glossaries").toAbsolutePath());
    }
}
