package org.triptych.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XML exchange files whose bytes are not in their encoding: one clear error naming the file, and nothing printed on
 * stderr (the JDK's parser prints "[Fatal Error] ..." there for invalid UTF-8 when it decodes the bytes itself).
 * Files that declare another encoding are still read in it.
 */
class InvalidEncodingXmlTest {

    @TempDir
    Path dir;

    private static final String TMX = "<?xml version=\"1.0\"%s?><tmx version=\"1.4\"><header srclang=\"en\"/><body>"
            + "<tu><tuv xml:lang=\"en\"><seg>Kyiv</seg></tuv><tuv xml:lang=\"uk\"><seg>%s</seg></tuv></tu></body></tmx>";

    @Test
    void invalidUtf8InTmxXliffAndTbxIsOneErrorAndNothingOnStderr() throws Exception {
        byte[] latin1 = "Київ".getBytes(Charset.forName("windows-1251"));
        Path tmx = write("memory.tmx", String.format(TMX, "", "@@"), latin1);
        Path xliff = write("article.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:"
                + "xliff:document:1.2\"><file original=\"a\" source-language=\"en\" target-language=\"uk\"><body><trans-unit id=\"p1\">"
                + "<source>Kyiv</source><target>@@</target></trans-unit></body></file></xliff>", latin1);
        Path tbx = write("terms.tbx", "\uFEFF<?xml version=\"1.0\"?><tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"c1\">"
                + "<langSec xml:lang=\"uk\"><termSec><term>@@</term></termSec></langSec></conceptEntry></body></text></tbx>", latin1);
        String stderr = capturingStderr(() -> {
            assertThatThrownBy(() -> TmxCodec.read(tmx)).isInstanceOf(BadFileException.class)
                    .hasMessageStartingWith(tmx.toString()).hasMessageContaining("invalid UTF-8");
            assertThatThrownBy(() -> XliffCodec.read(xliff)).isInstanceOf(BadFileException.class)
                    .hasMessageStartingWith(xliff.toString()).hasMessageContaining("invalid UTF-8");
            assertThatThrownBy(() -> TbxCodec.read(tbx, dir.resolve("terms.csv"))).isInstanceOf(BadFileException.class)
                    .hasMessageStartingWith(tbx.toString() + ":1:").hasMessageContaining("invalid UTF-8");
        });
        assertThat(stderr).isEmpty();
    }

    @Test
    void aDeclaredLegacyEncodingIsStillHonoured() throws Exception {
        Path tmx = dir.resolve("legacy.tmx");
        Files.write(tmx, String.format(TMX, " encoding=\"windows-1251\"", "Київ").getBytes(Charset.forName("windows-1251")));
        assertThat(TmxCodec.read(tmx).units()).singleElement().satisfies(unit -> assertThat(unit.toString()).contains("Київ"));
    }

    @Test
    void aTermBaseStatusNoteWithoutATypeIsIgnored() throws Exception {
        Path tbx = dir.resolve("untyped.tbx");
        Files.writeString(tbx, "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"en\">"
                + "<termSec><term>Kyiv</term><termNote>preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry></body></text></tbx>");
        assertThat(TbxCodec.read(tbx, dir.resolve("terms.csv")).concepts()).hasSize(1);
    }

    private Path write(String name, String xml, byte[] replacement) throws Exception {
        int at = xml.indexOf("@@");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.write(replacement);
        bytes.write(xml.substring(at + 2).getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static String capturingStderr(ThrowingRunnable body) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
