package org.triptych.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.CheckSettings;
import org.triptych.ui.SampleCopy;

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
        assertThat(first.get("severity").getAsString()).isEqualTo("error");
        assertThat(first.get("message").getAsString()).isEqualTo("found 키예프, expected 키이우");
    }

    @Test
    void messagesCanBeAskedForInUkrainianOrKorean() throws Exception {
        workspace(PLANTED);
        assertThat(run("check", "--messages", "uk", "--lang", "uk", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[uk] forbidden-variant \"Lee Min-bok\": заборонене написання «Ли Мин Бока», "
                + "очікується «Лі Мін Бок»");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--messages", "ko", "--format", "json", "--lang", "ko", root.toString())).isEqualTo(1);
        JsonObject first = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings")
                .get(0).getAsJsonObject();
        assertThat(first.get("message").getAsString()).isEqualTo("금지된 표기 키예프, 올바른 표기: 키이우");
        assertThat(first.get("kind").getAsString()).isEqualTo("forbidden-variant");
    }

    @Test
    void listRulesShowsEachRuleWithItsStateSeveritiesAndDescription() throws Exception {
        workspace(CLEAN);
        Files.writeString(root.resolve(CheckSettings.FILE),
                "rule.missing-term.severity=warning\nrule.forbidden-variant.enabled=false\n");
        assertThat(run("check", "--list-rules", root.toString())).isZero();
        assertThat(out.toString().lines()).contains(
                "RULE                                 STATE  SEVERITY  DEFAULT   DESCRIPTION",
                "forbidden-variant                    off    error     error     A spelling the glossary forbids appears "
                        + "in the target, in any grammatical form.",
                "missing-term                         on     warning   error     A glossary term of the English has none "
                        + "of its renderings in the target, in any grammatical form.",
                "numbers.extra                        off    hint      hint      A number in digits in the target stands "
                        + "for no number of the English.",
                "typography.mixed-script              on     error     error     A Latin letter inside a Cyrillic word, "
                        + "or a Cyrillic letter inside a Latin word.",
                "double-space                         off    warning   warning   Two spaces in a row.",
                "check.drafts-as-hints=true");
    }

    @Test
    void theWorkspaceSettingsDecideWhichRulesRunAndAtWhichSeverity() throws Exception {
        workspace(PLANTED);
        Files.writeString(root.resolve(CheckSettings.FILE),
                "rule.forbidden-variant.enabled=false\nrule.missing-term.severity=hint\nspelling=on\n");
        assertThat(run("check", "--format", "json", root.toString())).isEqualTo(1);
        JsonArray findings = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings");
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getAsJsonObject().get("kind").getAsString()).isEqualTo("missing-term");
            assertThat(f.getAsJsonObject().get("severity").getAsString()).isEqualTo("hint");
        });
        assertThat(err.toString()).contains(root.resolve(CheckSettings.FILE) + ":3: unknown setting \"spelling\" ignored");
    }

    @Test
    void aBadSettingExitsWithTwoNamingFileAndLine() throws Exception {
        workspace(CLEAN);
        Files.writeString(root.resolve(CheckSettings.FILE), "# rules\nrule.missing-term.enabled=sometimes\n");
        assertThat(run("check", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(CheckSettings.FILE + ":2: rule.missing-term.enabled: \"sometimes\" is not true or false");
    }

    @Test
    void aRuleAddedFromOutsideTheCoreRunsInTheCommandWhenTheWorkspaceSwitchesItOn() throws Exception {
        // DoubleSpaceRule is registered by the tests' META-INF/services, off by default.
        Path file = workspace(CLEAN.replace("Київ answered", "Kyiv answered").replace("говорив у Києві", "говорив  у Києві"));
        // The built-in typography.double-space would report the same spaces; off here to see the outside rule alone.
        Files.writeString(root.resolve(CheckSettings.FILE), "rule.typography.double-space.enabled=false\n");
        assertThat(run("check", root.toString())).isZero();
        Files.writeString(root.resolve(CheckSettings.FILE),
                "rule.typography.double-space.enabled=false\nrule.double-space.enabled=true\n");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertThat(run("check", root.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                file + ":2: [uk] double-space: two spaces after \u201cговорив\u201d");
        assertThat(err.toString()).contains("1 finding (0 forbidden-variant, 0 missing-term, 0 numbers, ")
                .contains(", 1 double-space, ").contains(" 0 tags");
    }

    @Test
    void theSampleWithSixPlantedErrorsReportsExactlyThoseSix(@TempDir Path sample) throws Exception {
        if (!Files.isDirectory(Path.of("translations"))) {
            System.out.println("skipped: the sample workspace is not in the working directory");
            return;
        }
        SampleCopy.into(sample);
        Path article = sample.resolve("translations/article.csv");
        String text = Files.readString(article);
        String planted = text
                .replace("У Києві", "У Киеве")                            // p1 uk: forbidden Russian spelling
                .replace("키이우와", "키예프와")                              // p1 ko: forbidden spelling
                .replace("до Курської області", "до області")              // p1 uk: term left out
                .replace("Лі Мін Бок", "Ли Мин Бок")                       // p2 uk (a draft): forbidden spelling
                .replace("안찬일", "안창일")                                  // p2 ko: forbidden spelling
                .replace("이에 윤석열 대통령은", "이에 대통령은");                 // p3 ko: term left out
        assertThat(planted).isNotEqualTo(text);
        Files.writeString(article, planted);

        assertThat(run("check", "--format", "json", sample.toString())).isEqualTo(1);
        JsonArray findings = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings");
        assertThat(findings.asList()).extracting(f -> {
            JsonObject o = f.getAsJsonObject();
            return o.get("paragraph").getAsString() + " " + o.get("lang").getAsString() + " " + o.get("kind").getAsString()
                    + " " + o.get("term").getAsString() + " " + o.get("severity").getAsString();
        }).containsExactly(
                "p1 ko forbidden-variant Kyiv error",
                "p1 uk forbidden-variant Kyiv error",
                "p1 uk missing-term Kursk Oblast error",
                "p2 ko forbidden-variant Ahn Chan-il error",
                "p2 uk forbidden-variant Lee Min-bok hint",
                "p3 ko missing-term Yoon Suk Yeol error");
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
    void aBadDocumentIsReportedBeforeABadGlossaryThoughTheyAreReadAtOnce() throws Exception {
        Path document = workspace("id,en,ko\np1,\"unclosed,키이우\n");
        Files.writeString(root.resolve("glossaries/broken.csv"), "ko,uk\n키이우,Київ\n");
        assertThat(run("check", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(document.getFileName().toString()).doesNotContain("broken.csv");
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
