package org.triptych.export;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.importer.SourceFiles;
import org.triptych.importer.SourceImport;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.testing.SourceDocx;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Word, Markdown or text source imported, translated and written back in its own format. */
class TargetExportTest {

    /** Korean for {@link SourceDocx#PARAGRAPHS}; null leaves the English. */
    static final Map<String, String> KOREAN = Map.ofEntries(
            Map.entry("Delivery report", "납품 보고서"),
            Map.entry("The talks in Kyiv", "키이우 회담"),
            Map.entry(SourceDocx.PARAGRAPHS[2], "관리들은 월요일 <b1>세 시간</b1> 동안 만났지만 <i2>합의 없이</i2> 헤어졌다. <a3>성명</a3>을 보라."),
            Map.entry("Grain exports resume next week.", "곡물 수출은 다음 주에 재개된다."),
            Map.entry("Prisoners are exchanged first.", "포로 교환이 먼저 이뤄진다."),
            Map.entry("City", "도시"), Map.entry("Population", "인구"), Map.entry("Kyiv", "키이우"),
            Map.entry("2.9 million", "290만 명"),
            Map.entry("Internal draft", "내부 초안"),
            Map.entry("Page <x1/>", "<x1/>쪽"));

    @TempDir
    Path root;
    Path source;

    @BeforeEach
    void writeSource() throws Exception {
        source = root.resolve("incoming/report.docx");
        Files.createDirectories(source.getParent());
        SourceDocx.write(source);
    }

