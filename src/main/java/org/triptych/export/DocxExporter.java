package org.triptych.export;

import org.triptych.text.OpeningQuotes;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPermStart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STEdGrp;
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
import org.triptych.text.OpeningQuotes;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;

/**
 * A Word document for delivery and review: a title, then a table with one row per paragraph, its id and a column
 * for English and each chosen target, its header row repeated on every page; landscape A4 from three text columns on.
 * Every run carries its language ({@code en-US}, {@code uk-UA}, {@code ko-KR} as East Asian language) so
 * Word and LibreOffice pick the right fonts and spell checkers; Korean runs use an East Asian font. A paragraph's
 * note is shown under its English, smaller, italic and grey. Korean paragraphs print without automatic Asian spacing
 * and opening quotation marks stay with their word ({@link DocxText}).
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
    static final int BODY_HALF_POINTS = 20; // 10 pt
    static final int NOTE_HALF_POINTS = 16; // 8 pt
    private static final int NOTE_SPACING = 80; // 4 pt above the note, in twentieths of a point
    private static final String NOTE_COLOUR = "666666";
    /** The width of the id column, in twentieths of a point (1.6 cm). */
    static final int ID_WIDTH = 900;
    static final String ID_HEADER = "#";
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
            List<String> cells = new ArrayList<>(columns.size() + 1);
            cells.add(p.id());
            cells.add(p.source());
            for (String lang : langs) {
                cells.add(p.target(lang).text());
            }
            rows.add(cells);
        }
        List<String> withId = new ArrayList<>(List.of(Columns.ID));
        withId.addAll(columns);
        List<String> headers = withId.stream().map(DocxExporter::header).toList();
        table(docx, headers, withId, widths(textWidth, withId.size(), ID_WIDTH, 0), rows, Set.of(), progress);
        notes(docx.getTables().get(0), document.paragraphs(), 1);

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
            table(docx, columns.stream().map(DocxExporter::header).toList(), columns,
                    widths(textWidth, columns.size(), 0, 0), glossaryRows, Set.of(), Progress.NONE);
        }
        return docx;
    }

    /** A column's header: the id's mark, or the language's name. */
    static String header(String column) {
        return column.equals(Columns.ID) ? ID_HEADER : HtmlExporter.languageName(column);
    }

    /**
     * Column widths that fill {@code textWidth}: the first column {@code first} wide and the last {@code last} wide
     * when they are not 0, the others sharing the rest.
     */
    static int[] widths(int textWidth, int columns, int first, int last) {
        int[] widths = new int[columns];
        int shared = columns - (first > 0 ? 1 : 0) - (last > 0 ? 1 : 0);
        int each = (textWidth - first - last) / Math.max(1, shared);
        java.util.Arrays.fill(widths, each);
        if (first > 0) {
            widths[0] = first;
        }
        if (last > 0) {
            widths[columns - 1] = last;
        }
        return widths;
    }

    /**
     * Appends a table: a grey header row repeated on every page, then one row per entry of {@code rows}, each cell
     * written in the language of its column ({@code languages}: a language tag, or the id column). The cells of
     * the columns in {@code editable} are each one range a protected document lets everyone edit.
     */
    static XWPFTable table(XWPFDocument docx, List<String> headers, List<String> languages, int[] widths,
                           List<List<String>> rows, Set<Integer> editable, Progress progress) {
        int columns = headers.size();
        AppendableTable table = new AppendableTable(docx.getDocument().getBody().addNewTbl(), docx, columns);
        docx.insertTable(docx.getBodyElements().size(), table);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < columns; i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[i]));
        }

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor("E8E8E8");
            cell.setWidth(String.valueOf(widths[i]));
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.getCTR().setRPr(runProperties(Columns.SOURCE, true, BODY_HALF_POINTS));
            run.setText(headers.get(i));
        }
        List<CTRPr> properties = languages.stream().map(lang -> lang.equals(Columns.ID)
                ? idProperties() : runProperties(lang, false, BODY_HALF_POINTS)).toList();
        long permission = 0;
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.appendRow();
            List<String> cells = rows.get(r);
            for (int i = 0; i < columns; i++) {
                XWPFParagraph paragraph = row.createCell().getParagraphs().get(0);
                String lang = languages.get(i);
                if (editable.contains(i)) {
                    text(paragraph, cells.get(i), properties.get(i), lang, permission++);
                } else {
                    text(paragraph, cells.get(i), properties.get(i), lang, -1);
                }
            }
            if ((r + 1) % 200 == 0) {
                progress.advance(r + 1, rows.size());
            }
        }
        return table;
    }

    /** The id column's runs: small, grey, and never spell-checked. */
    private static CTRPr idProperties() {
        CTRPr properties = runProperties(Columns.SOURCE, false, NOTE_HALF_POINTS);
        properties.addNewColor().setVal(NOTE_COLOUR);
        properties.addNewNoProof();
        return properties;
    }

    /** Puts each paragraph's note under its English: smaller, italic and grey, so it is never taken for source text. */
    static void notes(XWPFTable table, List<Paragraph> paragraphs, int englishColumn) {
        CTRPr properties = runProperties(Columns.SOURCE, false, NOTE_HALF_POINTS);
        properties.addNewI();
        properties.addNewColor().setVal(NOTE_COLOUR);
        properties.addNewNoProof(); // a note may be in any language: no English spelling marks under Hangul
        for (int r = 0; r < paragraphs.size(); r++) {
            String note = paragraphs.get(r).note().strip();
            if (!note.isEmpty()) {
                // getRows, not getRow: getRow counts the table's rows on every call
                XWPFParagraph paragraph = table.getRows().get(r + 1).getCell(englishColumn).addParagraph();
                paragraph.setSpacingBefore(NOTE_SPACING);
                text(paragraph, note, properties, Columns.SOURCE, -1);
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

    /**
     * Writes {@code text} into {@code paragraph} in {@code lang}, line breaks kept; with a {@code permission} of 0 or
     * more the text is an editable range of that id (Word's {@code permStart}/{@code permEnd} for everyone), even
     * when empty.
     */
    static void text(XWPFParagraph paragraph, String text, CTRPr properties, String lang, long permission) {
        DocxText.layoutFor(paragraph, lang);
        if (permission >= 0) {
            CTPermStart start = paragraph.getCTP().addNewPermStart();
            start.setId(Long.toString(permission));
            start.setEdGrp(STEdGrp.EVERYONE);
        }
        if (!text.isEmpty()) {
            XWPFRun run = paragraph.createRun();
            run.getCTR().setRPr(properties);
            String[] lines = OpeningQuotes.join(text).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak(BreakType.TEXT_WRAPPING);
                }
                run.setText(lines[i], i);
            }
        }
        if (permission >= 0) {
            paragraph.getCTP().addNewPermEnd().setId(Long.toString(permission));
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

    static void defaults(XWPFDocument docx) {
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
    static int page(XWPFDocument docx, boolean landscape) {
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
    static void fontTable(XWPFDocument docx) throws IOException {
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
