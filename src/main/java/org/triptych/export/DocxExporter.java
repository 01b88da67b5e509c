package org.triptych.export;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.triptych.exchange.LanguageTags;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/**
 * A Word document for delivery and review: a title, then a table with one row per paragraph and a column for
 * English and each chosen target, its header row repeated on every page; landscape A4 from three columns on.
 * Every run carries its language ({@code en-US}, {@code uk-UA}, {@code ko-KR} as East Asian language) so
 * Word and LibreOffice pick the right fonts and spell checkers; Korean runs use an East Asian font. A paragraph's
 * note is shown under its English, smaller, italic and grey.
 */
public final class DocxExporter {

    /** The font for Latin and Cyrillic text: present on Windows and macOS, substituted metrically elsewhere. */
    public static final String TEXT_FONT = "Arial";
    /** The font for Hangul; {@link #KOREAN_FALLBACK} is named as its alternative in the font table. */
    public static final String KOREAN_FONT = "Noto Sans CJK KR";
    public static final String KOREAN_FALLBACK = "Malgun Gothic";

    private static final int A4_SHORT = 11906; // twentieths of a point
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 850; // 1.5 cm
    private static final int BODY_HALF_POINTS = 20; // 10 pt
    private static final int NOTE_HALF_POINTS = 16; // 8 pt
    private static final int NOTE_SPACING = 80; // 4 pt above the note, in twentieths of a point
    private static final String NOTE_COLOUR = "666666";
    private static final String FONT_TABLE_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String FONT_TABLE_CONTENT =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

    private DocxExporter() {
    }

    public static void export(Document document, List<String> langs, ExportOptions options, Path out, Progress progress)
            throws IOException {
        List<String> chosen = Exports.languages(document, langs);
        progress.advance(0, document.paragraphs().size());
        try (XWPFDocument docx = build(document, chosen, options, progress)) {
            AtomicFiles.write(out, stream -> {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(stream, 1 << 16);
                docx.write(buffered);
                buffered.flush();
            });
        }
        progress.advance(document.paragraphs().size(), document.paragraphs().size());
    }