    /** Imports the source and fills in the Korean of {@link #KOREAN}: all but one paragraph, one of them a draft. */
    Document importAndTranslate() throws Exception {
        SourceImport.run(root, source, "", false, null, List.of("ko", "uk"), Progress.NONE);
        Document doc = DocumentCodec.read(root.resolve("translations/report.csv"));
        List<Paragraph> translated = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String korean = KOREAN.get(p.source());
            Status status = p.source().equals("Internal draft") ? Status.DRAFT : Status.TRANSLATED;
            translated.add(korean == null ? p : p.withTarget("ko", new Translation(korean, status)));
        }
        Document done = doc.withParagraphs(translated);
        DocumentCodec.save(done);
        return done;
    }

    @Test
    void importKeepsTheSourceAndWhereEachParagraphIs() throws Exception {
        Document doc = importAndTranslate();
        assertThat(doc.paragraphs()).extracting(Paragraph::source).containsExactly(SourceDocx.PARAGRAPHS);
        assertThat(doc.columns()).contains(SourceFiles.LOCATOR_COLUMN);
        assertThat(doc.paragraphs()).extracting(SourceFiles::locator)
                .containsExactly("body/0", "body/1", "body/2", "body/3", "body/4", "body/5/r0/c0/0", "body/5/r0/c1/0",
                        "body/5/r1/c0/0", "body/5/r1/c1/0", "body/7", "header1/0", "footer1/0");
        assertThat(SourceFiles.sourceOf(doc)).contains(root.resolve("sources/report.docx"));
        assertThat(Files.readAllBytes(root.resolve("sources/report.docx"))).isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void koreanDocxKeepsTheStructureAndCarriesTheTranslation() throws Exception {
        Document doc = importAndTranslate();
        Path out = root.resolve("exports/report.ko.docx");
        List<TargetExport.Report> reports = TargetExport.export(doc, List.of("ko"), out, Progress.NONE);

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.paragraphs()).isEqualTo(12);
            assertThat(r.untranslated()).isEqualTo(1);
            assertThat(r.drafts()).isEqualTo(1);
        });
        try (XWPFDocument before = open(source); XWPFDocument after = open(out)) {
            List<IBodyElement> a = before.getBodyElements();
            List<IBodyElement> b = after.getBodyElements();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).getElementType()).isEqualTo(a.get(i).getElementType());
                if (a.get(i) instanceof XWPFParagraph pa) {
                    XWPFParagraph pb = (XWPFParagraph) b.get(i);
                    assertThat(pb.getStyle()).isEqualTo(pa.getStyle());
                    assertThat(pb.getNumID()).isEqualTo(pa.getNumID());
                }
            }
            XWPFTable table = after.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(1).getTableCells()).hasSize(2);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("290만 명");
            assertThat(after.getParagraphs()).extracting(XWPFParagraph::getText).containsSubsequence(
                    "납품 보고서", "키이우 회담", "관리들은 월요일 세 시간 동안 만났지만 합의 없이 헤어졌다. 성명을 보라.",
                    "곡물 수출은 다음 주에 재개된다.", "The next round is planned for May.");
            assertThat(after.getHeaderList().get(0).getText().strip()).isEqualTo("내부 초안");
            String footer = after.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).containsSubsequence("w:instr=\"PAGE\"", "쪽");
            assertThat(after.getAllPictures()).hasSize(1);
            assertThat(after.getParagraphs().get(5).getRuns().get(0).getEmbeddedPictures()).hasSize(1);

            XWPFParagraph mixed = after.getParagraphs().get(2);
            assertThat(runWith(mixed, "세 시간").isBold()).isTrue();
            assertThat(runWith(mixed, "합의 없이").isItalic()).isTrue();
            assertThat(runWith(mixed, "동안 만났지만").isBold()).isFalse();
            XWPFRun link = runWith(mixed, "성명");
            assertThat(link).isInstanceOf(XWPFHyperlinkRun.class);
            assertThat(((XWPFHyperlinkRun) link).getHyperlink(after).getURL()).isEqualTo("https://example.org/statement");

            String xml = mixed.getCTP().xmlText();
            assertThat(xml).contains("w:val=\"ko-KR\"").contains("w:eastAsia=\"ko-KR\"")
                    .contains("<w:autoSpaceDE w:val=\"0\"/>").contains("<w:autoSpaceDN w:val=\"0\"/>")
                    .contains("w:eastAsia=\"" + TargetExport.KOREAN_FONT + "\"");
            String untranslated = after.getParagraphs().get(6).getCTP().xmlText();
            assertThat(untranslated).doesNotContain("ko-KR").doesNotContain("autoSpaceDE");
            assertThat(after.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().xmlText())
                    .contains("w:val=\"ko-KR\"");
        }
    }

    @Test
    void theDocxXmlKeepsEveryPartAndEveryElementButTheRuns() throws Exception {
        Document doc = importAndTranslate();
        Path out = root.resolve("exports/report.ko.docx");
        TargetExport.export(doc, List.of("ko"), out, Progress.NONE);
        assertThat(partNames(out)).isEqualTo(partNames(source));
        assertThat(skeleton(out, "word/document.xml")).isEqualTo(skeleton(source, "word/document.xml"));
        assertThat(skeleton(out, "word/header1.xml")).isEqualTo(skeleton(source, "word/header1.xml"));
        assertThat(skeleton(out, "word/footer1.xml")).isEqualTo(skeleton(source, "word/footer1.xml"));
        assertThat(skeleton(out, "word/numbering.xml")).isEqualTo(skeleton(source, "word/numbering.xml"));
    }

    @Test
    void ukrainianGetsItsLanguageAndKeepsEnglishWhereNothingIsTranslated() throws Exception {
        Document doc = importAndTranslate();
        Paragraph heading = doc.paragraphs().get(1).withTarget("uk", new Translation("Переговори в Києві", Status.REVIEWED));
        Path out = root.resolve("exports/report.uk.docx");
        TargetExport.Report report = TargetExport.export(doc.withParagraph(heading), List.of("uk"), out, Progress.NONE).get(0);
        assertThat(report.untranslated()).isEqualTo(11);
        try (XWPFDocument after = open(out)) {
            assertThat(after.getParagraphs().get(1).getText()).isEqualTo("Переговори в Києві");
            assertThat(after.getParagraphs().get(1).getCTP().xmlText()).contains("w:val=\"uk-UA\"").doesNotContain("autoSpaceDE");
            assertThat(after.getParagraphs().get(0).getText()).isEqualTo("Delivery report");
        }
    }

    @Test
    void aDamagedSourceIsAClearErrorAndNothingIsWritten() throws Exception {
        Document doc = importAndTranslate();
        Files.write(root.resolve("sources/report.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path out = root.resolve("exports/report.ko.docx");
        assertThatThrownBy(() -> TargetExport.export(doc, List.of("ko"), out, Progress.NONE))
                .isInstanceOf(BadFileException.class).hasMessageContaining("report.docx").hasMessageContaining(".docx");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingSourceIsAClearErrorAndNothingIsWritten() throws Exception {
        Document doc = importAndTranslate();
        Files.delete(root.resolve("sources/report.docx"));
        Path out = root.resolve("exports/report.ko.docx");
        assertThatThrownBy(() -> TargetExport.export(doc, List.of("ko"), out, Progress.NONE))
                .isInstanceOf(BadFileException.class).hasMessageContaining("report.csv")
                .hasMessageContaining("no source kept").hasMessageContaining("import its source again");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSourceChangedSinceTheImportIsRefused() throws Exception {
        Document doc = importAndTranslate();
        Document edited = doc.withParagraph(doc.paragraphs().get(3).withSource("Grain exports resumed."));
        Path out = root.resolve("exports/report.ko.docx");
        assertThatThrownBy(() -> TargetExport.export(edited, List.of("ko"), out, Progress.NONE))
                .isInstanceOf(BadFileException.class).hasMessageContaining("no longer matches")
                .hasMessageContaining("p4").hasMessageContaining("body/3");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNewVersionOfTheSourceMovesTheLocatorsAndTheCopyAndTheTranslationsStay() throws Exception {
        importAndTranslate();
        try (XWPFDocument docx = open(source)) {
            XWPFParagraph added = docx.insertNewParagraph(docx.getParagraphs().get(0).getCTP().newCursor());
            added.createRun().setText("Second version, for the board.");
            try (var out = Files.newOutputStream(source)) {
                docx.write(out);
            }
        }
        SourceImport.Report update = SourceImport.run(root, source, "report", false, null, List.of(), Progress.NONE);
        assertThat(update.added()).isEqualTo(1);
        Document doc = DocumentCodec.read(root.resolve("translations/report.csv"));
        assertThat(doc.paragraphs().get(2).source()).isEqualTo("The talks in Kyiv");
        assertThat(SourceFiles.locator(doc.paragraphs().get(2))).isEqualTo("body/2");
        assertThat(Files.readAllBytes(root.resolve("sources/report.docx"))).isEqualTo(Files.readAllBytes(source));
        Path out = root.resolve("exports/report.ko.docx");
        TargetExport.Report report = TargetExport.export(doc, List.of("ko"), out, Progress.NONE).get(0);
        assertThat(report.untranslated()).isEqualTo(2);
        try (XWPFDocument after = open(out)) {
            assertThat(after.getParagraphs().get(0).getText()).isEqualTo("Second version, for the board.");
            assertThat(after.getParagraphs().get(2).getText()).isEqualTo("키이우 회담");
        }
    }

    @Test
    void theSourceCopyMovesWithTheWorkspace() throws Exception {
        importAndTranslate();
        Path moved = Files.move(root.resolve("translations").getParent(), root.resolveSibling(root.getFileName() + "-moved"));
        try {
            Document doc = DocumentCodec.read(moved.resolve("translations/report.csv"));
            Path out = moved.resolve("exports/report.ko.docx");
            assertThat(TargetExport.export(doc, List.of("ko"), out, Progress.NONE)).hasSize(1);
            assertThat(out).exists();
        } finally {
            Files.move(moved, root);
        }
    }

    @Test
    void markdownKeepsItsMarkersCodeAndLinkTargets() throws Exception {
        Path md = root.resolve("incoming/notes.md");
        Files.writeString(md, """
                # The **talks** in Kyiv

                Officials met for *three hours*; read [the statement](https://example.org/s) and run `make report`.

                - Grain exports resume.
                - Prisoners are exchanged.

                ```
                code stays English
                ```

                Untranslated closing line.
                """);
        SourceImport.run(root, md, "", false, null, List.of("ko"), Progress.NONE);
        Document doc = DocumentCodec.read(root.resolve("translations/notes.csv"));
        assertThat(doc.paragraphs()).extracting(Paragraph::source).containsExactly(
                "The <b1>talks</b1> in Kyiv",
                "Officials met for <i1>three hours</i1>; read <a2>the statement</a2> and run <c3/>.",
                "Grain exports resume.", "Prisoners are exchanged.", "Untranslated closing line.");
        List<String> korean = List.of("키이우 <b1>회담</b1>", "관리들은 <i1>세 시간</i1> 만났다. <a2>성명</a2>을 읽고 <c3/>을 실행하라.",
                "곡물 수출 재개.", "포로 교환.");
        List<Paragraph> translated = new ArrayList<>(doc.paragraphs());
        for (int i = 0; i < korean.size(); i++) {
            translated.set(i, translated.get(i).withTarget("ko", new Translation(korean.get(i), Status.TRANSLATED)));
        }
        Path out = root.resolve("exports/notes.ko.md");
        TargetExport.Report report = TargetExport.export(doc.withParagraphs(translated), List.of("ko"), out, Progress.NONE).get(0);
        assertThat(report.untranslated()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("""
                # 키이우 **회담**

                관리들은 *세 시간* 만났다. [성명](https://example.org/s)을 읽고 `make report`을 실행하라.

                - 곡물 수출 재개.
                - 포로 교환.

                ```
                code stays English
                ```

                Untranslated closing line.
                """);
    }

    @Test
    void plainTextKeepsItsLinesAndIndentation() throws Exception {
        Path txt = root.resolve("incoming/memo.txt");
        Files.writeString(txt, "Memo\n\n  Talks resume\non Monday.\n\nEnd.\n");
        SourceImport.run(root, txt, "", false, null, List.of("uk"), Progress.NONE);
        Document doc = DocumentCodec.read(root.resolve("translations/memo.csv"));
        assertThat(doc.paragraphs()).extracting(SourceFiles::locator).containsExactly("lines/1-1", "lines/3-4", "lines/6-6");
        List<Paragraph> translated = List.of(
                doc.paragraphs().get(0).withTarget("uk", new Translation("Записка", Status.TRANSLATED)),
                doc.paragraphs().get(1).withTarget("uk", new Translation("Переговори відновляться в понеділок.", Status.TRANSLATED)),
                doc.paragraphs().get(2));
        Path out = root.resolve("exports/memo.uk.txt");
        TargetExport.Report report = TargetExport.export(doc.withParagraphs(translated), List.of("uk"), out, Progress.NONE).get(0);
        assertThat(report.untranslated()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("Записка\n\n  Переговори відновляться в понеділок.\n\nEnd.\n");
    }

    static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static XWPFRun runWith(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with " + text + " in " + paragraph.getText()));
    }

    static TreeSet<String> partNames(Path docx) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        return names;
    }

    /**
     * The element names of a part, in document order and indented by depth, without what a translation
     * rewrites: runs, links, proofing marks, the language and the Korean spacing switches.
     */
    static String skeleton(Path docx, String part) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            StringBuilder out = new StringBuilder();
            walk(factory.newDocumentBuilder().parse(in).getDocumentElement(), 0, out);
            return out.toString();
        }
    }

    private static boolean onlySpacingSwitches(Element element) {
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && !child.getLocalName().startsWith("autoSpace")) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Element element, int depth, StringBuilder out) {
        String name = element.getLocalName();
        if (List.of("r", "hyperlink", "proofErr", "autoSpaceDE", "autoSpaceDN", "lang").contains(name)) {
            return;
        }
        if (name.equals("pPr") && onlySpacingSwitches(element)) {
            return; // made for the Korean switches alone
        }
        out.append("  ".repeat(depth)).append(name).append('\n');
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, depth + 1, out);
            }
        }
    }
}
