package org.triptych.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The glossary's case and gender columns, read from a file, change what the check reports; the file keeps them. */
class GlossaryColumnsCheckTest {

    private static final String GLOSSARY = """
            en,uk,uk_forbidden,case,gender,note
            Rose,Роуз,,,female,a person
            bush,кущ,,,,a plant
            Kim Yo-jong,Кім Йо Чжон,,,female,person
            Kim Jong-un,Кім Чен Ин,,,male,person
            March,березень,,sensitive,,the month
            North Korea,Північна Корея,Северная Корея,,,country
            """;

    private static CheckEngine engine(Path dir) throws IOException {
        Path file = dir.resolve("g.csv");
        Files.writeString(file, GLOSSARY, StandardCharsets.UTF_8);
        Glossary glossary = GlossaryCodec.read(file);
        assertThat(GlossaryCodec.format(glossary)).isEqualTo(GLOSSARY);
        return CheckEngine.standard(Terminology.of(glossary.concepts()), CheckSettings.defaults());
    }

    private static List<String> findings(CheckEngine engine, String english, String uk) {
        Paragraph paragraph = new Paragraph("p1", english, Map.of("uk", new Translation(uk, Status.TRANSLATED)), "",
                Map.of(), 2);
        return engine.check(Path.of("x.csv"), paragraph, "uk").stream()
                .filter(f -> f.rule().equals(MissingTermRule.ID) || f.rule().equals(ForbiddenVariantRule.ID))
                .map(f -> f.rule() + ":" + f.messageKey() + ":" + f.term()).toList();
    }

    @Test
    void aCapitalisedEntryIsNotFoundInLowerCaseText(@TempDir Path dir) throws IOException {
        CheckEngine engine = engine(dir);
        assertThat(findings(engine, "She picked a rose.", "Вона зірвала троянду.")).isEmpty();
        assertThat(findings(engine, "Rose picked it.", "Вона зірвала троянду."))
                .containsExactly("missing-term:finding.missing-term:Rose");
        assertThat(findings(engine, "In March they march.", "У березні вони марширують.")).isEmpty();
        assertThat(findings(engine, "they march", "вони марширують")).isEmpty();
        assertThat(findings(engine, "Bush hid behind a bush.", "Буш сховався за кущем.")).isEmpty();
    }

    @Test
    void aWomansNameWrittenDeclinedIsReportedAndAMansIsNot(@TempDir Path dir) throws IOException {
        CheckEngine engine = engine(dir);
        assertThat(findings(engine, "Kim Yo-jong said so.", "Так сказала Кім Йо Чжон.")).isEmpty();
        assertThat(findings(engine, "A statement by Kim Yo-jong.", "Заява Кім Йо Чжона."))
                .containsExactly("missing-term:finding.missing-term.feminine-name:Kim Yo-jong");
        assertThat(findings(engine, "A statement by Kim Jong-un.", "Заява Кім Чен Ина.")).isEmpty();
        assertThat(findings(engine, "Rose's letter.", "Лист Роуза.")).containsExactly(
                "missing-term:finding.missing-term.feminine-name:Rose");
    }

    @Test
    void aForbiddenRussianSpellingInACaseFormIsForbiddenNotMissing(@TempDir Path dir) throws IOException {
        CheckEngine engine = engine(dir);
        assertThat(findings(engine, "The army of North Korea.", "Армія Северной Кореи."))
                .containsExactly("forbidden-variant:finding.forbidden-variant:North Korea");
    }
}
