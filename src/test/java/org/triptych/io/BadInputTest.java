package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every malformed file gives one message that names the file, the line and the problem. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("article.csv");
        Files.write(file, bytes);
        return file;
    }

    private static BadFileException readDocument(Path file) {
        return catchThrowableOfType(BadFileException.class, () -> DocumentCodec.read(file));
    }

    private static void assertNames(BadFileException e, Path file, long line, String problem) {
        assertThat(e).as("a BadFileException").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(file + ":" + line + ": ").contains(problem).doesNotContain("\n");
    }

    @Test
    void unbalancedQuoteNamesTheLineWhereTheQuoteOpens() throws Exception {
        Path file = write("id,en\np1,fine\np2,\"never closed\np3,more\n");

        assertNames(readDocument(file), file, 3, "unbalanced quote");
    }

    @Test
    void duplicateIdNamesBothLines() throws Exception {
        Path file = write("id,en\np1,a\np2,b\np1,c\n");

        assertNames(readDocument(file), file, 4, "duplicate id \"p1\" (first used on line 2)");
    }

    @Test
    void emptyIdIsRefused() throws Exception {
        Path file = write("id,en\np1,a\n,b\n");

        assertNames(readDocument(file), file, 3, "empty id");
    }

    @Test
    void missingIdColumn() throws Exception {
        Path file = write("en,ko\nHello,안녕\n");

        assertNames(readDocument(file), file, 1, "missing required column \"id\"");
    }

    @Test
    void missingEnColumnInADocument() throws Exception {
        Path file = write("id,ko\np1,안녕\n");

        assertNames(readDocument(file), file, 1, "missing required column \"en\"");
    }

    @Test
    void missingEnColumnInAGlossary() throws Exception {
        Path file = write("ko,uk\n키이우,Київ\n");

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> GlossaryCodec.read(file));

        assertNames(e, file, 1, "missing required column \"en\"");
    }

    @Test
    void duplicateHeader() throws Exception {
        Path file = write("id,en,ko,ko\np1,a,b,c\n");

        assertNames(readDocument(file), file, 1, "duplicate column \"ko\" in the header");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = writeBytes(png);

        assertNames(readDocument(file), file, 3, "binary data");
    }

    @Test
    void utf16File() throws Exception {
        Path file = writeBytes("\uFEFFid,en\np1,Hello\n".getBytes(StandardCharsets.UTF_16LE));

        BadFileException e = readDocument(file);

        assertThat(e.getMessage()).isEqualTo(file + ": the file is UTF-16 text; save it as UTF-8");
    }

    @Test
    void invalidUtf8NamesTheLineAndTheByte() throws Exception {
        byte[] cp1251 = "id,en,uk\np1,Hello,Привіт\n".getBytes(Charset.forName("windows-1251"));
        Path file = writeBytes(cp1251);

        assertNames(readDocument(file), file, 2, "invalid UTF-8 (byte 0xCF at byte offset 18)");
    }

    @Test
    void aReplacementCharacterInTheTextIsNoErrorAndABadByteAfterOneIsStillNamed() throws Exception {
        // Decoding goes the fast way and decodes strictly only when a replacement character shows up.
        Path kept = writeBytes("id,en,uk\np1,Hello,Привіт \uFFFD\n".getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentCodec.read(kept).paragraphs().get(0).target("uk").text()).isEqualTo("Привіт \uFFFD");

        byte[] good = "id,en,uk\np1,Hello,\uFFFD\np2,World,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xCF; // a lone windows-1251 П
        bad[good.length + 1] = '\n';
        Path file = writeBytes(bad);
        assertNames(readDocument(file), file, 3, "invalid UTF-8 (byte 0xCF at byte offset " + good.length + ")");
    }

    @Test
    void invalidUtf8SuggestsTheLegacyEncodingItLooksLike() throws Exception {
        byte[] eucKr = "id,en,ko\np1,Hello,이민복의 병력 1만 2천 명이 강을 건넜다. 휴전은 밤새 유지됐다.\n"
                .getBytes(Charset.forName("EUC-KR"));
        Path file = writeBytes(eucKr);

        assertNames(readDocument(file), file, 2, "it looks like EUC-KR; save the file as UTF-8");
    }

    @Test
    void tooManyFields() throws Exception {
        Path file = write("id,en\np1,Hello, world\n");

        assertNames(readDocument(file), file, 2, "row has 3 fields but the header has 2");
    }

    @Test
    void unknownStatus() throws Exception {
        Path file = write("id,en,ko,ko_status\np1,Hello,안녕,done\n");

        assertNames(readDocument(file), file, 2, "unknown status \"done\" in column ko_status");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.csv");

        BadFileException e = readDocument(file);

        assertThat(e.getMessage()).isEqualTo(file + ": file not found");
    }
}
