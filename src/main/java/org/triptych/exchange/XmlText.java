package org.triptych.exchange;

import org.triptych.io.Limits;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.util.Locale;
import java.util.Set;

/** Reading the text of elements with inline markup, and writing text that is always well-formed XML. */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text inside the current start element, up to its end tag. Elements named in {@code codes} hold
     * native codes (TMX {@code bpt}, {@code ph}...) and are skipped; XLIFF's {@code cp} becomes its character;
     * other inline elements ({@code mrk}, {@code pc}, {@code hi}) keep their text.
     */
    static String content(XMLStreamReader reader, Set<String> codes) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        long skipped = 0;
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = reader.getLocalName();
                    if (skipping > 0 || codes.contains(name)) {
                        skipping++;
                    } else if (name.equals("cp")) {
                        String hex = reader.getAttributeValue(null, "hex");
                        if (hex != null) {
                            try {
                                text.appendCodePoint(Integer.parseInt(hex, 16));
                            } catch (IllegalArgumentException e) {
                                throw new XMLStreamException("bad <cp hex=\"" + hex + "\">", reader.getLocation());
                            }
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    // Text arrives in pieces (the parser does not coalesce), so a huge one is refused before it fills memory.
                    if (skipping == 0) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        checkLength(reader, text.length());
                    } else if (reader.getTextLength() > 0) {
                        skipped += reader.getTextLength();
                        checkLength(reader, skipped);
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of file", reader.getLocation());
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return text.toString();
    }

    /** A text longer than {@link Limits#MAX_CELL_CHARS}: well-formed XML, refused all the same. */
    static final class TooLong extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        TooLong(String problem, Location location) {
            super(problem, location);
            this.problem = problem;
        }

        /** The problem without the parser's location prefix. */
        String problem() {
            return problem;
        }
    }

    /** Refuses a text (of one element, or joined from several) longer than a workspace cell may be. */
    static void checkLength(XMLStreamReader reader, long length) throws TooLong {
        if (length > Limits.MAX_CELL_CHARS) {
            throw new TooLong(String.format(Locale.ROOT, "a text longer than %,d characters, the limit for one paragraph, "
                    + "note or term", Limits.MAX_CELL_CHARS), reader.getLocation());
        }
    }

    /** Skips the current element with everything inside it. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        content(reader, Set.of());
    }

    /** Collapses runs of white space to one space and trims: XML's default white-space handling. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for the characters XML 1.0 allows in content. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    /** Writes {@code text}, dropping the few control characters XML cannot carry at all. */
    static void write(XMLStreamWriter writer, String text) throws XMLStreamException {
        writer.writeCharacters(clean(text));
    }

    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isXmlChar(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.codePoints().filter(XmlText::isXmlChar).forEach(out::appendCodePoint);
                return out.toString();
            }
        }
        return text;
    }

    /** True when the text would change under {@link #collapse}, so it needs {@code xml:space="preserve"}. */
    static boolean needsPreserve(String text) {
        return !collapse(text).equals(text);
    }
}
