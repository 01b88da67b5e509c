package org.triptych.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {

    /** The same hand-counted fixture as the stats test: 3 paragraphs, 14 English words. */
    private static final String DOCUMENT = String.join("\n",
            "id,en,ko,ko_status,uk,uk_status",
            "p1,\"Lee Min-bok's 12,000 troops crossed the river.\",이민복의 병력 1만 2천 명이 강을 건넜다.,reviewed,Війська Лі Мін Бока перейшли річку.,draft",
            "p2,The ceasefire held overnight.,휴전은 밤새 유지됐다.,translated,,",
            "p3,\"Kyiv, Ukraine.\",,,,",
            "");

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path workspace() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Path document = root.resolve("translations/article.csv");
        Files.writeString(document, DOCUMENT);
        Files.writeString(root.resolve("glossaries/names.csv"), "en,ko,uk\nKyiv,키이우,Київ\n");
        return document;
    }

    @Test
    void textOutputOfAWorkspace() throws Exception {
        workspace();

        int code = run("stats", root.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                root + ": 1 document",
                "paragraphs: 3",
                "English words: 14",
                "ko: 2 of 3 paragraphs translated, 12 words; 0 draft (0 words), 1 empty; reviewed 1, translated 1, draft 0, no status 1",
                "uk: 0 of 3 paragraphs translated, 0 words; 1 draft (6 words), 2 empty; reviewed 0, translated 0, draft 1, no status 2",
                ""));
    }

    @Test
    void jsonOutputOfOneDocument() throws Exception {
        Path document = workspace();

        int code = run("stats", "--format", "json", document.toString());

        assertThat(code).isEqualTo(Cli.OK);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(json.get("documents").getAsInt()).isEqualTo(1);
        assertThat(json.get("paragraphs").getAsInt()).isEqualTo(3);
        assertThat(json.get("sourceWords").getAsInt()).isEqualTo(14);
        JsonObject ko = json.getAsJsonObject("targets").getAsJsonObject("ko");
        assertThat(ko.get("translatedParagraphs").getAsInt()).isEqualTo(2);
        assertThat(ko.get("words").getAsInt()).isEqualTo(12);
        assertThat(ko.getAsJsonObject("status").toString())
                .isEqualTo("{\"none\":1,\"draft\":0,\"translated\":1,\"reviewed\":1}");
        JsonObject uk = json.getAsJsonObject("targets").getAsJsonObject("uk");
        assertThat(uk.get("translatedParagraphs").getAsInt()).as("a draft is not translated").isZero();
        assertThat(uk.get("words").getAsInt()).isZero();
        assertThat(uk.get("draftParagraphs").getAsInt()).isEqualTo(1);
        assertThat(uk.get("draftWords").getAsInt()).isEqualTo(6);
        assertThat(uk.get("emptyParagraphs").getAsInt()).isEqualTo(2);
        assertThat(uk.getAsJsonObject("status").get("draft").getAsInt()).isEqualTo(1);
    }

    @Test
    void theSampleWorkspaceHasTheArticlesFourParagraphs() {
        int code = run("stats", "--format", "json");

        assertThat(code).isEqualTo(Cli.OK);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(json.get("paragraphs").getAsInt()).isEqualTo(4);
        assertThat(json.getAsJsonObject("targets").keySet()).contains("ko", "uk");
    }

    @Test
    void missingPathExitsTwoWithOneLine() {
        Path absent = root.resolve("nowhere");

        int code = run("stats", absent.toString());

        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("triptych: " + absent + ": no such file or folder" + System.lineSeparator());
    }

    @Test
    void malformedCsvExitsTwoWithOneLineNamingFileAndLine() throws Exception {
        workspace();
        Path broken = root.resolve("translations/broken.csv");
        Files.writeString(broken, "id,en\np1,\"never closed\n");

        int code = run("stats", root.toString());

        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("triptych: " + broken
                + ":2: unbalanced quote: a quoted field opened here is never closed" + System.lineSeparator());
    }

    @Test
    void aFolderThatIsNotAWorkspaceIsBadInput() {
        int code = run("stats", root.toString());

        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("not a workspace").hasLineCount(1);
    }

    @Test
    void unknownFormatIsBadInput() throws Exception {
        workspace();

        assertThat(run("stats", "--format", "xml", root.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("xml").contains("triptych stats --help").hasLineCount(1);
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("stats");
        assertThat(run("--version")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Triptych");
    }
}