    /** Builds the document in memory; the caller writes and closes it. */
    public static XWPFDocument build(Document document, List<String> langs, ExportOptions options, Progress progress)
            throws IOException {
        List<String> columns = new ArrayList<>(List.of(Columns.SOURCE));
        columns.addAll(langs);
        boolean landscape = columns.size() >= 3;
        XWPFDocument docx = new XWPFDocument();
        defaults(docx);
        fontTable(docx);
        int textWidth = page(docx, landscape);

        XWPFParagraph title = docx.createParagraph();
        XWPFRun titleRun = title.createRun();
        titleRun.getCTR().setRPr(runProperties(Columns.SOURCE, true, 32));
        titleRun.setText(options.titleOr(document.name()));
        XWPFParagraph subtitle = docx.createParagraph();
        XWPFRun subtitleRun = subtitle.createRun();
        subtitleRun.getCTR().setRPr(runProperties(Columns.SOURCE, false, 18));
        subtitleRun.setText(String.join(" · ", columns.stream().map(HtmlExporter::languageName).toList())
                + " — " + document.paragraphs().size() + " paragraphs");

        List<List<String>> rows = new ArrayList<>(document.paragraphs().size());
        for (Paragraph p : document.paragraphs()) {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(p.source());
            for (String lang : langs) {
                cells.add(p.target(lang).text());
            }
            rows.add(cells);
        }
        table(docx, columns, rows, textWidth, progress);
        notes(docx.getTables().get(0), document.paragraphs());

        if (!options.glossary().isEmpty()) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setPageBreak(true);
            XWPFRun run = heading.createRun();
            run.getCTR().setRPr(runProperties(Columns.SOURCE, true, 28));
            run.setText("Glossary");
            List<List<String>> glossaryRows = new ArrayList<>();
            for (Concept c : options.glossary()) {
                glossaryRows.add(columns.stream().map(c::preferred).toList());
            }
            table(docx, columns, glossaryRows, textWidth, Progress.NONE);
        }
        return docx;
    }

    private static void table(XWPFDocument docx, List<String> columns, List<List<String>> rows, int textWidth, Progress progress) {
        AppendableTable table = new AppendableTable(docx.getDocument().getBody().addNewTbl(), docx, columns.size());
        docx.insertTable(docx.getBodyElements().size(), table);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        int columnWidth = textWidth / columns.size();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < columns.size(); i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(columnWidth));
        }

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < columns.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor("E8E8E8");
            cell.setWidth(String.valueOf(columnWidth));
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.getCTR().setRPr(runProperties(Columns.SOURCE, true, BODY_HALF_POINTS));
            run.setText(HtmlExporter.languageName(columns.get(i)));
        }
        List<CTRPr> properties = columns.stream().map(lang -> runProperties(lang, false, BODY_HALF_POINTS)).toList();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.appendRow();
            List<String> cells = rows.get(r);
            for (int i = 0; i < columns.size(); i++) {
                XWPFParagraph paragraph = row.createCell().getParagraphs().get(0);
                text(paragraph, cells.get(i), properties.get(i));
            }
            if ((r + 1) % 200 == 0) {
                progress.advance(r + 1, rows.size());
            }
        }
    }

    /** Puts each paragraph's note under its English: smaller, italic and grey, so it is never taken for source text. */
    private static void notes(XWPFTable table, List<Paragraph> paragraphs) {
        CTRPr properties = runProperties(Columns.SOURCE, false, NOTE_HALF_POINTS);
        properties.addNewI();
        properties.addNewColor().setVal(NOTE_COLOUR);
        properties.addNewNoProof(); // a note may be in any language: no English spelling marks under Hangul
        for (int r = 0; r < paragraphs.size(); r++) {
            String note = paragraphs.get(r).note().strip();
            if (!note.isEmpty()) {
                // getRows, not getRow: getRow counts the table's rows on every call
                XWPFParagraph paragraph = table.getRows().get(r + 1).getCell(0).addParagraph();
                paragraph.setSpacingBefore(NOTE_SPACING);
                text(paragraph, note, properties);
            }
        }
    }

    /**
     * A table that appends rows in constant time: POI's {@code createRow} and {@code getRow} count the rows of the
     * table's XML on every call, which made 100,000 rows take minutes.
     */
    private static final class AppendableTable extends XWPFTable {
        AppendableTable(CTTbl table, IBody body, int columns) {
            super(table, body, 1, columns);
        }

        XWPFTableRow appendRow() {
            XWPFTableRow row = new XWPFTableRow(getCTTbl().addNewTr(), this);
            tableRows.add(row);
            return row;
        }
    }

    private static void text(XWPFParagraph paragraph, String text, CTRPr properties) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.getCTR().setRPr(properties);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
            run.setText(lines[i], i);
        }
    }

    /** The run properties of text in {@code lang}: its fonts and its language tag. */
    static CTRPr runProperties(String lang, boolean bold, int halfPoints) {
        CTRPr rPr = CTRPr.Factory.newInstance();
        CTFonts fonts = rPr.addNewRFonts();
        boolean korean = LanguageTags.language(lang).equals("ko");
        String font = korean ? KOREAN_FONT : TEXT_FONT;
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(KOREAN_FONT);
        if (korean) {
            fonts.setHint(STHint.EAST_ASIA);
        }
        if (bold) {
            rPr.addNewB();
        }
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        CTLanguage language = rPr.addNewLang();
        String tag = LanguageTags.withRegion(lang);
        if (korean) {
            language.setVal(tag);
            language.setEastAsia(tag);
        } else {
            language.setVal(tag);
        }
        return rPr;
    }

    private static void defaults(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(TEXT_FONT);
        fonts.setHAnsi(TEXT_FONT);
        fonts.setCs(TEXT_FONT);
        fonts.setEastAsia(KOREAN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-US");
        styles.setEastAsia("ko-KR");
    }

    /** Returns the width of the text area. */
    private static int page(XWPFDocument docx, boolean landscape) {
        var body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        int pageWidth = landscape ? A4_LONG : A4_SHORT;
        size.setW(BigInteger.valueOf(pageWidth));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        return pageWidth - 2 * MARGIN;
    }

    /** Names the Korean font's fallback, so Word without Noto Sans CJK KR uses Malgun Gothic, not a font without Hangul. */
    private static void fontTable(XWPFDocument docx) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:font w:name=\"" + KOREAN_FONT + "\"><w:altName w:val=\"" + KOREAN_FALLBACK + "\"/>"
                + "<w:charset w:val=\"81\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"" + KOREAN_FALLBACK + "\"><w:charset w:val=\"81\"/><w:family w:val=\"swiss\"/>"
                + "<w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"" + TEXT_FONT + "\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "</w:fonts>";
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = docx.getPackage().createPart(name, FONT_TABLE_CONTENT);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_TYPE);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }
}
