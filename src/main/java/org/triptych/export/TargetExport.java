package org.triptych.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.triptych.exchange.LanguageTags;
import org.triptych.importer.DocxLayout;
import org.triptych.importer.SourceFiles;
import org.triptych.importer.SourceReader;
import org.triptych.importer.TextLayout;
import org.triptych.io.AtomicFiles;
import org.triptych.io.BadFileException;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.text.InlineTags;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The translated document in the source's format: a copy of the document's source ({@link SourceFiles}) with
 * each paragraph's English replaced by its translation into one language. A .docx keeps its styles, headings,
 * lists, tables, headers and footers and pictures; the formatting inside a paragraph follows the translation's
 * inline tags; the text gets the language ({@code w:lang}) and, for Korean, an East Asian font and no automatic
 * spacing between Hangul and Latin or digits. Markdown keeps its markers, code and link targets; plain text its
 * lines. A paragraph without translation keeps its English, and is counted. Drafts are written like translations
 * and counted apart. Reads and writes files; call it off the interface thread.
 */
public final class TargetExport {

    /** The font for Hangul that Word on Windows has; other systems substitute their own Korean font. */
    static final String KOREAN_FONT = DocxExporter.KOREAN_FALLBACK;
    private static final List<String> RUN_PROPERTY_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
            "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
            "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");
    private static final List<String> PARAGRAPH_PROPERTY_ORDER = List.of("pStyle", "keepNext", "keepLines",
            "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
            "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
            "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
            "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
            "cnfStyle", "rPr", "sectPr", "pPrChange");

    /**
     * What one file holds: its paragraphs, those written from a draft, and those left in English (no translation).
     */
    public record Report(Path file, String lang, int paragraphs, int drafts, int untranslated) {
    }

    private TargetExport() {
    }

    /** The copy of the source the document was imported from; a clear error when there is none. */
    public static Path source(Document document) throws BadFileException {
        Optional<Path> source = SourceFiles.sourceOf(document);
        if (source.isEmpty()) {
            throw new BadFileException(document.path(), 0, "no source kept for this document (sources/" + document.name()
                    + ".docx, .md or .txt): import its source again to export the translated document");
        }
        return source.get();
    }

    /** The extension of the translated document: that of the source (docx, md, txt). */
    public static String extension(Document document) throws BadFileException {
        String name = source(document).getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * The default output: {@code exports/NAME.LANG.EXT} for one language, {@code exports/NAME.EXT} for several
     * (then {@link #fileFor} names each).
     */
    public static Path defaultOutput(Document document, List<String> langs) throws BadFileException {
        String extension = extension(document);
        Path plain = Exports.defaultOutput(document, ExportFormat.CSV).resolveSibling(document.name() + "." + extension);
        return langs.size() == 1 ? plain.resolveSibling(document.name() + "." + langs.get(0) + "." + extension) : plain;
    }

    /** The file of {@code lang} when {@code out} is given for {@code languages} languages: {@code out} itself for one. */
    public static Path fileFor(Path out, String lang, int languages) {
        return XliffExporter.fileFor(out, lang, languages);
    }

    /** The files {@link #export} writes, before anything is written. */
    public static List<Path> files(Document document, List<String> langs, Path out) {
        List<String> chosen = Exports.languages(document, langs);
        return chosen.stream().map(lang -> fileFor(out, lang, chosen.size())).toList();
    }

    /**
     * Writes the translated document for each language of {@code langs} (the document's targets when empty).
     * Everything is checked before the first file is written: the source must be readable and still hold the
     * paragraphs the document was imported from.
     */
    public static List<Report> export(Document document, List<String> langs, Path out, Progress progress) throws IOException {
        List<String> chosen = Exports.languages(document, langs);
        Path source = source(document);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            progress.advance(i, chosen.size());
            Path file = fileFor(out, chosen.get(i), chosen.size());
            reports.add(source.getFileName().toString().endsWith(".docx")
                    ? docx(document, source, chosen.get(i), file)
                    : text(document, source, chosen.get(i), file));
        }
        progress.advance(chosen.size(), chosen.size());
        return reports;
    }

    /** The paragraphs that have a place in the source, by that place. */
    private static Map<String, Paragraph> located(Document document) throws BadFileException {
        Map<String, Paragraph> byLocator = new HashMap<>();
        for (Paragraph p : document.paragraphs()) {
            String locator = SourceFiles.locator(p);
            if (!locator.isEmpty()) {
                byLocator.put(locator, p);
            }
        }
        if (byLocator.isEmpty()) {
            throw new BadFileException(document.path(), 0, "its paragraphs have no place in the source (no \""
                    + SourceFiles.LOCATOR_COLUMN + "\" column): import its source again to export the translated document");
        }
        return byLocator;
    }

    private static BadFileException changed(Path source, Document document, Paragraph p) {
        return new BadFileException(source, 0, "no longer matches " + document.path().getFileName() + " at paragraph "
                + p.id() + " (" + SourceFiles.locator(p) + "): import the source again, then export");
    }

    private static Report docx(Document document, Path source, String lang, Path out) throws IOException {
        Map<String, Paragraph> byLocator = located(document);
        try (XWPFDocument docx = DocxLayout.open(source)) {
            List<DocxLayout.Unit> units = DocxLayout.units(docx);
            Map<String, DocxLayout.Unit> unitAt = new HashMap<>();
            units.forEach(u -> unitAt.put(u.locator(), u));
            for (Paragraph p : byLocator.values()) {
                DocxLayout.Unit unit = unitAt.get(SourceFiles.locator(p));
                if (unit == null || !unit.text().equals(SourceReader.tidy(p.source()))) {
                    throw changed(source, document, p);
                }
            }
            boolean korean = LanguageTags.language(lang).equals("ko");
            int drafts = 0;
            int untranslated = 0;
            for (DocxLayout.Unit unit : units) {
                Paragraph p = byLocator.get(unit.locator());
                Translation t = p == null ? Translation.EMPTY : p.target(lang);
                if (t.isEmpty()) {
                    untranslated++;
                    continue;
                }
                drafts += t.status() == Status.DRAFT ? 1 : 0;
                replace(unit, t.text(), lang, korean);
            }
            documentLanguage(docx, lang, korean);
            AtomicFiles.write(out, docx::write);
            return new Report(out, lang, units.size(), drafts, untranslated);
        } catch (RuntimeException e) {
            throw new BadFileException(source, 0, "cannot write the translated document from this .docx: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** Replaces the paragraph's text with {@code translation}: runs rebuilt from its tags, pictures left in place. */
    static void replace(DocxLayout.Unit unit, String translation, String lang, boolean korean) {
        Element paragraph = unit.element();
        org.w3c.dom.Document dom = paragraph.getOwnerDocument();
        Element marker = dom.createElementNS(DocxLayout.W, "w:r");
        paragraph.insertBefore(marker, topLevel(paragraph, unit.pieces().get(0)));
        Set<Node> containers = new HashSet<>();
        for (Node piece : unit.pieces()) {
            if (piece.getParentNode() != paragraph) {
                containers.add(piece.getParentNode());
            }
            piece.getParentNode().removeChild(piece);
        }
        Set<Integer> placed = new HashSet<>();
        for (InlineTags.Segment segment : InlineTags.segments(translation)) {
            DocxLayout.Part part = unit.parts().get(segment.number());
            if (segment.placeholder()) {
                if (part != null && !part.placeholder().isEmpty() && placed.add(segment.number())) {
                    part.placeholder().forEach(n -> paragraph.insertBefore(n, marker));
                }
                continue;
            }
            if (part == null || !part.placeholder().isEmpty()) {
                part = unit.parts().get(0);
            }
            Element run = run(dom, part.runProperties(), segment.text(), lang, korean);
            if (part.hyperlink() != null) {
                Element link = (Element) part.hyperlink().cloneNode(false);
                link.appendChild(run);
                paragraph.insertBefore(link, marker);
            } else {
                paragraph.insertBefore(run, marker);
            }
        }
        // A field or picture the translation lost is kept at the end rather than dropped.
        unit.parts().forEach((number, part) -> {
            if (!part.placeholder().isEmpty() && !placed.contains(number)) {
                part.placeholder().forEach(n -> paragraph.insertBefore(n, marker));
            }
        });
        paragraph.removeChild(marker);
        for (Node container : containers) {
            if (container.getParentNode() != null && DocxLayout.child((Element) container, "r") == null
                    && !hasElement(container)) {
                container.getParentNode().removeChild(container);
            }
        }
        if (korean) {
            Element pPr = DocxLayout.child(paragraph, "pPr");
            if (pPr == null) {
                pPr = dom.createElementNS(DocxLayout.W, "w:pPr");
                paragraph.insertBefore(pPr, paragraph.getFirstChild());
            }
            // Word and LibreOffice otherwise add space between Hangul and Latin letters or digits: «200 명».
            set(pPr, "autoSpaceDE", "0", PARAGRAPH_PROPERTY_ORDER);
            set(pPr, "autoSpaceDN", "0", PARAGRAPH_PROPERTY_ORDER);
        }
    }

    private static boolean hasElement(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static Node topLevel(Element paragraph, Node node) {
        Node at = node;
        while (at.getParentNode() != paragraph) {
            at = at.getParentNode();
        }
        return at;
    }

    private static Element run(org.w3c.dom.Document dom, Element properties, String text, String lang, boolean korean) {
        Element run = dom.createElementNS(DocxLayout.W, "w:r");
        Element rPr = properties == null ? dom.createElementNS(DocxLayout.W, "w:rPr") : (Element) properties.cloneNode(true);
        run.appendChild(rPr);
        Element language = set(rPr, "lang", LanguageTags.withRegion(lang), RUN_PROPERTY_ORDER);
        if (korean) {
            language.setAttributeNS(DocxLayout.W, "w:eastAsia", LanguageTags.withRegion(lang));
            Element fonts = DocxLayout.child(rPr, "rFonts");
            if (fonts == null) {
                fonts = dom.createElementNS(DocxLayout.W, "w:rFonts");
                insert(rPr, fonts, RUN_PROPERTY_ORDER);
            }
            fonts.removeAttributeNS(DocxLayout.W, "eastAsiaTheme");
            fonts.setAttributeNS(DocxLayout.W, "w:eastAsia", KOREAN_FONT);
            fonts.setAttributeNS(DocxLayout.W, "w:hint", "eastAsia");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.appendChild(dom.createElementNS(DocxLayout.W, "w:br"));
            }
            Element t = dom.createElementNS(DocxLayout.W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            t.appendChild(dom.createTextNode(lines[i])); // XMLBeans' DOM has no setTextContent
            run.appendChild(t);
        }
        return run;
    }

    /** Sets {@code <w:name w:val="value"/>} in {@code parent}, made in its schema place when missing. */
    private static Element set(Element parent, String name, String value, List<String> order) {
        Element element = DocxLayout.child(parent, name);
        if (element == null) {
            element = parent.getOwnerDocument().createElementNS(DocxLayout.W, "w:" + name);
            insert(parent, element, order);
        }
        element.setAttributeNS(DocxLayout.W, "w:val", value);
        return element;
    }

    /** Inserts {@code child} before the first child that comes after it in the schema's order. */
    private static void insert(Element parent, Element child, List<String> order) {
        int rank = order.indexOf(child.getLocalName());
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && order.indexOf(e.getLocalName()) > rank) {
                parent.insertBefore(child, c);
                return;
            }
        }
        parent.appendChild(child);
    }

    /** The document's default language (spelling, hyphenation) and, for Korean, its East Asian font. */
    private static void documentLanguage(XWPFDocument docx, String lang, boolean korean) {
        XWPFStyles styles = docx.getStyles() != null ? docx.getStyles() : docx.createStyles();
        String tag = LanguageTags.withRegion(lang);
        styles.setSpellingLanguage(tag);
        if (korean) {
            styles.setEastAsia(tag);
            CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            CTFonts fonts = defaults.sizeOfRFontsArray() > 0 ? defaults.getRFontsArray(0) : defaults.addNewRFonts();
            if (fonts.isSetEastAsiaTheme()) {
                fonts.unsetEastAsiaTheme();
            }
            fonts.setEastAsia(KOREAN_FONT);
        }
    }

    private static Report text(Document document, Path source, String lang, Path out) throws IOException {
        Map<String, Paragraph> byLocator = located(document);
        boolean markdown = SourceReader.isMarkdown(source);
        String original = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        String[] lines = original.split("\n", -1);
        Map<Integer, TextLayout.Block> blocks = new HashMap<>();
        Map<Integer, Paragraph> paragraphAt = new HashMap<>();
        for (Paragraph p : byLocator.values()) {
            Optional<TextLayout.Block> block = TextLayout.at(original, SourceFiles.locator(p), markdown);
            if (block.isEmpty() || !block.get().text().equals(SourceReader.tidy(p.source()))) {
                throw changed(source, document, p);
            }
            blocks.put(block.get().firstLine() - 1, block.get());
            paragraphAt.put(block.get().firstLine() - 1, p);
        }
        StringBuilder result = new StringBuilder(original.length() * 2);
        int drafts = 0;
        int untranslated = 0;
        for (int i = 0; i < lines.length; i++) {
            TextLayout.Block block = blocks.get(i);
            Translation t = block == null ? Translation.EMPTY : paragraphAt.get(i).target(lang);
            if (block != null && !t.isEmpty()) {
                drafts += t.status() == Status.DRAFT ? 1 : 0;
                result.append(block.prefix()).append(markdown ? markdown(block, t.text()) : t.text());
                i = block.lastLine() - 1;
            } else {
                untranslated += block != null ? 1 : 0;
                result.append(lines[i]);
            }
            if (i < lines.length - 1) {
                result.append('\n');
            }
        }
        AtomicFiles.writeString(out, result.toString());
        return new Report(out, lang, blocks.size(), drafts, untranslated);
    }

    /** The translation with its tags written back as the source's Markdown (a lost code span or image kept at the end). */
    private static String markdown(TextLayout.Block block, String translation) {
        StringBuilder out = new StringBuilder();
        Set<Integer> placed = new HashSet<>();
        for (InlineTags.Segment segment : InlineTags.segments(translation)) {
            TextLayout.Markup markup = block.markup().get(segment.number());
            if (segment.placeholder()) {
                if (markup != null && markup.close() == null && placed.add(segment.number())) {
                    out.append(markup.open());
                }
            } else if (markup == null || markup.close() == null || segment.text().isBlank()) {
                out.append(segment.text());
            } else {
                // Markdown emphasis must hug its text: spaces inside the tag go outside the marks.
                String text = segment.text();
                int from = text.length() - text.stripLeading().length();
                int to = text.stripTrailing().length();
                out.append(text, 0, from).append(markup.open()).append(text, from, to).append(markup.close())
                        .append(text.substring(to));
            }
        }
        block.markup().forEach((number, markup) -> {
            if (markup.close() == null && !placed.contains(number)) {
                out.append(' ').append(markup.open());
            }
        });
        return out.toString().strip();
    }
}
