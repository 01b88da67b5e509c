package org.triptych.exchange;

import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TBX term bases (ISO 30042): reads TBX 2008 / TBX-Basic ({@code martif}, {@code termEntry}, {@code langSet},
 * {@code tig} or {@code ntig}) and TBX v3 / TBX-Core ({@code tbx}, {@code conceptEntry}, {@code langSec},
 * {@code termSec}); writes TBX-Basic. Language sets map to glossary columns by language ({@code en-US} to
 * {@code en}); a term whose administrative status is deprecated, superseded or forbidden goes to
 * {@code <lang>_forbidden}; a preferred term comes first. Definitions and notes become the concept's note.
 */
public final class TbxCodec {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Set<String> STATUS_TYPES = Set.of("administrativeStatus", "normativeAuthorization");

    private TbxCodec() {
    }

    /** Reads a term base as a glossary that will live at {@code target} once saved. */
    public static Glossary read(Path file, Path target) throws IOException {
        List<Concept> concepts = SecureXml.read(file, reader -> parse(file, reader));
        Glossary draft = new Glossary(target, List.of(Columns.SOURCE), List.of(Columns.SOURCE), concepts);
        List<String> columns = GlossaryCodec.columnsFor(draft);
        return new Glossary(target, columns, columns.stream().filter(Columns::isLanguageTag).toList(), concepts);
    }

