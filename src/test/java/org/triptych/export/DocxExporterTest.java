package org.triptych.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.triptych.model.Document;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxExporterTest {

    @TempDir
    Path dir;

    private XWPFDocument exportAndOpen(List<String> langs, ExportOptions options) throws Exception {
        Document document = ExchangeFixtures.document(dir.resolve("article.csv"));
        Path out = dir.resolve("article.docx");
        DocxExporter.export(document, langs, options, out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void writesOneRowPerParagraphWithTheHeaderRepeatedOnEveryPage() throws Exception {
        try (XWPFDocument docx = exportAndOpen(List.of(), ExportOptions.DEFAULT)) {
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(5);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(c -> c.getText()).containsExactly("#", "English", "Korean", "Ukrainian");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("p1");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("젤렌스키 대통령은 런던에서 스타머 총리를 만났다.");
            assertThat(table.getRow(4).getCell(0).getText()).isEqualTo("p4");
            assertThat(table.getRow(4).getCell(1).getText()).isEqualTo("Line one\nline two");
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("article");
        }
    }

    @Test
    void tagsEveryRunWithItsLanguageAndGivesKoreanAnEastAsianFont() throws Exception {
        try (XWPFDocument docx = exportAndOpen(List.of(), ExportOptions.DEFAULT)) {
            XWPFTableRow row = docx.getTables().get(0).getRow(1);
            CTRPr en = firstRun(row, 1).getCTR().getRPr();
            CTRPr ko = firstRun(row, 2).getCTR().getRPr();
            CTRPr uk = firstRun(row, 3).getCTR().getRPr();
            assertThat(en.getLangArray(0).getVal()).isEqualTo("en-US");
            assertThat(uk.getLangArray(0).getVal()).isEqualTo("uk-UA");
            assertThat(ko.getLangArray(0).getEastAsia()).isEqualTo("ko-KR");
            assertThat(ko.getRFontsArray(0).getEastAsia()).isEqualTo(DocxExporter.KOREAN_FONT);
            assertThat(ko.getRFontsArray(0).getAscii()).isEqualTo(DocxExporter.KOREAN_FONT);
            assertThat(uk.getRFontsArray(0).getHAnsi()).isEqualTo(DocxExporter.TEXT_FONT);
        }
    }

    @Test
    void namesMalgunGothicAsTheKoreanFontsFallback() throws Exception {
        try (XWPFDocument docx = exportAndOpen(List.of(), ExportOptions.DEFAULT)) {
            var parts = docx.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"));
            assertThat(parts).hasSize(1);
            String xml = new String(parts.get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"Noto Sans CJK KR\"><w:altName w:val=\"Malgun Gothic\"/>");
        }
    }

    @Test
    void turnsThePageToLandscapeFromThreeColumnsOn() throws Exception {
        try (XWPFDocument three = exportAndOpen(List.of("ko", "uk"), ExportOptions.DEFAULT)) {
            assertThat(three.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        }
        try (XWPFDocument two = exportAndOpen(List.of("uk"), ExportOptions.DEFAULT)) {
            assertThat(two.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(two.getTables().get(0).getRow(0).getTableCells()).hasSize(3);
        }
    }

    @Test
    void appendsTheGlossaryWhenAsked() throws Exception {
        try (XWPFDocument docx = exportAndOpen(List.of(), new ExportOptions("Delivery", ExchangeFixtures.glossary()))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("Delivery");
            assertThat(docx.getTables()).hasSize(2);
            XWPFTable glossary = docx.getTables().get(1);
            assertThat(glossary.getRow(1).getCell(2).getText()).isEqualTo("Зеленський");
            assertThat(glossary.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void leavesNoFileBehindWhenCancelled() {
        Document document = ExchangeFixtures.document(dir.resolve("article.csv"));
        Progress cancelled = new Progress() {
            @Override
            public void step(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path out = dir.resolve("cancelled.docx");
        assertThatThrownBy(() -> DocxExporter.export(document, List.of(), ExportOptions.DEFAULT, out, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
    }

    private static XWPFRun firstRun(XWPFTableRow row, int cell) {
        return row.getCell(cell).getParagraphs().get(0).getRuns().get(0);
    }
}
