package org.triptych.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static final Path FILE = Path.of("translations", "t.csv");

    @Test
    void rowsKnowTheLineTheyStartOnAcrossBlankLinesAndEmbeddedNewlines() throws Exception {
        CsvTable table = CsvTable.parse(FILE, "id,en\n\np1,\"one\ntwo\nthree\"\n\n\np2,b\n");

        assertThat(table.header()).containsExactly("id", "en");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 8);
        assertThat(table.rows().get(0).cells()).containsExactly("p1", "one\ntwo\nthree");
    }

    @Test
    void errorAfterBlankLinesNamesTheRealLine() {
        assertThatThrownBy(() -> CsvTable.parse(FILE, "id,en\n\n\np1,a\n\np2,b,c\n"))
                .isInstanceOfSatisfying(BadFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.getMessage()).isEqualTo(FILE + ":6: row has 3 fields but the header has 2 (a stray comma or quote?)");
                });
    }

    @Test
    void unbalancedQuoteBeyondLineOneThousandKeepsItsFullLineNumber() {
        StringBuilder text = new StringBuilder("id,en\n");
        for (int i = 1; i <= 1500; i++) {
            text.append('p').append(i).append(",x\n");
        }
        text.append("q,\"never closed\nmore\n");

        assertThatThrownBy(() -> CsvTable.parse(FILE, text.toString()))
                .isInstanceOfSatisfying(BadFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1502);
                    assertThat(e.problem()).startsWith("unbalanced quote");
                });
    }

    @Test
    void textAfterAClosingQuoteIsReportedOnItsLineInPlainWords() {
        StringBuilder text = new StringBuilder("id,en\n");
        for (int i = 1; i <= 1200; i++) {
            text.append('p').append(i).append(",x\n");
        }
        text.append("q,\"quoted\" tail\n");

        assertThatThrownBy(() -> CsvTable.parse(FILE, text.toString()))
                .isInstanceOfSatisfying(BadFileException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        FILE + ":1202: text after a closing quote (a quote inside a field must be doubled: \"\")"));
    }

    @Test
    void crlfAndLoneCrBecomeLfAlsoInsideQuotedCells() throws Exception {
        CsvTable table = CsvTable.parse(FILE, "id,en\r\np1,\"a\r\nb\rc\"\r\np2,d\r\n");

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 5);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("a\nb\nc");
    }

    @Test
    void leadingByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        assertThat(CsvTable.parse(FILE, "\uFEFFid,en\n").header()).containsExactly("id", "en");
    }

    @Test
    void shortRowsArePaddedWithEmptyCells() throws Exception {
        CsvTable table = CsvTable.parse(FILE, "id,en,ko\np1\n");

        assertThat(table.rows().get(0).cells()).containsExactly("p1", "", "");
    }

    @Test
    void emptyFileNeedsAHeader() {
        assertThatThrownBy(() -> CsvTable.parse(FILE, "\n\n"))
                .hasMessage(FILE + ":1: empty file: a header row is required");
    }

    @Test
    void emptyColumnNameIsRefused() {
        assertThatThrownBy(() -> CsvTable.parse(FILE, "id,en,\n"))
                .hasMessage(FILE + ":1: header has an empty column name (column 3)");
    }

    @Test
    void cellsThatNeedQuotesRoundTripExactly() throws Exception {
        List<String> tricky = List.of("", " leading", "trailing ", "#hash", "a,b", "say \"hi\"", "two\nlines",
                "!bang", "|", "tab\tinside", "  ");
        List<String> header = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10");

        String written = CsvTable.format(header, List.of(tricky));
        CsvTable back = CsvTable.parse(FILE, written);

        assertThat(back.rows().get(0).cells()).containsExactlyElementsOf(tricky);
        assertThat(CsvTable.format(back.header(), List.of(back.rows().get(0).cells()))).isEqualTo(written);
    }

    @Test
    void formatWritesLfNfcAndMinimalQuotes() {
        String decomposedHangul = "\u1100\u1161"; // ᄀ + ᅡ = 가
        String text = CsvTable.format(List.of("id", "en"), List.of(
                List.of("p1", "plain"),
                List.of("p2", "line\r\nbreak " + decomposedHangul)));

        assertThat(text).isEqualTo("id,en\np1,plain\np2,\"line\nbreak 가\"\n");
    }

    @Test
    void formatRowMatchesTheLineFormatWrites() {
        assertThat(CsvTable.formatRow(List.of("p1", "a, b"))).isEqualTo("p1,\"a, b\"\n");
    }
}
