package org.triptych.importer;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.triptych.io.BadFileException;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The translatable paragraphs of a Word document and where they are: the body, table cells (nested too),
 * headers and footers, in reading order, each with a locator ({@code body/3}, {@code body/5/r1/c2/0},
 * {@code header1/0}) and its text with inline tags for formatting that differs from the paragraph's main one
 * ({@code <b1>…</b1>}, links {@code <a2>…</a2>}, fields and content controls {@code <x3/>}). Runs that hold no
 * text (pictures, page breaks) are not part of the text and stay where they are when the paragraph is rebuilt.
 * Used by the import and by the export of the translated document, so that both see the same paragraphs.
 * Footnotes, comments and text boxes are not read. Not thread-safe: one document on one thread.
 */
public final class DocxLayout {

    /** The WordprocessingML namespace. */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Run properties that change nothing a reader sees: runs differing only in them are one formatting. */
    private static final java.util.Set<String> IGNORED_PROPERTIES = java.util.Set.of("lang", "noProof", "webHidden");
    private static final Pattern WRAPPED_CLASS = Pattern.compile("^(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): )+");

    /**
     * One translatable paragraph.
     *
     * @param element the {@code w:p} element
     * @param text    its text, tidied, with inline tags
     * @param parts   what each tag number stands for
     * @param pieces  the paragraph's text-bearing nodes in order: text runs and placeholders (what a rebuild replaces)
     */
    public record Unit(String locator, Element element, String text, Map<Integer, Part> parts, List<Node> pieces) {
    }

    /**
     * What a tag stands for: formatted text (the run properties of its first run, or null for none; the
     * {@code w:hyperlink} around it, or null), or a placeholder (the nodes it replaces). Number 0 is the
     * paragraph's own formatting.
     */
    public record Part(Element runProperties, Element hyperlink, List<Node> placeholder) {
    }

    private DocxLayout() {
    }

