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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads TMX 1.1 to 1.4b ({@code lang} or {@code xml:lang} on {@code tuv}) and writes TMX 1.4b that is valid
 * against the 1.4 DTD. Statuses travel in a {@code prop type="x-triptych-status"} on each target {@code tuv};
 * a unit's note is the {@code tu}'s {@code note} (on reading, the notes of a {@code tu} and its {@code tuv}s,
 * joined by line breaks).
 */
public final class TmxCodec {

    public static final String STATUS_PROP = "x-triptych-status";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Inline elements whose content is native code, not text. */
    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");

    private TmxCodec() {
    }

    public static ExchangeFile read(Path file) throws IOException {
        return SecureXml.read(file, reader -> parse(file, reader));
    }

    private static ExchangeFile parse(Path file, XMLStreamReader reader) throws XMLStreamException, BadFileException {
        String sourceLang = null;
        boolean sawRoot = false;
        List<TranslationUnit> units = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (!sawRoot) {
                if (!name.equals("tmx")) {
                    throw new BadFileException(file, SecureXml.line(reader), "not a TMX file (root element <" + name + ">)");
                }
                sawRoot = true;
            } else if (name.equals("header")) {
                sourceLang = reader.getAttributeValue(null, "srclang");
            } else if (name.equals("tu")) {
                units.add(unit(file, reader, units.size() + 1));
            }
        }
        if (!sawRoot) {
            throw new BadFileException(file, 0, "not a TMX file (no root element)");
        }
        return new ExchangeFile(file, sourceLang == null ? "" : sourceLang, "", units);
    }

    private static TranslationUnit unit(Path file, XMLStreamReader reader, int number) throws XMLStreamException, BadFileException {
        long line = SecureXml.line(reader);
        String id = reader.getAttributeValue(null, "tuid");
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        long notesLength = 0;
        String lang = null;
        Status status = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("tu")) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new BadFileException(file, line, "<tu> is never closed");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "tuv" -> {
                    lang = reader.getAttributeValue(XML_NS, "lang");
                    if (lang == null) {
                        lang = reader.getAttributeValue(null, "lang"); // TMX 1.1 and 1.2
                    }
                    if (lang == null || lang.isBlank()) {
                        throw new BadFileException(file, SecureXml.line(reader), "<tuv> without a language (xml:lang)");
                    }
                    status = null;
                }
                case "prop" -> {
                    String type = reader.getAttributeValue(null, "type");
                    String value = XmlText.content(reader, Set.of()).strip();
                    if (STATUS_PROP.equals(type) && lang != null) {
                        status = Status.fromCell(value.equals("none") ? "" : value);
                    }
                }
                case "note" -> {
                    notes.add(XmlText.content(reader, Set.of()).strip());
                    notesLength += notes.get(notes.size() - 1).length() + 1L;
                    XmlText.checkLength(reader, notesLength);
                }
                case "seg" -> {
                    if (lang == null) {
                        throw new BadFileException(file, SecureXml.line(reader), "<seg> outside a <tuv>");
                    }
                    String text = XmlText.content(reader, CODES);
                    // A second tuv in one language is an alternative; keep it rather than lose it.
                    XmlText.checkLength(reader, (long) texts.getOrDefault(lang, "").length() + text.length());
                    texts.merge(lang, text, (a, b) -> a + "\n" + b);
                    if (status != null) {
                        statuses.put(lang, status);
                    }
                }
                default -> {
                    // other elements (header props, tuv attributes) carry nothing Triptych keeps
                }
            }
        }
        return new TranslationUnit(id == null ? "" : id, texts, statuses, String.join("\n", notes), line);
    }

    /**
     * Writes TMX 1.4b: one {@code tu} per unit, {@code tuid} from its id, a {@code tuv} per language with text,
     * the source language first.
     */
    public static void write(OutputStream out, String sourceLang, List<TranslationUnit> units, Progress progress) throws IOException {
        try {
            XMLStreamWriter w = SecureXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            w.writeCharacters("\n");
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            w.writeCharacters("\n");
            w.writeEmptyElement("header");
            w.writeAttribute("creationtool", "Triptych");
            w.writeAttribute("creationtoolversion", "1");
            w.writeAttribute("segtype", "paragraph");
            w.writeAttribute("o-tmf", "Triptych CSV");
            w.writeAttribute("adminlang", "en");
            w.writeAttribute("srclang", sourceLang);
            w.writeAttribute("datatype", "plaintext");
            w.writeCharacters("\n");
            w.writeStartElement("body");
            w.writeCharacters("\n");
            int done = 0;
            for (TranslationUnit unit : units) {
                writeUnit(w, sourceLang, unit);
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
            throw new IOException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    private static void writeUnit(XMLStreamWriter w, String sourceLang, TranslationUnit unit) throws XMLStreamException {
        w.writeStartElement("tu");
        if (!unit.id().isEmpty()) {
            w.writeAttribute("tuid", unit.id());
        }
        if (!unit.note().isBlank()) {
            w.writeStartElement("note");
            XmlText.write(w, unit.note());
            w.writeEndElement();
        }
        for (Map.Entry<String, String> e : unit.texts().entrySet()) {
            String lang = e.getKey();
            if (e.getValue().isEmpty() && !lang.equals(sourceLang)) {
                continue;
            }
            w.writeStartElement("tuv");
            w.writeAttribute("xml", XML_NS, "lang", lang);
            Status status = unit.statuses().get(lang);
            if (status != null && !lang.equals(sourceLang)) {
                w.writeStartElement("prop");
                w.writeAttribute("type", STATUS_PROP);
                w.writeCharacters(status == Status.NONE ? "none" : status.cell().toLowerCase(Locale.ROOT));
                w.writeEndElement();
            }
            w.writeStartElement("seg");
            XmlText.write(w, e.getValue());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }
}
