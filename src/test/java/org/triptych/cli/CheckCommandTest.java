package org.triptych.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    private static final String GLOSSARY = String.join("\n",
            "en,ko,ko_forbidden,uk,uk_forbidden,note",
            "Yoon Suk Yeol,윤석열,윤석렬,Юн Сок Йоль,Юн Сук Йоль,person",
            "Kyiv,키이우,키예프,Київ,Киев,place",
            "Lee Min-bok,이민복,,Лі Мін Бок,Ли Мин Бок,person",
            "Kursk Oblast,쿠르스크주,쿠르스크 주,Курська область,,place",
            "North Korean troops,북한군,,північнокорейські війська,,term",
            "");

    /** Correct, inflected translations: line 2 and 3 are clean, line 4 has an empty Ukrainian target. */
    private static final String CLEAN = String.join("\n",
            "id,en,ko,uk",
            "p1,Yoon Suk Yeol spoke in Kyiv about North Korean troops.,윤석열 대통령은 키이우에서 북한군에 대해 말했다.,"
                    + "Юн Сок Йоль говорив у Києві про північнокорейські війська.",
            "p2,Lee Min-bok's group went to Kursk Oblast.,이민복의 단체는 쿠르스크주로 갔다.,"
                    + "Група Лі Мін Бока поїхала до Курської області.",
            "p3,Kyiv answered.,키이우가 답했다.,",
            "");

    /** Four planted errors: a forbidden spelling in each language, a missing term, a particle error. */
    private static final String PLANTED = String.join("\n",
            "id,en,ko,uk",
            "p1,Yoon Suk Yeol spoke in Kyiv about North Korean troops.,윤석열 대통령은 키예프에서 북한군에 대해 말했다.,"
                    + "Юн Сок Йоль говорив у Києві про війська КНДР.",
            "p2,Lee Min-bok's group went to Kursk Oblast.,이민복를 단체는 쿠르스크주로 갔다.,"
                    + "Група Ли Мин Бока поїхала до Курської області.",
            "p3,Kyiv answered.,키이우가 답했다.,",
            "");

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path workspace(String document) throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Files.writeString(root.resolve("glossaries/names.csv"), GLOSSARY);
        Path file = root.resolve("translations/x.csv");
        Files.writeString(file, document);
        return file;
    }

    @Test
    void correctInflectedTranslationsCheckCleanWithExitZero() throws Exception {
        workspace(CLEAN);
        assertThat(run("check", root.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("0 findings");
    }

    @Test
    void plantedErrorsAreReportedOneLineEachAndNothingElse() throws Exception {
        Path file = workspace(PLANTED);
        assertThat(run("check", file.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                file + ":2: [ko] forbidden-variant \"Kyiv\": found 키예프, expected 키이우",
                file + ":2: [uk] missing-term \"North Korean troops\": expected північнокорейські війська",
                file + ":3: [ko] missing-term \"Lee Min-bok\": expected 이민복",
                file + ":3: [uk] forbidden-variant \"Lee Min-bok\": found Ли Мин Бока, expected Лі Мін Бок");
    }

    @Test
    void langLimitsTheTargetsChecked() throws Exception {
        workspace(PLANTED);
        assertThat(run("check", "--lang", "uk", root.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.contains("[uk]"));
    }

    @Test
    void jsonHasFindingsWithTheAgreedKeysAndASummary() throws Exception {
        workspace(PLANTED);
        assertThat(run("check", "--format", "json", "--glossary", root.resolve("glossaries/names.csv").toString(),
                root.resolve("translations/x.csv").toString())).isEqualTo(1);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonArray findings = json.getAsJsonArray("findings");
        assertThat(findings).hasSize(4);
        JsonObject first = findings.get(0).getAsJsonObject();
        assertThat(first.get("paragraph").getAsString()).isEqualTo("p1");
        assertThat(first.get("lang").getAsString()).isEqualTo("ko");
        assertThat(first.get("kind").getAsString()).isEqualTo("forbidden-variant");
        assertThat(first.get("term").getAsString()).isEqualTo("Kyiv");
        assertThat(first.get("found").getAsString()).isEqualTo("키예프");
        assertThat(first.get("line").getAsInt()).isEqualTo(2);
        JsonObject summary = json.getAsJsonObject("summary");
        assertThat(summary.get("findings").getAsInt()).isEqualTo(4);
        assertThat(summary.get("missing-term").getAsInt()).isEqualTo(2);
    }

    @Test
    void badInputExitsWithTwoAndNamesTheFile() throws Exception {
        workspace(CLEAN);
        Path broken = root.resolve("glossaries/broken.csv");
        Files.writeString(broken, "ko,uk\n키이우,Київ\n");
        assertThat(run("check", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.csv").contains("\"en\"");
    }

    @Test
    void aMissingPathOrABadLanguageExitsWithTwo() throws Exception {
        workspace(CLEAN);
        assertThat(run("check", root.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(run("check", "--lang", "not a tag", root.toString())).isEqualTo(2);
    }

    @Test
    void aWorkspaceWithoutGlossaryIsBadInput() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.writeString(root.resolve("translations/x.csv"), CLEAN);
        assertThat(run("check", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no glossary");
    }

    @Test
    void theSampleWorkspaceChecksClean() {
        Path sample = Path.of(".");
        if (!Files.isDirectory(sample.resolve("glossaries")) || !Files.isDirectory(sample.resolve("translations"))) {
            System.out.println("skipped: the sample workspace is not in the working directory");
            return;
        }
        assertThat(run("check", ".")).as(out.toString()).isZero();
        assertThat(List.of(out.toString())).containsExactly("");
    }
}
