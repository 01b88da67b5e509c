package org.triptych.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesEachKoreanNameInUkrainianLettersOnItsOwnLine() {
        int code = run("transliterate", "--from", "ko", "--to", "uk", "안찬일", "윤석열", "이민복");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString().lines()).containsExactly("Ан Чхан Іль", "Юн Сок Йоль", "Лі Мін Бок");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusesALanguagePairItCannotWriteInOneLine() {
        int code = run("transliterate", "--from", "ja", "--to", "uk", "安倍");

        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--from ko --to uk");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void wordsAreWrittenWholeWithTheirAssimilationWhenAsked() {
        int code = run("transliterate", "--from", "ko", "--to", "uk", "--words", "종로", "한국어");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString().lines()).containsExactly("Чонно", "Хангуго");
    }
}
