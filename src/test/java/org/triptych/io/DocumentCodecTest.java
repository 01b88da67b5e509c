package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCodecTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    /** Windows-style input: a BOM, CRLF line ends, an unknown column first and one in the middle. */
    private static final String WINDOWS_INPUT = String.join("\r\n",
            "seq,id,en,ko,ko_status,uk,uk_status,source,note",
            "1,p1,\"He said, \"\"Hello.\"\"\",\"그는 \"\"안녕\"\"이라고 말했다.\",draft,\"Він сказав: «Привіт»\",translated,wire,",
            "2,p2,\"Two lines:\r\nsecond line\",,,\"Рядок один\r\nрядок два\",Draft,\"desk, Seoul\",check the date",
            "");

    private static final String EXPECTED_OUTPUT = String.join("\n",
            "seq,id,en,ko,ko_status,uk,uk_status,source,note",
            "1,p1,\"He said, \"\"Hello.\"\"\",\"그는 \"\"안녕\"\"이라고 말했다.\",draft,Він сказав: «Привіт»,translated,wire,",
            "2,p2,\"Two lines:\nsecond line\",,,\"Рядок один\nрядок два\",draft,\"desk, Seoul\",check the date",
            "");

    private Path writeBytes(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void readsQuotesCommasNewlinesHangulCyrillicAndUnknownColumns() throws Exception {
        Path file = writeBytes("article.csv", BOM, WINDOWS_INPUT.getBytes(StandardCharsets.UTF_8));

        Document doc = DocumentCodec.read(file);

        assertThat(doc.columns()).containsExactly("seq", "id", "en", "ko", "ko_status", "uk", "uk_status", "source", "note");
        assertThat(doc.targets()).containsExactly("ko", "uk");
        Paragraph p1 = doc.paragraphs().get(0);
        assertThat(p1.id()).isEqualTo("p1");
        assertThat(p1.line()).isEqualTo(2);
        assertThat(p1.source()).isEqualTo("He said, \"Hello.\"");
        assertThat(p1.target("ko")).isEqualTo(new Translation("그는 \"안녕\"이라고 말했다.", Status.DRAFT));
        assertThat(p1.target("uk")).isEqualTo(new Translation("Він сказав: «Привіт»", Status.TRANSLATED));
        assertThat(p1.extra()).isEqualTo(Map.of("seq", "1", "source", "wire"));
        Paragraph p2 = doc.paragraphs().get(1);
        assertThat(p2.line()).isEqualTo(3);
        assertThat(p2.source()).isEqualTo("Two lines:\nsecond line");
        assertThat(p2.target("ko")).isEqualTo(Translation.EMPTY);
        assertThat(p2.target("uk")).isEqualTo(new Translation("Рядок один\nрядок два", Status.DRAFT));
        assertThat(p2.note()).isEqualTo("check the date");
        assertThat(p2.extra()).isEqualTo(Map.of("seq", "2", "source", "desk, Seoul"));
    }

    @Test
    void loadThenSaveOfBomAndCrlfInputGivesTheExpectedBytes() throws Exception {
        Path file = writeBytes("article.csv", BOM, WINDOWS_INPUT.getBytes(StandardCharsets.UTF_8));

        DocumentCodec.save(DocumentCodec.read(file));

        assertThat(Files.readAllBytes(file)).isEqualTo(EXPECTED_OUTPUT.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(AtomicFiles.backupOf(file))).startsWith(BOM);
    }

    @Test
    void loadThenSaveOfATriptychWrittenFileIsByteIdentical() throws Exception {
        Path file = writeBytes("article.csv", EXPECTED_OUTPUT.getBytes(StandardCharsets.UTF_8));

        DocumentCodec.save(DocumentCodec.read(file));
        byte[] once = Files.readAllBytes(file);
        DocumentCodec.save(DocumentCodec.read(file));

        assertThat(once).isEqualTo(EXPECTED_OUTPUT.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
    }

    @Test
    void textIsNormalisedToNfcOnRead() throws Exception {
        String decomposed = "id,en,ko,uk\np1,Cafe\u0301,\u1100\u1161,\u0438\u0306\n";
        Path file = writeBytes("nfc.csv", decomposed.getBytes(StandardCharsets.UTF_8));

        Paragraph p = DocumentCodec.read(file).paragraphs().get(0);

        assertThat(p.source()).isEqualTo("Caf\u00e9");
        assertThat(p.target("ko").text()).isEqualTo("\uAC00");
        assertThat(p.target("uk").text()).isEqualTo("\u0439");
    }

    @Test
    void statusColumnIsAddedAfterItsTargetWhenAStatusIsSet() throws Exception {
        Path file = writeBytes("article.csv", "id,en,ko,uk,extra\np1,Hello,안녕,Привіт,x\np2,Bye,,,y\n"
                .getBytes(StandardCharsets.UTF_8));
        Document doc = DocumentCodec.read(file);
        Paragraph p1 = doc.paragraph("p1").orElseThrow();

        DocumentCodec.save(doc.withParagraph(p1.withTarget("ko", p1.target("ko").withStatus(Status.REVIEWED))));

        assertThat(Files.readString(file)).isEqualTo(
                "id,en,ko,ko_status,uk,extra\np1,Hello,안녕,reviewed,Привіт,x\np2,Bye,,,,y\n");
    }

    @Test
    void noStatusColumnIsAddedWhileEveryStatusIsEmpty() throws Exception {
        Path file = writeBytes("article.csv", "id,en,ko\np1,Hello,안녕\n".getBytes(StandardCharsets.UTF_8));

        DocumentCodec.save(DocumentCodec.read(file));

        assertThat(Files.readString(file)).isEqualTo("id,en,ko\np1,Hello,안녕\n");
    }

    @Test
    void noteColumnIsAddedAtTheEndWhenANoteIsWritten() throws Exception {
        Path file = writeBytes("article.csv", "id,en,uk\np1,Hello,Привіт\n".getBytes(StandardCharsets.UTF_8));
        Document doc = DocumentCodec.read(file);

        DocumentCodec.save(doc.withParagraph(doc.paragraphs().get(0).withNote("ask the desk")));

        assertThat(Files.readString(file)).isEqualTo("id,en,uk,note\np1,Hello,Привіт,ask the desk\n");
    }

    @Test
    void emptyRowsFromSpreadsheetsAreSkipped() throws Exception {
        Path file = writeBytes("article.csv", "id,en,ko\np1,Hello,안녕\n,,\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(DocumentCodec.read(file).paragraphs()).extracting(Paragraph::id).containsExactly("p1");
    }

    @Test
    void statusWordsAreReadCaseInsensitivelyAndWrittenInLowerCase() throws Exception {
        Path file = writeBytes("article.csv", "id,en,ko,ko_status\np1,Hi,안녕, Reviewed \n".getBytes(StandardCharsets.UTF_8));

        Document doc = DocumentCodec.read(file);

        assertThat(doc.paragraphs().get(0).target("ko").status()).isEqualTo(Status.REVIEWED);
        assertThat(DocumentCodec.format(doc)).isEqualTo("id,en,ko,ko_status\np1,Hi,안녕,reviewed\n");
    }

    @Test
    void aNewDocumentGetsTheRequiredColumnsAndItsTargets() {
        Paragraph p = new Paragraph("p1", "Hello", Map.of("uk", new Translation("Привіт", Status.DRAFT)), "", Map.of(), 0);
        Document doc = new Document(dir.resolve("new.csv"), java.util.List.of(), java.util.List.of("uk"), java.util.List.of(p));

        assertThat(DocumentCodec.format(doc)).isEqualTo("id,en,uk,uk_status\np1,Hello,Привіт,draft\n");
    }
}
