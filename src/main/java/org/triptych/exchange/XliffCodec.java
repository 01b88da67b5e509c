package org.triptych.exchange;

import org.triptych.io.BadFileException;
import org.triptych.model.Status;
import org.triptych.task.Progress;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads XLIFF 2.x (several {@code file}s, nested {@code group}s, several segments per unit) and, for what
 * older tools still send, XLIFF 1.2; writes XLIFF 2.1 valid against the OASIS core schema, one target language
 * per file. A unit's segments and ignorables are joined into one text, as a paragraph is one unit.
 *
 * <p>A unit's {@code note}s are joined by line breaks; the note written keeps its line breaks with
 * {@code xml:space="preserve"} (the schema admits attributes of the XML namespace on {@code note}).
 *
 * <p>States: {@code initial} is no status, or draft when marked {@code subState="triptych:draft"};
 * {@code translated} is translated; {@code reviewed} and {@code final} are reviewed. A unit without a state
 * gets none (null), and the importer decides.
 */
public final class XliffCodec {

    public static final String NS2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String DRAFT_SUBSTATE = "triptych:draft";
    /** XLIFF 1.2 inline elements holding native code. */
    private static final Set<String> CODES_12 = Set.of("bpt", "ept", "it", "ph");

    private XliffCodec() {
    }

    public static ExchangeFile read(Path file) throws IOException {
        return SecureXml.read(file, reader -> parse(file, reader));
    }

