package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.GlossaryCodec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code triptych glossary suggest}: recurring names outside the glossary, ranked, with their renderings; --add. */
class GlossarySuggestCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private void workspace() throws Exception {
        Files.createDirectories(root.resolve("glossaries"));
        Files.createDirectories(root.resolve("translations"));
        Files.writeString(root.resolve("glossaries/names.csv"), "en,ko,uk,extra\nKyiv,키이우,Київ,x\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("translations/a.csv"), """
                id,en,ko,uk
                p1,"Yes, Ahn Chan-il spoke in Kyiv.","예, 안찬일은 키이우에서 말했다.","Так, Ан Чхан Іль виступив у Києві."
                p2,They met Ahn Chan-il and Natasha.,그들은 안찬일과 나타샤를 만났다.,Вони зустріли Ан Чхан Іля і Наташу.
                p3,"Later, Ahn Chan-il left.","나중에, 안창일이 떠났다.","Пізніше Ан Чхан Іль поїхав."
                p4,Natasha stayed with Pierre.,나타샤는 피에르와 남았다.,Наташа залишилася з П'єром.
                """, StandardCharsets.UTF_8);
    }

    @Test
    void listsRecurringNamesOutsideTheGlossaryMostFrequentFirstWithTheirMostFrequentRenderings() throws Exception {
        workspace();
        assertThat(run("glossary", "suggest", root.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "    3  Ahn Chan-il | ko 안찬일 | uk Ан Чхан Іль",
                "    2  Natasha | ko 나타샤 | uk Наташа");
    }

    @Test
    void addAppendsTheChosenSuggestionAndKeepsTheOtherColumns() throws Exception {
        workspace();
        assertThat(run("glossary", "suggest", "--add", "Natasha", root.toString())).isZero();
        assertThat(Files.readString(root.resolve("glossaries/names.csv")))
                .isEqualTo("en,ko,uk,extra\nKyiv,키이우,Київ,x\nNatasha,나타샤,Наташа,\n");
        assertThat(GlossaryCodec.read(root.resolve("glossaries/names.csv")).concepts()).hasSize(2);
        out.getBuffer().setLength(0);
        assertThat(run("glossary", "suggest", root.toString())).isZero();
        assertThat(out.toString()).doesNotContain("Natasha");
    }

    @Test
    void checkReportsTheMinorityRenderingWithItsGlossaryProposalInJson() throws Exception {
        workspace();
        assertThat(run("check", "--format", "json", root.toString())).isEqualTo(1);
        com.google.gson.JsonObject finding = com.google.gson.JsonParser.parseString(out.toString()).getAsJsonObject()
                .getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("kind").getAsString().equals("consistency.names")).findFirst().orElseThrow();
        assertThat(finding.get("paragraph").getAsString()).isEqualTo("p3");
        assertThat(finding.get("found").getAsString()).isEqualTo("안창일");
        assertThat(finding.getAsJsonObject("glossary").get("en").getAsString()).isEqualTo("Ahn Chan-il");
        assertThat(finding.getAsJsonObject("glossary").get("ko").getAsString()).isEqualTo("안찬일|안창일");
    }

    @Test
    void anUnknownSuggestionIsABadArgument() throws Exception {
        workspace();
        assertThat(run("glossary", "suggest", "--add", "Pierre", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Pierre");
    }
}
