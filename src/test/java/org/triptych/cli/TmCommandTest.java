package org.triptych.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TmCommandTest {

    private static final String OLDER = String.join("\n",
            "id,en,ko,ko_status,uk,uk_status",
            "a1,The ceasefire held overnight. Both sides reported no shelling.,휴전은 밤새 유지됐다. 양측 모두 포격이 없었다고 밝혔다.,reviewed,"
                    + "Перемир'я трималося всю ніч. Обидві сторони не повідомили про обстріли.,translated",
            "a2,Talks resume on Monday.,,,Переговори відновляться в понеділок.,draft",
            "");

    private static final String NEWER = String.join("\n",
            "id,en,ko,ko_status,uk,uk_status",
            "b1,The ceasefire held overnight.,,,,",
            "b2,Both sides reported no shelling.,이미 있다.,translated,,",
            "b3,Talks resume on Monday.,,,,",
            "b4,The ceasefire held until dawn.,,,,",
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
        Files.writeString(root.resolve("translations/older.csv"), OLDER);
        Path newer = root.resolve("translations/newer.csv");
        Files.writeString(newer, NEWER);
        return newer;
    }

    @Test
    void pretranslateFillsEmptyCellsFromExactMatchesAsDrafts() throws Exception {
        Path newer = workspace();

        assertThat(run("pretranslate", newer.toString())).isEqualTo(Cli.OK);

        Document filled = DocumentCodec.read(newer);
        assertThat(filled.paragraphs().get(0).target("uk").text()).isEqualTo("Перемир'я трималося всю ніч.");
        assertThat(filled.paragraphs().get(0).target("uk").status()).isEqualTo(Status.DRAFT);
        assertThat(filled.paragraphs().get(0).target("ko").text()).isEqualTo("휴전은 밤새 유지됐다.");
        assertThat(filled.paragraphs().get(1).target("ko").text()).as("a cell with text is kept").isEqualTo("이미 있다.");
        assertThat(filled.paragraphs().get(1).target("uk").text()).isEqualTo("Обидві сторони не повідомили про обстріли.");
        assertThat(filled.paragraphs().get(2).target("uk").text()).as("a draft is no memory").isEmpty();
        assertThat(filled.paragraphs().get(3).target("uk").text()).as("a fuzzy match is not taken at --min 100").isEmpty();
        assertThat(out.toString()).contains("ko: 1 empty cells filled as drafts", "uk: 2 empty cells filled as drafts");
        assertThat(Files.exists(root.resolve("translations/newer.csv.bak"))).isTrue();
    }

    @Test
    void pretranslateTakesFuzzyMatchesAboveTheMinimum() throws Exception {
        Path newer = workspace();

        assertThat(run("pretranslate", newer.toString(), "--min", "60")).isEqualTo(Cli.OK);

        assertThat(DocumentCodec.read(newer).paragraphs().get(3).target("uk").text()).isEqualTo("Перемир'я трималося всю ніч.");
    }

    @Test
    void lookupPrintsEachSentencesMatchesAsJson() throws Exception {
        workspace();

        assertThat(run("tm", "lookup", "The ceasefire held until morning. Nothing else.", root.toString(), "--min", "60"))
                .isEqualTo(Cli.OK);

        JsonArray sentences = JsonParser.parseString(out.toString()).getAsJsonArray();
        assertThat(sentences).hasSize(2);
        JsonObject first = sentences.get(0).getAsJsonObject();
        assertThat(first.get("sentence").getAsString()).isEqualTo("The ceasefire held until morning.");
        JsonObject match = first.getAsJsonArray("matches").get(0).getAsJsonObject();
        // 5 and 4 words, one replaced and one inserted: ⌊100 · (1 − 2/5)⌋ = 60
        assertThat(match.get("score").getAsInt()).isEqualTo(60);
        assertThat(match.get("english").getAsString()).isEqualTo("The ceasefire held overnight.");
        assertThat(match.getAsJsonObject("targets").get("uk").getAsString()).isEqualTo("Перемир'я трималося всю ніч.");
        assertThat(match.getAsJsonObject("origin").get("name").getAsString()).isEqualTo("older");
        assertThat(match.getAsJsonObject("statuses").get("ko").getAsString()).isEqualTo("reviewed");
        assertThat(match.getAsJsonArray("differences").toString()).contains("{\"change\":\"deleted\",\"text\":\"overnight\"}",
                "{\"change\":\"inserted\",\"text\":\"until morning\"}");
        assertThat(sentences.get(1).getAsJsonObject().getAsJsonArray("matches")).isEmpty();
    }

    @Test
    void statsCountUnitsAndAMalformedTmxIsAWarningNamingItsLine() throws Exception {
        workspace();
        Files.createDirectories(root.resolve("tm"));
        Files.writeString(root.resolve("tm/bad.tmx"), "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body><tu>\n</body></tmx>\n");

        assertThat(run("tm", "stats", root.toString())).isEqualTo(Cli.OK);

        // older: two sentence pairs (the draft is no memory); newer: one translated Korean cell
        assertThat(out.toString()).contains("units: 3 (3 sentence units, 0 whole paragraphs)", "from: 2 documents, 0 TMX files",
                "ko: 3 units", "uk: 2 units");
        assertThat(err.toString()).contains("bad.tmx:").contains("left out of the memory");
    }
}
