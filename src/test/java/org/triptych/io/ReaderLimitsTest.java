package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.exchange.OmegatGlossary;
import org.triptych.exchange.TbxCodec;
import org.triptych.exchange.TmxCodec;
import org.triptych.exchange.XliffCodec;
import org.triptych.importer.GlossaryImport;
import org.triptych.importer.SourceReader;
import org.triptych.importer.TranslationImport;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Translation;
import org.triptych.testing.SpecialFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every reader refuses what is not an ordinary file before opening it (a FIFO would block, /dev/zero never ends)
 * and every text over the limits of {@link Limits}, with a one-line {@link BadFileException}; writers refuse to
 * write what the readers would refuse.
 */
class ReaderLimitsTest {

    private static final String LONG = "a".repeat(Limits.MAX_CELL_CHARS + 1);

    @TempDir
    Path dir;

    /** One reader of a file of the kind its name says. */
    @FunctionalInterface
    private interface Reader {
        void read(Path file) throws IOException;
    }

    private Map<String, Reader> everyReader() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        Path glossary = dir.resolve("glossaries/imported.csv");
        readers.put("document.csv", DocumentCodec::read);
        readers.put("glossary.csv", GlossaryCodec::read);
        readers.put("text.csv", TextFiles::readUtf8);
        readers.put("units.xlf", XliffCodec::read);
        readers.put("memory.tmx", TmxCodec::read);
        readers.put("exchange.xlf", TranslationImport::read);
        readers.put("terms.tbx", f -> TbxCodec.read(f, glossary));
        readers.put("omegat.txt", f -> OmegatGlossary.read(f, "uk", glossary));
        readers.put("imported.tbx", f -> GlossaryImport.read(f, "uk", glossary));
        readers.put("imported.csv", f -> GlossaryImport.read(f, "uk", glossary));
        readers.put("source.txt", f -> SourceReader.read(f, false, null));
        readers.put("source.md", f -> SourceReader.read(f, false, null));
        readers.put("source.docx", f -> SourceReader.read(f, false, null));
        return readers;
    }

    private static void assertRefused(Reader reader, Path file, String problem) {
        BadFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(BadFileException.class, () -> reader.read(file)), "reading " + file + " must not block");
        assertThat(e).as(file.toString()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(file + ": " + problem);
    }

    @Test
    void noReaderOpensAFifo() throws Exception {
        for (Map.Entry<String, Reader> reader : everyReader().entrySet()) {
            Path fifo = SpecialFiles.fifo(dir.resolve(reader.getKey()));
            assertRefused(reader.getValue(), fifo, "not a regular file (a FIFO); Triptych reads only ordinary files");
            Files.delete(fifo);
        }
    }

    @Test
    void noReaderReadsDevZero() throws Exception {
        Path zero = SpecialFiles.devZero();
        for (Map.Entry<String, Reader> reader : everyReader().entrySet()) {
            Path link = dir.resolve(reader.getKey());
            try {
                Files.createSymbolicLink(link, zero);
            } catch (UnsupportedOperationException | IOException e) {
                assumeThat(false).as("skipped: no symbolic links here: " + e).isTrue();
            }
            assertRefused(reader.getValue(), link, "not a regular file (a character device); Triptych reads only ordinary files");
            Files.delete(link);
        }
        assertRefused(DocumentCodec::read, zero, "not a regular file (a character device); Triptych reads only ordinary files");
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("units.xlf"));
        assertRefused(XliffCodec::read, folder, "this is a folder, not a file");
    }

    @Test
    void anExchangeFileLargerThanAnyDocumentIsRefusedBeforeItIsRead() throws Exception {
        for (String name : List.of("units.xlf", "memory.tmx", "terms.tbx")) {
            Path big = dir.resolve(name);
            try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
                sparse.setLength(Limits.MAX_EXCHANGE_FILE_BYTES + 1024 * 1024); // no data written: sparse, instant
            }
            assertRefused(everyReader().get(name), big, "file is too large (257 MB; the limit is 256 MB)");
            Files.delete(big);
        }
    }

    @Test
    void aSourceLargerThanTheLimitIsRefused() throws Exception {
        Path big = dir.resolve("source.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(Limits.MAX_SOURCE_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> SourceReader.read(big, false, null)).isInstanceOf(BadFileException.class)
                .hasMessageStartingWith(big + ": file is too large (64.0 MB; the limit is 64 MB)");
    }

    @Test
    void aCsvCellOverTheLimitIsRefusedWithItsLine() throws Exception {
        Path document = dir.resolve("document.csv");
        Files.writeString(document, "id,en,ko\np1,Hello,안녕\np2,Long," + LONG + "\n");
        assertThatThrownBy(() -> DocumentCodec.read(document)).isInstanceOf(BadFileException.class)
                .hasMessage(document + ":3: the cell in column \"ko\" has 1,000,001 characters; the limit is 1,000,000");

        Path glossary = dir.resolve("glossary.csv");
        Files.writeString(glossary, "en,uk,note\nKyiv,Київ,\"" + LONG + "\"\n");
        assertThatThrownBy(() -> GlossaryCodec.read(glossary)).isInstanceOf(BadFileException.class)
                .hasMessage(glossary + ":2: the cell in column \"note\" has 1,000,001 characters; the limit is 1,000,000");
    }

    /** Writes a file in pieces, as a huge input is never held in memory by the test either. */
    private static Path stream(Path file, String head, String repeated, long times, String tail) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] piece = repeated.getBytes(StandardCharsets.UTF_8);
            for (long i = 0; i < times; i++) {
                out.write(piece);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void anExchangeTextOverTheLimitIsRefusedWithItsLine() throws Exception {
        String tooLong = "a text longer than 1,000,000 characters, the limit for one paragraph, note or term";
        long pieces = Limits.MAX_CELL_CHARS / 10 + 1;
        Path xliff2 = stream(dir.resolve("units.xlf"), "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                        + "version=\"2.1\" srcLang=\"en\" trgLang=\"uk\">\n<file id=\"f\">\n<unit id=\"p1\"><segment><source>",
                "0123456789", pieces, "</source></segment></unit></file></xliff>\n");
        assertThat(catchThrowableOfType(BadFileException.class, () -> XliffCodec.read(xliff2)))
                .hasMessageMatching(java.util.regex.Pattern.quote(xliff2.toString()) + ":\\d+: " + tooLong);

        // Two segments within the limit that make one paragraph over it.
        String half = "b".repeat(Limits.MAX_CELL_CHARS / 2 + 1);
        Path segments = dir.resolve("segments.xlf");
        Files.writeString(segments, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
                + "<file id=\"f\"><unit id=\"p1\"><segment><source>" + half + "</source></segment>"
                + "<segment><source>" + half + "</source></segment></unit></file></xliff>");
        assertThat(catchThrowableOfType(BadFileException.class, () -> XliffCodec.read(segments)))
                .hasMessageEndingWith(": " + tooLong);

        Path xliff12 = stream(dir.resolve("old.xlf"), "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"uk\">"
                + "<body><trans-unit id=\"1\"><source>Hi</source><target>", "0123456789", pieces, "</target></trans-unit></body></file></xliff>");
        assertThat(catchThrowableOfType(BadFileException.class, () -> XliffCodec.read(xliff12))).hasMessageEndingWith(": " + tooLong);

        Path tmx = stream(dir.resolve("memory.tmx"), "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>",
                "0123456789", pieces, "</seg></tuv></tu></body></tmx>");
        assertThat(catchThrowableOfType(BadFileException.class, () -> TmxCodec.read(tmx))).hasMessageEndingWith(": " + tooLong);

        Path tbx = stream(dir.resolve("terms.tbx"), "<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>",
                "0123456789", pieces, "</term></tig></langSet></termEntry></body></text></martif>");
        assertThat(catchThrowableOfType(BadFileException.class, () -> TbxCodec.read(tbx, dir.resolve("g.csv"))))
                .hasMessageEndingWith(": " + tooLong);
    }

    @Test
    void anOmegatEntryOrSourceParagraphOverTheLimitIsRefused() throws Exception {
        Path omegat = dir.resolve("omegat.txt");
        Files.writeString(omegat, "Kyiv\tКиїв\n" + LONG + "\tx\n");
        assertThat(catchThrowableOfType(BadFileException.class, () -> OmegatGlossary.read(omegat, "uk", dir.resolve("g.csv"))))
                .hasMessage(omegat + ":2: the entry has 1,000,002 characters; the limit is 1,000,000");

        Path source = dir.resolve("source.txt");
        Files.writeString(source, "A short paragraph.\n\n" + LONG + "\n");
        assertThat(catchThrowableOfType(BadFileException.class, () -> SourceReader.read(source, false, null)))
                .hasMessage(source + ": paragraph 2 has 1,000,001 characters; the limit is 1,000,000");
    }

    @Test
    void nothingIsWrittenThatTheReadersWouldRefuse() throws Exception {
        Path file = dir.resolve("translations/article.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "id,en,ko\np1,Hello,\n");
        Document document = DocumentCodec.read(file);
        Paragraph p1 = document.paragraphs().get(0);
        Document huge = document.withParagraphs(List.of(p1.withTarget("ko", new Translation(LONG, p1.target("ko").status()))));

        assertThat(catchThrowableOfType(CannotSaveException.class, () -> DocumentCodec.save(huge)))
                .hasMessage("cannot save " + file + ": row 1, column \"ko\" has 1,000,001 characters; the limit is 1,000,000; "
                        + "your previous version is intact");
        assertThat(Files.readString(file)).isEqualTo("id,en,ko\np1,Hello,\n");

        assertThat(catchThrowableOfType(CannotSaveException.class,
                () -> CsvTable.checkFileSize(file, Limits.MAX_WORKSPACE_FILE_BYTES + 1)))
                .hasMessage("cannot save " + file + ": it would be 256.0 MB, more than the 256 MB Triptych opens; "
                        + "your previous version is intact");

        Path glossary = dir.resolve("glossaries/names.csv");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", "Kyiv");
        values.put("note", LONG);
        assertThat(catchThrowableOfType(CannotSaveException.class, () -> GlossaryCodec.append(glossary, values)))
                .hasMessage("cannot save " + glossary + ": the note text has 1,000,001 characters; the limit is 1,000,000; "
                        + "nothing was written");
        assertThat(glossary).doesNotExist();
    }
}
