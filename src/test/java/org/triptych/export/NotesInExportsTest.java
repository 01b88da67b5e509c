package org.triptych.export;

import org.triptych.text.OpeningQuotes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.CsvTable;
import org.triptych.model.Document;
import org.triptych.task.Progress;
import org.triptych.text.OpeningQuotes;
import org.triptych.testing.ExchangeFixtures;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph's note is shown under its English in DOCX and HTML, and has its column in CSV. */
class NotesInExportsTest {

    private static final String NOTE = "키이우, not 키예프 — «Київ», \"Kyiv\" & <b>not bold</b>\nsecond line";

    @TempDir
    Path dir;

    /** The fixture (p1's note: "names checked") with a hard note on p2 and one that looks like a formula on p3. */
    private Document document() {
        Document document = ExchangeFixtures.document(dir.resolve("article.csv"));
        document = document.withParagraph(document.paragraph("p2").orElseThrow().withNote(NOTE));
        return document.withParagraph(document.paragraph("p3").orElseThrow().withNote("=HYPERLINK(\"http://example.com\")"));
    }

    @Test
    void docxShowsTheNoteUnderItsEnglishSmallerItalicAndGrey() throws Exception {
        Path out = dir.resolve("article.docx");
        DocxExporter.export(document(), List.of(), ExportOptions.DEFAULT, out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XWPFDocument docx = new XWPFDocument(in)) {
            XWPFTableCell english = docx.getTables().get(0).getRow(2).getCell(1);
            assertThat(english.getParagraphs()).hasSize(2);
            assertThat(english.getParagraphs().get(0).getText()).isEqualTo("The talks lasted \"two hours\" & ended <early>.");
            XWPFParagraph note = english.getParagraphs().get(1);
            assertThat(note.getText()).isEqualTo(OpeningQuotes.join(NOTE)).contains("«\u2060Київ»");
            XWPFRun run = note.getRuns().get(0);
            assertThat(run.isItalic()).isTrue();
            assertThat(run.getColor()).isEqualTo("666666");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(8.0);
            XWPFRun source = english.getParagraphs().get(0).getRuns().get(0);
            assertThat(source.isItalic()).isFalse();
            assertThat(source.getFontSizeAsDouble()).isEqualTo(10.0);

            assertThat(docx.getTables().get(0).getRow(4).getCell(1).getParagraphs()).as("p4 has no note").hasSize(1);
            assertThat(docx.getTables().get(0).getRow(1).getCell(2).getParagraphs()).as("only under the English").hasSize(1);
        }
    }

    @Test
    void htmlShowsTheNoteEscapedUnderItsEnglish() {
        String html = HtmlExporter.format(document(), List.of("ko", "uk"), ExportOptions.DEFAULT, Progress.NONE);
        assertThat(html).contains("<td lang=\"en\">The talks lasted &quot;two hours&quot; &amp; ended &lt;early&gt;."
                + "<div class=\"note\">키이우, not 키예프 — «Київ», &quot;Kyiv&quot; &amp; &lt;b&gt;not bold&lt;/b&gt;\nsecond line</div></td>");
        assertThat(html).doesNotContain("<b>not bold");
        assertThat(html).containsPattern("\\.note \\{[^}]*font-style: italic;[^}]*color: #666;");
        assertThat(html).contains("<td lang=\"en\">Line one\nline two</td>");
    }

    @Test
    void csvHasTheNoteColumnWithFormulaCellsNeutralised() throws Exception {
        Path out = dir.resolve("article.csv.export");
        CsvExporter.export(document(), List.of("uk"), out, Progress.NONE);
        CsvTable table = CsvTable.read(out);
        assertThat(table.header()).containsExactly("id", "en", "uk", "uk_status", "note");
        assertThat(table.rows().get(0).cell(4)).isEqualTo("names checked");
        assertThat(table.rows().get(1).cell(4)).isEqualTo(NOTE);
        assertThat(table.rows().get(2).cell(4)).isEqualTo("'=HYPERLINK(\"http://example.com\")");
    }
}
