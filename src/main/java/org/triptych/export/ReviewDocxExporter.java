package org.triptych.export;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.triptych.importer.ReviewImport;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.task.Progress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Word file a reviewer edits and sends back ({@code --format review-docx}): a table with the paragraph id, the
 * English, each chosen target, the targets' statuses and an empty comment column. The document is protected
 * (read-only, no password) except the target and comment cells, each an editable range for everyone, which Word
 * shows highlighted. Two custom document properties name the document and the columns, so that
 * {@link ReviewImport} can read the file back. Any thread.
 */
public final class ReviewDocxExporter {

    public static final String DOCUMENT_PROPERTY = ReviewImport.DOCUMENT_PROPERTY;
    public static final String COLUMNS_PROPERTY = ReviewImport.COLUMNS_PROPERTY;
    public static final String STATUS_COLUMN = ReviewImport.STATUS_COLUMN;
    public static final String COMMENT_COLUMN = ReviewImport.COMMENT_COLUMN;

    private static final int STATUS_WIDTH = 1500;
    private static final String PROTECTED_SHADE = "F2F2F2";

    private ReviewDocxExporter() {
    }

    public static void export(Document document, List<String> langs, ExportOptions options, Path out, Progress progress)
            throws IOException {
        List<String> chosen = Exports.languages(document, langs);
        progress.advance(0, document.paragraphs().size());
        try (XWPFDocument docx = build(document, chosen, options, progress)) {
            AtomicFiles.write(out, stream -> {
                BufferedOutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
                docx.write(buffered);
                buffered.flush();
            });
        }
        progress.advance(document.paragraphs().size(), document.paragraphs().size());
    }

    /** The columns of a review table for these targets. */
    public static List<String> columns(List<String> langs) {
        List<String> columns = new ArrayList<>(List.of(Columns.ID, Columns.SOURCE));
        columns.addAll(langs);
        columns.add(STATUS_COLUMN);
        columns.add(COMMENT_COLUMN);
        return columns;
    }

    /** Builds the review document in memory; the caller writes and closes it. */
    public static XWPFDocument build(Document document, List<String> langs, ExportOptions options, Progress progress)
            throws IOException {
        List<String> columns = columns(langs);
        XWPFDocument docx = new XWPFDocument();
        DocxExporter.defaults(docx);
        DocxExporter.fontTable(docx);
        int textWidth = DocxExporter.page(docx, true);

        XWPFParagraph title = docx.createParagraph();
        XWPFRun titleRun = title.createRun();
        titleRun.getCTR().setRPr(DocxExporter.runProperties(Columns.SOURCE, true, 32));
        titleRun.setText(options.titleOr(document.name()) + " — review");
        XWPFParagraph help = docx.createParagraph();
        XWPFRun helpRun = help.createRun();
        helpRun.getCTR().setRPr(DocxExporter.runProperties(Columns.SOURCE, false, 18));
        helpRun.setText("Correct the translations and write comments in the white cells; the grey ones are protected. "
                + "Keep the rows as they are and send the file back.");

        List<String> languages = new ArrayList<>(columns);
        languages.set(languages.size() - 2, Columns.SOURCE);
        languages.set(languages.size() - 1, Columns.SOURCE);
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(switch (column) {
                case STATUS_COLUMN -> "Status";
                case COMMENT_COLUMN -> "Comment";
                default -> DocxExporter.header(column);
            });
        }
        List<List<String>> rows = new ArrayList<>(document.paragraphs().size());
        for (Paragraph p : document.paragraphs()) {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(p.id());
            cells.add(p.source());
            for (String lang : langs) {
                cells.add(p.target(lang).text());
            }
            cells.add(statuses(p, langs));
            cells.add("");
            rows.add(cells);
        }
        Set<Integer> editable = new HashSet<>();
        for (int i = 2; i < 2 + langs.size(); i++) {
            editable.add(i);
        }
        editable.add(columns.size() - 1);
        int[] widths = DocxExporter.widths(textWidth, columns.size(), DocxExporter.ID_WIDTH, 0);
        int shared = widths[1];
        widths[columns.size() - 2] = STATUS_WIDTH;
        widths[columns.size() - 1] = shared - STATUS_WIDTH + shared; // the comment column: beside the texts' width
        int rest = textWidth - java.util.Arrays.stream(widths).sum();
        for (int i = 1; i < 2 + langs.size(); i++) {
            widths[i] += rest / (1 + langs.size());
        }
        XWPFTable table = DocxExporter.table(docx, headers, languages, widths, rows, editable, progress);
        DocxExporter.notes(table, document.paragraphs(), 1);
        shadeProtected(table, editable);

        docx.enforceReadonlyProtection();
        POIXMLProperties.CustomProperties custom = docx.getProperties().getCustomProperties();
        custom.addProperty(DOCUMENT_PROPERTY, document.path().getFileName().toString());
        custom.addProperty(COLUMNS_PROPERTY, String.join(",", columns));
        return docx;
    }

    /** Greys the cells a reviewer cannot change, so the editable ones stand out in any word processor. */
    private static void shadeProtected(XWPFTable table, Set<Integer> editable) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 1; r < rows.size(); r++) {
            var cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                if (!editable.contains(c)) {
                    cells.get(c).setColor(PROTECTED_SHADE);
                }
            }
        }
    }

    /** One line per target: its language and status ("Korean: translated"); a target without text says "empty". */
    private static String statuses(Paragraph p, List<String> langs) {
        List<String> lines = new ArrayList<>();
        for (String lang : langs) {
            Status status = p.target(lang).status();
            String word = p.target(lang).isEmpty() ? "empty" : status == Status.NONE ? "no status" : status.cell();
            lines.add(HtmlExporter.languageName(lang) + ": " + word.toLowerCase(Locale.ROOT));
        }
        return String.join("\n", lines);
    }
}