    /** Opens a .docx read-only in memory; a clear {@link BadFileException} when it is not one or cannot be read. */
    public static XWPFDocument open(Path file) throws IOException {
        Limits.checkReadable(file, Limits.MAX_SOURCE_FILE_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        } catch (UnsupportedFileFormatException e) {
            throw new BadFileException(file, 0, "not a Word .docx file (" + firstLine(e) + ")", e);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (FileSystemException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        } catch (NoClassDefFoundError e) {
            // Commons Compress reaches for an optional codec (Zstandard, XZ...) that a Word file never uses.
            throw new BadFileException(file, 0, "cannot read this .docx: its zip uses a compression method Word does not use", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadFileException bad) {
                throw bad;
            }
            String message = firstLine(e);
            String problem = message.contains("Zip bomb") ? "refused as a zip bomb: " + message
                    : "cannot read this .docx: " + message;
            throw new BadFileException(file, 0, problem, e);
        }
    }

    /** The translatable paragraphs: body (tables included), then each header, then each footer. */
    public static List<Unit> units(XWPFDocument docx) {
        List<Unit> units = new ArrayList<>();
        collect(docx, "body", units);
        for (int i = 0; i < docx.getHeaderList().size(); i++) {
            collect(docx.getHeaderList().get(i), "header" + (i + 1), units);
        }
        for (int i = 0; i < docx.getFooterList().size(); i++) {
            collect(docx.getFooterList().get(i), "footer" + (i + 1), units);
        }
        return units;
    }

    private static void collect(IBody body, String locator, List<Unit> units) {
        List<IBodyElement> elements = body.getBodyElements();
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement element = elements.get(i);
            String here = locator + "/" + i;
            if (element instanceof XWPFParagraph paragraph) {
                Unit unit = unit(here, (Element) paragraph.getCTP().getDomNode());
                if (unit != null) {
                    units.add(unit);
                }
            } else if (element instanceof XWPFTable table) {
                List<XWPFTableRow> rows = table.getRows();
                for (int r = 0; r < rows.size(); r++) {
                    List<XWPFTableCell> cells = rows.get(r).getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        collect(cells.get(c), here + "/r" + r + "/c" + c, units);
                    }
                }
            }
        }
    }

    /** One run of text or one placeholder, before tags are numbered. */
    private record Piece(List<Node> nodes, String text, Element runProperties, Element hyperlink, boolean placeholder) {

        String signature() {
            return (hyperlink == null ? "" : "link:" + hyperlink.getAttributeNS(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") + hyperlink.getAttributeNS(W, "anchor") + ":")
                    + (runProperties == null ? "" : xml(runProperties));
        }
    }

    /** The paragraph as a unit, or null when it has no text to translate. */
    static Unit unit(String locator, Element paragraph) {
        List<Piece> pieces = new ArrayList<>();
        pieces(paragraph, null, pieces, new FieldState());
        if (pieces.stream().noneMatch(p -> !p.placeholder() && !SourceReader.tidy(p.text()).isEmpty())) {
            return null;
        }
        // The formatting that covers the most text is the paragraph's own: it needs no tag.
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            if (!piece.placeholder() && piece.hyperlink() == null) {
                lengths.merge(piece.signature(), piece.text().strip().length(), Integer::sum);
            }
        }
        String base = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Element baseProperties = pieces.stream().filter(p -> !p.placeholder() && p.signature().equals(base))
                .map(Piece::runProperties).filter(Objects::nonNull).findFirst().orElse(null);

        StringBuilder text = new StringBuilder();
        Map<Integer, Part> parts = new LinkedHashMap<>();
        parts.put(0, new Part(baseProperties, null, List.of()));
        List<Node> nodes = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            nodes.addAll(piece.nodes());
            if (piece.placeholder()) {
                number++;
                parts.put(number, new Part(null, null, piece.nodes()));
                text.append("<x").append(number).append("/>");
                continue;
            }
            // Runs of one formatting in a row are one tag; white space alone takes no tag.
            StringBuilder run = new StringBuilder(piece.text());
            while (i + 1 < pieces.size() && !pieces.get(i + 1).placeholder()
                    && pieces.get(i + 1).signature().equals(piece.signature())) {
                i++;
                run.append(pieces.get(i).text());
                nodes.addAll(pieces.get(i).nodes());
            }
            if (piece.signature().equals(base) || run.toString().isBlank()) {
                text.append(escapeTags(run.toString()));
                continue;
            }
            number++;
            char kind = kind(piece, baseProperties);
            parts.put(number, new Part(piece.runProperties(), piece.hyperlink(), List.of()));
            String inner = run.toString();
            String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
            String trail = inner.substring(inner.stripTrailing().length());
            text.append(lead).append('<').append(kind).append(number).append('>').append(escapeTags(inner.strip()))
                    .append("</").append(kind).append(number).append('>').append(trail);
        }
        return new Unit(locator, paragraph, SourceReader.tidy(text.toString()), parts, nodes);
    }

    /** A literal "<b1>" in the source would read as a tag: its "<" becomes a look-alike. */
    private static String escapeTags(String text) {
        return text.replaceAll("<(?=/?[a-z]\\d{1,4}/?>)", "\u2039");
    }

    private static char kind(Piece piece, Element base) {
        if (piece.hyperlink() != null) {
            return 'a';
        }
        if (on(piece.runProperties(), "b") != on(base, "b")) {
            return 'b';
        }
        if (on(piece.runProperties(), "i") != on(base, "i")) {
            return 'i';
        }
        if (on(piece.runProperties(), "u") != on(base, "u")) {
            return 'u';
        }
        return 'f';
    }

    /** True when the run properties switch {@code name} on ({@code <w:b/>}, {@code <w:b w:val="1"/>}; u: any but none). */
    private static boolean on(Element runProperties, String name) {
        Element flag = runProperties == null ? null : child(runProperties, name);
        if (flag == null) {
            return false;
        }
        String value = flag.getAttributeNS(W, "val");
        return name.equals("u") ? !value.equals("none") : !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    /** Inside a field (between its begin and end marks), whose runs make one placeholder. */
    private static final class FieldState {
        int depth;
        List<Node> nodes;
    }

    private static void pieces(Element parent, Element hyperlink, List<Piece> pieces, FieldState field) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                if (node instanceof Element other && field.depth == 0 && other.getLocalName().equals("oMath")) {
                    pieces.add(new Piece(List.of(node), "", null, null, true));
                }
                continue;
            }
            String name = element.getLocalName();
            switch (name) {
                case "r" -> run(element, hyperlink, pieces, field);
                case "hyperlink" -> pieces(element, element, pieces, field);
                case "smartTag", "ins", "customXml" -> pieces(element, hyperlink, pieces, field);
                case "fldSimple", "sdt" -> {
                    if (field.depth > 0) {
                        field.nodes.add(element);
                    } else {
                        pieces.add(new Piece(List.of(element), "", null, null, true));
                    }
                }
                default -> {
                    if (field.depth > 0 && !name.equals("pPr")) {
                        field.nodes.add(element); // bookmarks inside a field move with it
                    }
                }
            }
        }
    }

    private static void run(Element run, Element hyperlink, List<Piece> pieces, FieldState field) {
        Element fieldChar = child(run, "fldChar");
        if (fieldChar != null || field.depth > 0) {
            if (field.depth == 0) {
                field.nodes = new ArrayList<>();
            }
            field.nodes.add(run);
            String type = fieldChar == null ? "" : fieldChar.getAttributeNS(W, "fldCharType");
            if (type.equals("begin")) {
                field.depth++;
            } else if (type.equals("end")) {
                field.depth--;
                if (field.depth == 0) {
                    pieces.add(new Piece(List.copyOf(field.nodes), "", null, null, true));
                }
            }
            return;
        }
        StringBuilder text = new StringBuilder();
        boolean hasText = false;
        boolean hasObject = false;
        for (Node node = run.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            switch (element.getLocalName()) {
                case "t" -> {
                    text.append(textOf(element));
                    hasText = true;
                }
                case "tab", "ptab" -> {
                    text.append('\t');
                    hasText = true;
                }
                case "br", "cr" -> {
                    if (element.getAttributeNS(W, "type").isEmpty() || element.getAttributeNS(W, "type").equals("textWrapping")) {
                        text.append('\n');
                        hasText = true;
                    } else {
                        hasObject = true; // a page or column break stays where it is
                    }
                }
                case "noBreakHyphen" -> {
                    text.append('\u2011');
                    hasText = true;
                }
                case "drawing", "pict", "object", "footnoteReference", "endnoteReference", "commentReference",
                     "sym", "ruby" -> hasObject = true;
                default -> {
                }
            }
        }
        if (hasText && !hasObject) {
            pieces.add(new Piece(List.of(run), text.toString(), child(run, "rPr"), hyperlink, false));
        } else if (hasText) {
            pieces.add(new Piece(List.of(run), "", null, null, true)); // a picture with text: kept whole, in its place in the text
        }
    }

    /** The first child element of {@code parent} named {@code w:name}, or null. */
    public static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The text inside an element (XMLBeans' DOM has no getTextContent). */
    private static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static String xml(Element element) {
        StringBuilder out = new StringBuilder();
        append(element, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Element element) {
            if (IGNORED_PROPERTIES.contains(element.getLocalName())) {
                return;
            }
            out.append('<').append(element.getLocalName());
            var attributes = element.getAttributes();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    pairs.add(a.getLocalName() + "=" + a.getNodeValue());
                }
            }
            pairs.sort(null);
            pairs.forEach(p -> out.append(' ').append(p));
            out.append('>');
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                append(c, out);
            }
            out.append("</").append(element.getLocalName()).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(node.getNodeValue());
        }
    }

    /** The first line of the message, without the class names of wrapped exceptions ("org.apache.…Exception: "). */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline > 0 ? message.substring(0, newline) : message;
        String bare = WRAPPED_CLASS.matcher(line).replaceFirst("");
        return bare.isBlank() ? line : bare;
    }
}
