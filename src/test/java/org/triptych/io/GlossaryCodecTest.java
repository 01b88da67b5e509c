package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryCodecTest {

    private static final String GLOSSARY = String.join("\n",
            "en,ko,uk,uk_forbidden,note,source",
            "Volodymyr Zelensky,볼로디미르 젤렌스키|젤렌스키,Володимир Зеленський|Зеленський,Зеленский|Владимир Зеленский,President of Ukraine,\"Office of the President, 2024\"",
            "Kyiv,키이우,Київ,Киев,,",
            "",
            ",,,,,",
            "\"Lee Min-bok\",이민복,Лі Мін Бок,,\"Korean name, family name first\",",
            "");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsAlternativesPreferredFirstForbiddenSpellingsNotesAndUnknownColumns() throws Exception {
        Glossary glossary = GlossaryCodec.read(write("names.csv", GLOSSARY));

        assertThat(glossary.languages()).containsExactly("en", "ko", "uk");
        assertThat(glossary.concepts()).hasSize(3);
        Concept zelensky = glossary.concepts().get(0);
        assertThat(zelensky.english()).isEqualTo("Volodymyr Zelensky");
        assertThat(zelensky.terms("uk")).containsExactly(
                new Term("uk", "Володимир Зеленський", true), new Term("uk", "Зеленський", false));
        assertThat(zelensky.preferred("ko")).isEqualTo("볼로디미르 젤렌스키");
        assertThat(zelensky.forbidden("uk")).containsExactly("Зеленский", "Владимир Зеленский");
        assertThat(zelensky.note()).isEqualTo("President of Ukraine");
        assertThat(zelensky.extra()).isEqualTo(Map.of("source", "Office of the President, 2024"));
        assertThat(zelensky.line()).isEqualTo(2);
        assertThat(glossary.concepts().get(2).line()).isEqualTo(6);
    }

    @Test
    void loadThenSaveDropsOnlyEmptyRowsAndIsThenByteIdentical() throws Exception {
        Path file = write("names.csv", GLOSSARY);

        GlossaryCodec.save(GlossaryCodec.read(file));
        String once = Files.readString(file);
        GlossaryCodec.save(GlossaryCodec.read(file));

        assertThat(once).isEqualTo(String.join("\n",
                "en,ko,uk,uk_forbidden,note,source",
                "Volodymyr Zelensky,볼로디미르 젤렌스키|젤렌스키,Володимир Зеленський|Зеленський,Зеленский|Владимир Зеленский,President of Ukraine,\"Office of the President, 2024\"",
                "Kyiv,키이우,Київ,Киев,,",
                "Lee Min-bok,이민복,Лі Мін Бок,,\"Korean name, family name first\",",
                ""));
        assertThat(Files.readString(file)).isEqualTo(once);
    }

    @Test
    void alternativesAreTrimmedAndEmptyOnesDropped() {
        assertThat(GlossaryCodec.split(" Київ | |Киеве|")).containsExactly("Київ", "Киеве");
        assertThat(GlossaryCodec.split("  ")).isEmpty();
    }

    @Test
    void aRowWithOnlyANoteOrUnknownValuesIsKept() throws Exception {
        Path file = write("terms.csv", "en,ko,note,owner\n,,find the Korean term,desk\n");

        GlossaryCodec.save(GlossaryCodec.read(file));

        // An empty first cell is always quoted, so that a record can never be mistaken for a blank line.
        assertThat(Files.readString(file)).isEqualTo("en,ko,note,owner\n\"\",,find the Korean term,desk\n");
    }

    @Test
    void forbiddenColumnOfALanguageWithoutTermsIsKept() throws Exception {
        Path file = write("terms.csv", "en,uk,ru_forbidden\nKyiv,Київ,Киев\n");

        Glossary glossary = GlossaryCodec.read(file);
        GlossaryCodec.save(glossary);

        assertThat(glossary.concepts().get(0).forbidden("ru")).containsExactly("Киев");
        assertThat(Files.readString(file)).isEqualTo("en,uk,ru_forbidden\nKyiv,Київ,Киев\n");
    }

    @Test
    void addedConceptsBringTheColumnsTheyNeed() throws Exception {
        Path file = write("terms.csv", "en,ko\nKyiv,키이우\n");
        Glossary glossary = GlossaryCodec.read(file);
        Concept odesa = new Concept(
                Map.of("en", List.of(new Term("en", "Odesa", true)), "uk", List.of(new Term("uk", "Одеса", true))),
                Map.of("uk", List.of("Одесса")), "port city", Map.of(), 0);

        GlossaryCodec.save(glossary.withConcept(odesa));

        assertThat(Files.readString(file)).isEqualTo(
                "en,ko,uk,uk_forbidden,note\nKyiv,키이우,,,\nOdesa,,Одеса,Одесса,port city\n");
    }
}
