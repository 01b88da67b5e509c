package org.triptych.importer;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.triptych.exchange.ExchangeFile;
import org.triptych.exchange.LanguageTags;
import org.triptych.exchange.TranslationUnit;
import org.triptych.exchange.XliffCodec;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.text.OpeningQuotes;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a review file that came back (the review DOCX of {@code export --format review-docx}, or an XLIFF 2.x file of
 * {@code export --format xliff}) and says what the reviewer changed in a document: each edited target and each
 * comment, as {@link Change}s with the text before and after. It writes nothing: the session keeps the changes
 * pending until the translator accepts or rejects them, and {@link #apply} makes one. A file whose rows are not
 * the document's paragraphs (another document, rows added, the English changed since) is refused as a whole with
 * a {@link BadFileException}. Pure functions apart from reading the file; any thread.
 */
public final class ReviewImport {

    /** Custom property of a review DOCX: the file name of the document it was made from. */
    public static final String DOCUMENT_PROPERTY = "Triptych review of";
    /** Custom property of a review DOCX: the columns of its table, comma-separated ({@code id,en,ko,uk,status,comment}). */
    public static final String COLUMNS_PROPERTY = "Triptych review columns";
    public static final String STATUS_COLUMN = "status";
    public static final String COMMENT_COLUMN = "comment";

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int IDS_NAMED = 3;

    /** What a change is about: a target's text (and status) or the paragraph's note. */
    public enum Kind { TARGET, NOTE }

    /**
     * One change the reviewer made to one paragraph.
     *
     * @param lang         the target language; empty for a note
     * @param before       the document's text (or note) when the review was read
     * @param after        the reviewer's text, or the note with the reviewer's comment added
     * @param beforeStatus the target's status when the review was read ({@link Status#NONE} for a note)
     * @param afterStatus  the status an accepted change gives: draft, or reviewed when the reviewer marked it so
     * @param comment      for a note, the reviewer's comment alone; empty otherwise
     */
    public record Change(Kind kind, String id, String lang, String before, String after, Status beforeStatus,
                         Status afterStatus, String comment) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** What a review file says: its changes in document order, and how many rows or units it had. */
    public record Review(Path file, List<Change> changes, int rows) {
        public Review {
            changes = List.copyOf(changes);
        }

        public long targets() {
            return changes.stream().filter(c -> c.kind() == Kind.TARGET).count();
        }

        public long notes() {
            return changes.stream().filter(c -> c.kind() == Kind.NOTE).count();
        }
    }

    private ReviewImport() {
    }

    /** Reads a review DOCX or an XLIFF file (by its content) against {@code document}. */
    public static Review read(Path file, Document document) throws IOException {
        Limits.checkReadable(file, Limits.MAX_EXCHANGE_FILE_BYTES);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (FileSystemException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K';
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (zip || name.endsWith(".docx")) {
            return readDocx(file, document);
        }
        return readXliff(file, document);
    }

    /** The paragraph after an accepted change. */
    public static Paragraph apply(Paragraph paragraph, Change change) {
        return switch (change.kind()) {
            case TARGET -> paragraph.withTarget(change.lang(), new Translation(change.after(), change.afterStatus()));
            case NOTE -> paragraph.withNote(change.after());
        };
    }

    /** The document with every change accepted, in order (the command line's {@code --accept-all}). */
    public static Document applyAll(Document document, List<Change> changes) {
        List<Paragraph> paragraphs = new ArrayList<>(document.paragraphs());
        for (Change change : changes) {
            int row = document.indexOf(change.id());
            if (row >= 0) {
                paragraphs.set(row, apply(paragraphs.get(row), change));
            }
        }
        return document.withParagraphs(paragraphs);
    }

    /** A note with a reviewer's comment from {@code fileName} added on its own line, unless it holds it already. */
    public static String noteWithComment(String note, String comment, String fileName) {
        String added = "— " + fileName + ": " + comment.strip();
        if (SourceReader.tidy(note).contains(SourceReader.tidy(added))) {
            return note;
        }
        return note.isBlank() ? added : note.stripTrailing() + "\n" + added;
    }

    // ---- DOCX ------------------------------------------------------------------------------------------------

    private static Review readDocx(Path file, Document document) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> columns = columns(file, docx, document);
            XWPFTable table = reviewTable(file, docx, columns.size());
            return docxChanges(file, docx, table, columns, document);
        } catch (BadFileException e) {
            throw e;
        } catch (UnsupportedFileFormatException e) {
            throw new BadFileException(file, 0, "not a Word .docx file (" + firstLine(e) + ")", e);
        } catch (NoClassDefFoundError e) {
            throw new BadFileException(file, 0, "cannot read this .docx: its zip uses a compression method Word does not use", e);
        } catch (IOException | RuntimeException e) {
            String message = firstLine(e);
            throw new BadFileException(file, 0, message.contains("Zip bomb") ? "refused as a zip bomb: " + message
                    : "cannot read this .docx (damaged?): " + message, e);
        }
    }

    /** The review table's columns, from the custom property the export wrote, checked against the document. */
    private static List<String> columns(Path file, XWPFDocument docx, Document document) throws BadFileException {
        POIXMLProperties.CustomProperties custom = docx.getProperties().getCustomProperties();
        CTProperty property = custom.getProperty(COLUMNS_PROPERTY);
        if (property == null || !property.isSetLpwstr()) {
            throw new BadFileException(file, 0, "not a Triptych review file (it has no \"" + COLUMNS_PROPERTY
                    + "\" property); make one with export --format review-docx");
        }
        List<String> columns = List.of(property.getLpwstr().split(",", -1));
        if (columns.size() < 4 || !columns.get(0).equals(Columns.ID) || !columns.get(1).equals(Columns.SOURCE)
                || !columns.get(columns.size() - 2).equals(STATUS_COLUMN)
                || !columns.get(columns.size() - 1).equals(COMMENT_COLUMN)) {
            throw new BadFileException(file, 0, "the review columns \"" + property.getLpwstr() + "\" are not id, en, targets, "
                    + "status, comment");
        }
        for (String lang : columns.subList(2, columns.size() - 2)) {
            if (!document.targets().contains(lang)) {
                throw new BadFileException(file, 0, "the review file has a column for \"" + lang + "\", which "
                        + document.path().getFileName() + " has no target for (" + String.join(", ", document.targets()) + ")");
            }
        }
        return columns;
    }

    private static XWPFTable reviewTable(Path file, XWPFDocument docx, int columns) throws BadFileException {
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFTable table && !table.getRows().isEmpty()
                    && table.getRows().get(0).getTableCells().size() == columns) {
                return table;
            }
        }
        throw new BadFileException(file, 0, "the review table (" + columns + " columns) is missing");
    }

    private static Review docxChanges(Path file, XWPFDocument docx, XWPFTable table, List<String> columns, Document document)
            throws BadFileException {
        String docName = document.path().getFileName().toString();
        String fileName = file.getFileName().toString();
        List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
        List<String> langs = columns.subList(2, columns.size() - 2);
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            if (cells.size() != columns.size()) {
                throw new BadFileException(file, 0, "table row " + (r + 2) + " has " + cells.size() + " cells; the review table has "
                        + columns.size());
            }
            ids.add(cellText(cells.get(0)).strip());
        }
        requireSameParagraphs(file, document, ids, "row", 2);
        List<Change> changes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            Paragraph paragraph = document.paragraphs().get(document.indexOf(ids.get(r)));
            String english = englishOf(cells.get(1), paragraph.note());
            if (!SourceReader.tidy(english).equals(SourceReader.tidy(paragraph.source()))) {
                throw new BadFileException(file, 0, "row " + (r + 2) + " (" + ids.get(r) + "): the English is not the English of "
                        + docName + "; the document changed since this review file was made, so export a new one");
            }
            for (int i = 0; i < langs.size(); i++) {
                String lang = langs.get(i);
                Translation now = paragraph.target(lang);
                String reviewed = cellText(cells.get(2 + i));
                if (!sameText(reviewed, now.text())) {
                    String after = reviewed.strip();
                    changes.add(new Change(Kind.TARGET, paragraph.id(), lang, now.text(), after, now.status(),
                            after.isEmpty() ? Status.NONE : Status.DRAFT, ""));
                }
            }
            List<String> comments = new ArrayList<>();
            String column = cellText(cells.get(columns.size() - 1)).strip();
            if (!column.isEmpty()) {
                comments.add(column);
            }
            comments.addAll(wordComments(docx, rows.get(r)));
            String comment = String.join("\n", comments);
            if (!comment.isBlank()) {
                String note = noteWithComment(paragraph.note(), comment, fileName);
                if (!note.equals(paragraph.note())) {
                    changes.add(new Change(Kind.NOTE, paragraph.id(), "", paragraph.note(), note, Status.NONE, Status.NONE, comment));
                }
            }
        }
        return new Review(file, changes, rows.size());
    }

    /**
     * Refuses rows that are not the document's paragraphs: none of them known (a review of another document), one
     * unknown (a row added), or one twice.
     */
    private static void requireSameParagraphs(Path file, Document document, List<String> ids, String what, int firstNumber)
            throws BadFileException {
        String docName = document.path().getFileName().toString();
        if (!ids.isEmpty() && ids.stream().noneMatch(id -> document.indexOf(id) >= 0)) {
            List<String> named = ids.stream().limit(IDS_NAMED).toList();
            throw new BadFileException(file, 0, "this review is of another document: none of its " + ids.size() + " paragraph ids ("
                    + String.join(", ", named) + (ids.size() > IDS_NAMED ? ", …" : "") + ") is in " + docName);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.isEmpty()) {
                throw new BadFileException(file, 0, what + " " + (i + firstNumber) + " has no paragraph id");
            }
            if (document.indexOf(id) < 0) {
                throw new BadFileException(file, 0, what + " " + (i + firstNumber) + ": paragraph id \"" + id + "\" is not in "
                        + docName + " (a " + what + " added to the review file?)");
            }
            if (!seen.add(id)) {
                throw new BadFileException(file, 0, what + " " + (i + firstNumber) + ": paragraph id \"" + id + "\" appears twice");
            }
        }
    }

    /** The English cell's text without the note the export put under it (its later paragraphs). */
    private static String englishOf(XWPFTableCell cell, String note) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        if (!note.isBlank() && paragraphs.size() > 1) {
            String english = paragraphs.subList(0, paragraphs.size() - 1).stream().map(ReviewImport::paragraphText)
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            return SourceReader.nfc(OpeningQuotes.unjoin(english));
        }
        return cellText(cell);
    }

    /** True when the reviewer left the text as it was (line ends, Unicode form and outer white space aside). */
    private static boolean sameText(String reviewed, String current) {
        return reviewed.strip().equals(SourceReader.nfc(current.replace("\r\n", "\n")).strip());
    }

    /**
     * A cell's text as Word shows it with changes accepted: its paragraphs on lines, line breaks and tabs kept,
     * inserted text in and deleted text out (deleted text is {@code w:delText}), the word joiners of the export
     * taken out.
     */
    static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(paragraphText(paragraph));
        }
        return SourceReader.nfc(OpeningQuotes.unjoin(String.join("\n", lines)));
    }

    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            int depth = 0;
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (token == XmlCursor.TokenType.END && depth-- == 0) {
                    break; // the paragraph's own end
                }
                if (token != XmlCursor.TokenType.START) {
                    continue;
                }
                depth++;
                QName name = cursor.getName();
                if (!W_NS.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "t" -> text.append(cursor.getTextValue());
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> {
                    }
                }
            }
        }
        return text.toString();
    }

    /** The texts of the Word comments anchored in a row (Review > New Comment), in order. */
    private static List<String> wordComments(XWPFDocument docx, XWPFTableRow row) {
        Set<String> ids = new LinkedHashSet<>();
        try (XmlCursor cursor = row.getCtRow().newCursor()) {
            int depth = 0;
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (token == XmlCursor.TokenType.END && depth-- == 0) {
                    break; // the row's own end
                }
                if (token != XmlCursor.TokenType.START) {
                    continue;
                }
                depth++;
                String local = cursor.getName().getLocalPart();
                if (local.equals("commentRangeStart") || local.equals("commentReference")) {
                    String id = cursor.getAttributeText(new QName(W_NS, "id"));
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            XWPFComment comment = docx.getCommentByID(id);
            if (comment != null && !comment.getText().isBlank()) {
                String author = comment.getAuthor() == null || comment.getAuthor().isBlank() ? "" : comment.getAuthor().strip() + ": ";
                texts.add(author + SourceReader.nfc(comment.getText().strip()));
            }
        }
        return texts;
    }

    // ---- XLIFF -----------------------------------------------------------------------------------------------

    private static Review readXliff(Path file, Document document) throws IOException {
        ExchangeFile exchange = XliffCodec.read(file);
        String fileName = file.getFileName().toString();
        if (!exchange.sourceLang().isBlank() && !LanguageTags.matches(exchange.sourceLang(), Columns.SOURCE)) {
            throw new BadFileException(file, 0, "the source language is \"" + exchange.sourceLang() + "\"; the document's source is English (en)");
        }
        String lang = document.targets().stream().filter(t -> LanguageTags.matches(exchange.targetLang(), t)).findFirst()
                .orElseThrow(() -> new BadFileException(file, 0, "the target language \"" + exchange.targetLang() + "\" is not a target of "
                        + document.path().getFileName() + " (" + String.join(", ", document.targets()) + ")"));
        List<TranslationUnit> units = exchange.units();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ids.add(paragraphId(units.get(i).id(), i, document));
        }
        requireSameParagraphs(file, document, ids, "unit", 1);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TranslationUnit unit = units.get(i);
            Paragraph paragraph = document.paragraphs().get(document.indexOf(ids.get(i)));
            String english = unit.text(exchange.sourceLang().isBlank() ? Columns.SOURCE : exchange.sourceLang());
            if (english == null || !SourceReader.tidy(english).equals(SourceReader.tidy(paragraph.source()))) {
                throw new BadFileException(file, unit.line(), "unit " + unit.id() + ": the English is not the English of "
                        + document.path().getFileName() + "; the document changed since this file was made, so export a new one");
            }
            Translation now = paragraph.target(lang);
            String reviewed = unit.text(exchange.targetLang());
            Status state = unit.status(exchange.targetLang());
            if (reviewed != null) {
                String after = SourceReader.nfc(reviewed).strip();
                boolean textChanged = !sameText(after, now.text());
                if (textChanged) {
                    Status status = after.isEmpty() ? Status.NONE : state == Status.REVIEWED ? Status.REVIEWED : Status.DRAFT;
                    changes.add(new Change(Kind.TARGET, paragraph.id(), lang, now.text(), after, now.status(), status, ""));
                } else if (state != null && state != now.status() && !now.isEmpty()) {
                    changes.add(new Change(Kind.TARGET, paragraph.id(), lang, now.text(), now.text(), now.status(), state, ""));
                }
            }
            String note = TranslationImport.mergeNote(paragraph.note(), unit.note(), fileName);
            if (!note.equals(paragraph.note())) {
                changes.add(new Change(Kind.NOTE, paragraph.id(), "", paragraph.note(), note, Status.NONE, Status.NONE,
                        unit.note().strip()));
            }
        }
        return new Review(file, changes, units.size());
    }

    /** The paragraph a unit stands for: its id, or the paragraph the XLIFF export numbered when its id was not an NMTOKEN. */
    private static String paragraphId(String unitId, int index, Document document) {
        if (document.indexOf(unitId) < 0 && unitId.equals("u" + (index + 1)) && index < document.paragraphs().size()
                && !XliffCodec.isNmToken(document.paragraphs().get(index).id())) {
            return document.paragraphs().get(index).id();
        }
        return unitId;
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