    private static List<Concept> parse(Path file, XMLStreamReader reader) throws XMLStreamException, BadFileException {
        List<Concept> concepts = new ArrayList<>();
        boolean sawRoot = false;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (!sawRoot) {
                if (!name.equals("martif") && !name.equals("tbx")) {
                    throw new BadFileException(file, SecureXml.line(reader), "not a TBX file (root element <" + name + ">)");
                }
                sawRoot = true;
            } else if (name.equals("termEntry") || name.equals("conceptEntry")) {
                concepts.add(entry(file, reader, name));
            }
        }
        if (!sawRoot) {
            throw new BadFileException(file, 0, "not a TBX file (no root element)");
        }
        return concepts;
    }

    /** A term being read, with what its term notes say of its status. */
    private static final class PendingTerm {
        String text = "";
        boolean preferred;
        boolean forbidden;
    }

    private static Concept entry(Path file, XMLStreamReader reader, String element) throws XMLStreamException, BadFileException {
        int line = (int) SecureXml.line(reader);
        Map<String, List<PendingTerm>> byLang = new LinkedHashMap<>();
        Map<String, Long> cellLengths = new HashMap<>();
        List<String> notes = new ArrayList<>();
        long notesLength = 0;
        String lang = null;
        PendingTerm term = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new BadFileException(file, line, "<" + element + "> is never closed");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals(element)) {
                    break;
                }
                if (name.equals("langSet") || name.equals("langSec")) {
                    lang = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "langSet", "langSec" -> {
                    String tag = reader.getAttributeValue(XML_NS, "lang");
                    if (tag == null || tag.isBlank()) {
                        throw new BadFileException(file, SecureXml.line(reader), "<" + reader.getLocalName() + "> without xml:lang");
                    }
                    lang = LanguageTags.language(tag);
                }
                case "term" -> {
                    if (lang == null) {
                        throw new BadFileException(file, SecureXml.line(reader), "<term> outside a language set");
                    }
                    term = new PendingTerm();
                    term.text = XmlText.collapse(XmlText.content(reader, Set.of()));
                    List<PendingTerm> inLang = byLang.computeIfAbsent(lang, k -> new ArrayList<>());
                    inLang.add(term);
                    XmlText.checkLength(reader, cellLengths.merge(lang, term.text.length() + 1L, Long::sum)); // one cell
                }
                case "termNote" -> {
                    String type = reader.getAttributeValue(null, "type");
                    String value = XmlText.content(reader, Set.of()).strip().toLowerCase(Locale.ROOT);
                    if (term != null && type != null && STATUS_TYPES.contains(type)) { // Set.of refuses to look up null
                        term.preferred = value.startsWith("preferred");
                        term.forbidden = value.startsWith("deprecated") || value.startsWith("superseded")
                                || value.startsWith("forbidden") || value.startsWith("notrecommended");
                    }
                }
                case "descrip" -> {
                    String type = reader.getAttributeValue(null, "type");
                    String value = XmlText.collapse(XmlText.content(reader, Set.of()));
                    if ("definition".equals(type) && !value.isEmpty()) {
                        notes.add(lang == null ? value : lang + ": " + value);
                        notesLength += value.length() + 1L;
                        XmlText.checkLength(reader, notesLength);
                    }
                }
                case "note" -> {
                    String value = XmlText.collapse(XmlText.content(reader, Set.of()));
                    if (!value.isEmpty()) {
                        notes.add(lang == null ? value : lang + ": " + value);
                        notesLength += value.length() + 1L;
                        XmlText.checkLength(reader, notesLength);
                    }
                }
                case "tig", "ntig", "termSec" -> term = null;
                default -> {
                    // admin data, transactions, cross references: not part of the glossary contract
                }
            }
        }
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        byLang.forEach((tag, list) -> {
            List<Term> admitted = new ArrayList<>();
            list.stream().filter(t -> !t.forbidden && t.preferred && !t.text.isEmpty()).forEach(t -> admitted.add(new Term(tag, t.text, false)));
            list.stream().filter(t -> !t.forbidden && !t.preferred && !t.text.isEmpty()).forEach(t -> admitted.add(new Term(tag, t.text, false)));
            List<Term> ordered = new ArrayList<>();
            for (int i = 0; i < admitted.size(); i++) {
                ordered.add(new Term(tag, admitted.get(i).text(), i == 0));
            }
            if (!ordered.isEmpty()) {
                terms.put(tag, ordered);
            }
            List<String> banned = list.stream().filter(t -> t.forbidden && !t.text.isEmpty()).map(t -> t.text).toList();
            if (!banned.isEmpty()) {
                forbidden.put(tag, banned);
            }
        });
        return new Concept(terms, forbidden, String.join("; ", notes), Map.of(), line);
    }

    /** Writes the concepts in {@code languages} as TBX-Basic; each concept's note becomes an entry note. */
    public static void write(OutputStream out, Glossary glossary, List<String> languages) throws IOException {
        try {
            XMLStreamWriter w = SecureXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeDTD("<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">");
            w.writeCharacters("\n");
            w.writeStartElement("martif");
            w.writeAttribute("type", "TBX-Basic");
            w.writeAttribute("xml", XML_NS, "lang", "en");
            w.writeCharacters("\n");
            w.writeStartElement("martifHeader");
            w.writeStartElement("fileDesc");
            w.writeStartElement("sourceDesc");
            w.writeStartElement("p");
            w.writeCharacters("Exported by Triptych from " + glossary.path().getFileName());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("text");
            w.writeStartElement("body");
            w.writeCharacters("\n");
            int number = 0;
            for (Concept concept : glossary.concepts()) {
                number++;
                if (languages.stream().noneMatch(l -> !concept.terms(l).isEmpty() || !concept.forbidden(l).isEmpty())) {
                    continue;
                }
                w.writeStartElement("termEntry");
                w.writeAttribute("id", "c" + number);
                if (!concept.note().isBlank()) {
                    w.writeStartElement("note");
                    XmlText.write(w, concept.note());
                    w.writeEndElement();
                }
                for (String lang : languages) {
                    if (concept.terms(lang).isEmpty() && concept.forbidden(lang).isEmpty()) {
                        continue;
                    }
                    w.writeStartElement("langSet");
                    w.writeAttribute("xml", XML_NS, "lang", lang);
                    for (Term t : concept.terms(lang)) {
                        tig(w, t.text(), t.preferred() ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
                    }
                    for (String banned : concept.forbidden(lang)) {
                        tig(w, banned, "deprecatedTerm-admn-sts");
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TBX: " + e.getMessage(), e);
        }
    }

    private static void tig(XMLStreamWriter w, String text, String status) throws XMLStreamException {
        w.writeStartElement("tig");
        w.writeStartElement("term");
        XmlText.write(w, text);
        w.writeEndElement();
        w.writeStartElement("termNote");
        w.writeAttribute("type", "administrativeStatus");
        w.writeCharacters(status);
        w.writeEndElement();
        w.writeEndElement();
    }
}
