package org.triptych.exchange;

import org.triptych.io.BadFileException;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place XML parsers are made. Readers never process a DTD: a DOCTYPE that only names an external
 * DTD (as TMX and TBX files from other tools do) is ignored and never fetched; a DOCTYPE with an internal
 * subset, where entities are declared (XXE, "billion laughs"), is refused. Errors name file, line and column. Only
 * ordinary files within {@link Limits#MAX_EXCHANGE_FILE_BYTES} are opened.
 */
public final class SecureXml {

    private static final XMLInputFactory INPUT = inputFactory();
    private static final int PROLOG_BYTES = 512;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private SecureXml() {
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Not coalescing: long text then arrives in pieces, and XmlText refuses a huge one before it fills memory.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not loaded (" + systemId + ")");
        });
        return factory;
    }

    /** A reader over {@code in}, whose content came from {@code file}; the caller closes both. */
    public static XMLStreamReader reader(Path file, InputStream in) throws BadFileException {
        try {
            InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
            Reader utf8 = strictUtf8(buffered);
            return new Guarded(file, utf8 != null ? INPUT.createXMLStreamReader(utf8) : INPUT.createXMLStreamReader(buffered));
        } catch (XMLStreamException e) {
            throw failure(file, e);
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A strict UTF-8 reader over {@code in} (after its byte order mark) when the file is UTF-8 by its declaration or
     * by default; null for other encodings, which the parser decodes itself. The JDK's parser prints
     * "[Fatal Error]" on stderr for invalid UTF-8 before it throws; decoding here turns that into a plain error.
     */
    private static Reader strictUtf8(InputStream in) throws IOException {
        in.mark(PROLOG_BYTES);
        byte[] head = in.readNBytes(PROLOG_BYTES);
        in.reset();
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        if (bom == 0 && head.length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xff) >= 0xFE)) {
            return null; // UTF-16 or UTF-32, with or without a byte order mark
        }
        String prolog = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(prolog);
        if (declared.lookingAt() && !declared.group(1).replace("-", "").equalsIgnoreCase("UTF8")
                || prolog.contains("<!DOCTYPE")) {
            return null; // over a Reader the JDK's parser may report a DOCTYPE's text without its [declarations]
        }
        in.skipNBytes(bom);
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Opens {@code file} and hands a guarded reader to {@code body}, turning every XML error into a {@link BadFileException}. */
    public static <T> T read(Path file, XmlBody<T> body) throws IOException {
        Limits.checkReadable(file, Limits.MAX_EXCHANGE_FILE_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = reader(file, in);
            try {
                return body.read(reader);
            } finally {
                reader.close();
            }
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (XMLStreamException e) {
            throw failure(file, e);
        } catch (FileSystemException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
    }

    /** What a format reader does with an open XML stream. */
    @FunctionalInterface
    public interface XmlBody<T> {
        T read(XMLStreamReader reader) throws XMLStreamException, IOException;
    }

    /** A buffered UTF-8 writer for the exporters; its {@code flush()} reaches {@code out}. */
    public static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return OUTPUT.createXMLStreamWriter(new java.io.BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IOException("cannot create an XML writer: " + e.getMessage(), e);
        }
    }

    /** A {@link BadFileException} naming the file and the line and column the parser stopped at. */
    public static BadFileException failure(Path file, XMLStreamException e) {
        Location location = e.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        if (e instanceof XmlText.TooLong tooLong) {
            return new BadFileException(file, line, tooLong.problem(), e);
        }
        if (e.getNestedException() instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            String column = location != null && location.getColumnNumber() > 0 ? "column " + location.getColumnNumber() + ": " : "";
            return new BadFileException(file, line, column + "invalid UTF-8: bytes that are not text in the encoding the file declares", e);
        }
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        String column = location != null && location.getColumnNumber() > 0 ? "column " + location.getColumnNumber() + ": " : "";
        return new BadFileException(file, line, column + "malformed XML: " + message.strip(), e);
    }

    /** The line the reader is on, for messages about content that is well-formed but wrong. */
    public static long line(XMLStreamReader reader) {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    /** Refuses internal DTD subsets as soon as the DOCTYPE is seen, before any entity could be used. */
    private static final class Guarded extends StreamReaderDelegate {
        private final Path file;

        Guarded(Path file, XMLStreamReader reader) {
            super(reader);
            this.file = file;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD && getText() != null && (getText().indexOf('[') >= 0 || getText().indexOf(']') >= 0)) {
                throw new XMLStreamException("a DOCTYPE with declarations (entities) is refused in " + file.getFileName()
                        + ": Triptych reads no DTDs", getLocation());
            }
            return event;
        }
    }
}