    private static ExchangeFile parse(Path file, XMLStreamReader reader) throws XMLStreamException, BadFileException {
        while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: comments, processing instructions, an external DOCTYPE
        }
        if (!reader.isStartElement() || !reader.getLocalName().equals("xliff")) {
            throw new BadFileException(file, SecureXml.line(reader), "not an XLIFF file (root element "
                    + (reader.isStartElement() ? "<" + reader.getLocalName() + ">" : "missing") + ")");
        }
        String version = reader.getAttributeValue(null, "version");
        String namespace = String.valueOf(reader.getNamespaceURI());
        if (version == null && namespace.startsWith("urn:oasis:names:tc:xliff:document:")) {
            version = namespace.substring("urn:oasis:names:tc:xliff:document:".length()); // 1.1 files often omit it
        }
        version = String.valueOf(version);
        if (version.startsWith("2.")) {
            return parse2(file, reader);
        }
        if (version.startsWith("1.")) {
            return parse12(file, reader);
        }
        throw new BadFileException(file, SecureXml.line(reader), "unsupported XLIFF version \"" + version + "\" (2.x or 1.2 expected)");
    }

    private static ExchangeFile parse2(Path file, XMLStreamReader reader) throws XMLStreamException, BadFileException {
        String srcLang = attr(reader, "srcLang");
        String trgLang = attr(reader, "trgLang");
        if (srcLang.isBlank()) {
            throw new BadFileException(file, SecureXml.line(reader), "<xliff> has no srcLang");
        }
        List<TranslationUnit> units = new ArrayList<>();
        Deque<Boolean> preserve = new ArrayDeque<>();
        preserve.push(isPreserve(reader, false));
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                preserve.pop();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("unit") && NS2.equals(reader.getNamespaceURI())) {
                    units.add(unit2(file, reader, srcLang, trgLang, isPreserve(reader, preserve.peek())));
                } else {
                    preserve.push(isPreserve(reader, preserve.peek()));
                }
            }
        }
        return new ExchangeFile(file, srcLang, trgLang, units);
    }

    private static TranslationUnit unit2(Path file, XMLStreamReader reader, String srcLang, String trgLang, boolean preserveUnit)
            throws XMLStreamException, BadFileException {
        long line = SecureXml.line(reader);
        String id = attr(reader, "id");
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        boolean hasTarget = false;
        List<String> notes = new ArrayList<>();
        long notesLength = 0;
        Status status = null;
        boolean inPart = false;
        boolean partHasTarget = false;
        String partSource = "";
        boolean partPreserve = preserveUnit;
        boolean preserve = preserveUnit;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new BadFileException(file, line, "<unit> is never closed");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = reader.getLocalName();
                if (inPart && (name.equals("segment") || name.equals("ignorable"))) {
                    if (!partHasTarget && name.equals("ignorable")) {
                        target.append(partSource); // an ignorable without target stands for itself
                    }
                    inPart = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            boolean core = NS2.equals(reader.getNamespaceURI());
            String name = reader.getLocalName();
            if (core && (name.equals("segment") || name.equals("ignorable"))) {
                inPart = true;
                partHasTarget = false;
                partSource = "";
                partPreserve = isPreserve(reader, preserveUnit);
                if (name.equals("segment")) {
                    Status segment = state2(reader);
                    if (segment != null && (status == null || segment.ordinal() < status.ordinal())) {
                        status = segment; // a unit is only as far along as its least finished segment
                    }
                }
            } else if (core && inPart && (name.equals("source") || name.equals("target"))) {
                preserve |= isPreserve(reader, partPreserve);
                String text = XmlText.content(reader, Set.of());
                depth--;
                if (name.equals("source")) {
                    partSource = text;
                    source.append(text);
                } else {
                    partHasTarget = true;
                    hasTarget = true;
                    target.append(text);
                }
                XmlText.checkLength(reader, Math.max(source.length(), target.length() + partSource.length()));
            } else if (core && name.equals("notes")) {
                continue; // its notes are read one by one below
            } else if (core && name.equals("note")) {
                boolean preserveNote = isPreserve(reader, preserveUnit);
                String text = XmlText.content(reader, Set.of());
                notes.add(preserveNote ? text : XmlText.collapse(text));
                notesLength += notes.get(notes.size() - 1).length() + 1L;
                XmlText.checkLength(reader, notesLength);
                depth--;
            } else {
                XmlText.skip(reader); // originalData, metadata, glossary, matches: not translation text
                depth--;
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(srcLang, preserve ? source.toString() : XmlText.collapse(source.toString()));
        Map<String, Status> statuses = new LinkedHashMap<>();
        if (hasTarget && !trgLang.isBlank()) {
            texts.put(trgLang, preserve ? target.toString() : XmlText.collapse(target.toString()));
            if (status != null) {
                statuses.put(trgLang, status);
            }
        }
        return new TranslationUnit(id, texts, statuses, String.join("\n", notes), line);
    }

    private static Status state2(XMLStreamReader reader) {
        String state = reader.getAttributeValue(null, "state");
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "translated" -> Status.TRANSLATED;
            case "reviewed", "final" -> Status.REVIEWED;
            default -> DRAFT_SUBSTATE.equals(reader.getAttributeValue(null, "subState")) ? Status.DRAFT : Status.NONE;
        };
    }

    private static ExchangeFile parse12(Path file, XMLStreamReader reader) throws XMLStreamException, BadFileException {
        String srcLang = "";
        String trgLang = "";
        List<TranslationUnit> units = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "file" -> {
                    srcLang = attr(reader, "source-language");
                    trgLang = attr(reader, "target-language");
                }
                case "trans-unit" -> units.add(unit12(file, reader, srcLang, trgLang));
                default -> {
                    // header, groups, skeletons
                }
            }
        }
        return new ExchangeFile(file, srcLang, trgLang, units);
    }

    private static TranslationUnit unit12(Path file, XMLStreamReader reader, String srcLang, String trgLang)
            throws XMLStreamException, BadFileException {
        long line = SecureXml.line(reader);
        String id = attr(reader, "id");
        boolean preserve = "preserve".equals(reader.getAttributeValue(XML_NS, "space"));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        long notesLength = 0;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new BadFileException(file, line, "<trans-unit> is never closed");
            }
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("trans-unit")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "source" -> texts.put(srcLang, space(XmlText.content(reader, CODES_12), preserve));
                case "target" -> {
                    Status status = state12(reader.getAttributeValue(null, "state"));
                    String lang = trgLang.isBlank() ? attr(reader, XML_NS, "lang") : trgLang;
                    texts.put(lang, space(XmlText.content(reader, CODES_12), preserve));
                    if (status != null) {
                        statuses.put(lang, status);
                    }
                }
                case "note" -> {
                    notes.add(XmlText.collapse(XmlText.content(reader, Set.of())));
                    notesLength += notes.get(notes.size() - 1).length() + 1L;
                    XmlText.checkLength(reader, notesLength);
                }
                default -> XmlText.skip(reader); // alt-trans (other tools' suggestions), seg-source, context
            }
        }
        return new TranslationUnit(id, texts, statuses, String.join("\n", notes), line);
    }

    private static Status state12(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "new", "needs-translation" -> Status.NONE;
            case "translated" -> Status.TRANSLATED;
            case "final", "signed-off" -> Status.REVIEWED;
            default -> Status.DRAFT; // needs-review-*, needs-adaptation, needs-l10n
        };
    }

    private static String space(String text, boolean preserve) {
        return preserve ? text : XmlText.collapse(text);
    }

    private static boolean isPreserve(XMLStreamReader reader, boolean inherited) {
        String space = reader.getAttributeValue(XML_NS, "space");
        return space == null ? inherited : space.equals("preserve");
    }

    private static String attr(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static String attr(XMLStreamReader reader, String ns, String name) {
        String value = reader.getAttributeValue(ns, name);
        return value == null ? "" : value;
    }

    /**
     * Writes one XLIFF 2.1 file from {@code sourceLang} into {@code targetLang}: a unit per translation unit,
     * its note, and a segment with the source, the target when there is one, and the state.
     */
    public static void write(OutputStream out, String original, String sourceLang, String targetLang,
                             List<TranslationUnit> units, Progress progress) throws IOException {
        try {
            XMLStreamWriter w = SecureXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(NS2);
            w.writeAttribute("version", "2.1");
            w.writeAttribute("srcLang", sourceLang);
            w.writeAttribute("trgLang", targetLang);
            w.writeCharacters("\n");
            w.writeStartElement("file");
            w.writeAttribute("id", "f1");
            w.writeAttribute("original", original);
            w.writeCharacters("\n");
            int done = 0;
            for (TranslationUnit unit : units) {
                writeUnit(w, unit, sourceLang, targetLang, done);
                if (++done % 500 == 0) {
                    progress.advance(done, units.size());
                }
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            progress.advance(units.size(), units.size());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    private static void writeUnit(XMLStreamWriter w, TranslationUnit unit, String sourceLang, String targetLang, int index)
            throws XMLStreamException {
        w.writeStartElement("unit");
        w.writeAttribute("id", isNmToken(unit.id()) ? unit.id() : "u" + (index + 1));
        if (!unit.note().isBlank()) {
            w.writeStartElement("notes");
            w.writeStartElement("note"); // no appliesTo: a paragraph's note is about the whole unit
            if (XmlText.needsPreserve(unit.note())) {
                w.writeAttribute("xml", XML_NS, "space", "preserve"); // keeps its line breaks
            }
            XmlText.write(w, unit.note());
            w.writeEndElement();
            w.writeEndElement();
        }
        String source = unit.texts().getOrDefault(sourceLang, "");
        String target = unit.texts().getOrDefault(targetLang, "");
        Status status = unit.statuses().getOrDefault(targetLang, Status.NONE);
        w.writeStartElement("segment");
        w.writeAttribute("state", switch (status) {
            case NONE, DRAFT -> "initial";
            case TRANSLATED -> "translated";
            case REVIEWED -> "reviewed";
        });
        if (status == Status.DRAFT) {
            w.writeAttribute("subState", DRAFT_SUBSTATE);
        }
        text(w, "source", source);
        if (!target.isEmpty()) {
            text(w, "target", target);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(element);
        if (XmlText.needsPreserve(text)) {
            w.writeAttribute("xml", XML_NS, "space", "preserve");
        }
        // Characters XML cannot carry travel as <cp>, so the text comes back exactly.
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!XmlText.isXmlChar(c) && !Character.isSurrogate(c)) {
                w.writeCharacters(text.substring(start, i));
                w.writeEmptyElement("cp");
                w.writeAttribute("hex", Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
                start = i + 1;
            }
        }
        w.writeCharacters(text.substring(start));
        w.writeEndElement();
    }

    /** XML's NMTOKEN: what the schema demands of a unit id. */
    public static boolean isNmToken(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}
