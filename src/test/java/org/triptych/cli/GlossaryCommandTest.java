package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path glossary(String content) throws Exception {
        Files.createDirectories(root.resolve("glossaries"));
        Path file = root.resolve("glossaries/names.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private int add(String... more) {
        String[] base = {"glossary", "add", "--en", "Seoul", "--ko", "서울", "--uk", "Сеул"};
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void addAppendsARowAndKeepsEveryExistingByte() throws Exception {
        String before = "en,ko,uk,extra,note\nKyiv,키이우,Київ,x,\"place, capital\"\n";
        Path file = glossary(before);
        assertThat(add("--note", "capital, South Korea", root.toString())).isZero();
        assertThat(Files.readString(file))
                .isEqualTo(before + "Seoul,서울,Сеул,,\"capital, South Korea\"\n");
    }

    @Test
    void aFileWithoutFinalLineBreakGetsOneBeforeTheNewRow() throws Exception {
        Path file = glossary("en,ko,uk\nKyiv,키이우,Київ");
        assertThat(add("--glossary", root.resolve("glossaries/names.csv").toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo("en,ko,uk\nKyiv,키이우,Київ\nSeoul,서울,Сеул\n");
    }

    @Test
    void aCrlfFileKeepsItsLineEndsAndItsByteOrderMark() throws Exception {
        String before = "\uFEFFen,ko,uk\r\nKyiv,키이우,Київ\r\n";
        Path file = glossary(before);
        assertThat(add(root.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(before + "Seoul,서울,Сеул\r\n");
        assertThat(GlossaryCodec.read(file).concepts()).extracting(Concept::english).containsExactly("Kyiv", "Seoul");
    }

    @Test
    void aWorkspaceWithoutGlossaryGetsANewOne() throws Exception {
        assertThat(add(root.toString())).isZero();
        assertThat(Files.readString(root.resolve("glossaries/glossary.csv"))).isEqualTo("en,ko,uk,note\nSeoul,서울,Сеул,\n");
    }

    @Test
    void aRenderingWithoutItsColumnIsRefusedAndTheFileUntouched() throws Exception {
        String before = "en,ko\nKyiv,키이우\n";
        Path file = glossary(before);
        assertThat(add(root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("names.csv").contains("no column \"uk\"");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anEmptyEnglishTermIsBadInput() throws Exception {
        glossary("en,ko,uk\n");
        assertThat(run("glossary", "add", "--en", " ", "--ko", "서울", root.toString())).isEqualTo(2);
    }

    @Test
    void listPrintsOneLinePerConceptWithFileAndLine() throws Exception {
        Path file = glossary("en,ko,uk\nKyiv,키이우,Київ\nPutin|Vladimir Putin,푸틴,Путін\n");
        assertThat(run("glossary", "list", root.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                file + ":2: Kyiv | ko 키이우 | uk Київ",
                file + ":3: Putin|Vladimir Putin | ko 푸틴 | uk Путін");
    }
}
