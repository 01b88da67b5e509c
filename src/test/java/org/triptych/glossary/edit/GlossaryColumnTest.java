package org.triptych.glossary.edit;

import org.junit.jupiter.api.Test;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triptych.glossary.edit.GlossaryColumn.Kind.EXTRA;
import static org.triptych.glossary.edit.GlossaryColumn.Kind.FORBIDDEN;
import static org.triptych.glossary.edit.GlossaryColumn.Kind.NOTE;
import static org.triptych.glossary.edit.GlossaryColumn.Kind.TERMS;

class GlossaryColumnTest {

    static Glossary read(Path dir, String csv) throws Exception {
        Path file = dir.resolve("g.csv");
        Files.writeString(file, csv);
        return GlossaryCodec.fromTable(CsvTable.read(file));
    }

    @Test
    void columnsAreTermsThenForbiddenThenNoteThenUnknownColumns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Glossary glossary = read(dir, "en,source,ko,uk,uk_forbidden,note\nKyiv,wiki,키이우,Київ,Киев,city\n");

        assertThat(GlossaryColumn.of(glossary)).containsExactly(
                new GlossaryColumn(TERMS, "en"), new GlossaryColumn(TERMS, "ko"), new GlossaryColumn(TERMS, "uk"),
                new GlossaryColumn(FORBIDDEN, "ko"), new GlossaryColumn(FORBIDDEN, "uk"),
                new GlossaryColumn(NOTE, "note"), new GlossaryColumn(EXTRA, "source"));
    }

    @Test
    void editingACellKeepsUnknownValuesAndTheSourceLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Glossary glossary = read(dir, "en,source,uk,note\nKyiv,wiki,Київ,city\n");
        Concept before = glossary.concepts().get(0);

        Concept after = new GlossaryColumn(TERMS, "uk").withCell(before, " Київ |Кийів ");

        assertThat(after.terms("uk")).containsExactly(new Term("uk", "Київ", true), new Term("uk", "Кийів", false));
        assertThat(after.extra()).isEqualTo(Map.of("source", "wiki"));
        assertThat(after.line()).isEqualTo(before.line()).isEqualTo(2);
        assertThat(after.note()).isEqualTo("city");
        String written = GlossaryCodec.format(glossary.withConcepts(List.of(after)));
        assertThat(written).isEqualTo("en,source,uk,note\nKyiv,wiki,Київ|Кийів,city\n");
    }

    @Test
    void cellTextIsNormalisedToNfcAndEmptyingACellRemovesTheLanguage() {
        Concept concept = new Concept(Map.of("en", List.of(new Term("en", "Kyiv", true))), Map.of(), "", Map.of(), 0);

        Concept accented = new GlossaryColumn(TERMS, "uk").withCell(concept, "Ки\u0457в".replace("\u0457", "\u0456\u0308"));
        assertThat(accented.preferred("uk")).isEqualTo("Ки\u0457в");
        assertThat(new GlossaryColumn(TERMS, "uk").withCell(accented, "  ").terms()).containsOnlyKeys("en");
    }

    @Test
    void aCellShowsAlternativesSeparatedByABar() {
        Concept concept = new GlossaryColumn(FORBIDDEN, "uk")
                .withCell(new Concept(Map.of(), Map.of(), "", Map.of(), 0), "Киев|Кiев");

        assertThat(new GlossaryColumn(FORBIDDEN, "uk").cell(concept)).isEqualTo("Киев | Кiев");
    }
}
