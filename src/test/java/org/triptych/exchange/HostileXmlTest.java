package org.triptych.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.importer.GlossaryImport;
import org.triptych.importer.TranslationImport;
import org.triptych.io.BadFileException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostileXmlTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path xxe = write("xxe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&xxe;</seg></tuv></tu></body></tmx>");
        assertThatThrownBy(() -> TmxCodec.read(xxe))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("xxe.tmx:2")
                .hasMessageContaining("DOCTYPE with declarations")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refusesBillionLaughsBeforeExpandingAnything() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path bomb = write("laughs.xlf", "<?xml version=\"1.0\"?>\n" + dtd + "\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                + "version=\"2.0\" srcLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>&lol9;</source></segment></unit></file></xliff>");
        assertThatThrownBy(() -> XliffCodec.read(bomb))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("laughs.xlf:2");
    }

    @Test
    void refusesEntityDeclarationsInATermBase() throws Exception {
        Path tbx = write("evil.tbx", "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY e SYSTEM \"http://example.invalid/\">]>"
                + "<martif><text><body/></text></martif>");
        assertThatThrownBy(() -> GlossaryImport.read(tbx, null, dir.resolve("g.csv"))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("evil.tbx:1");
    }

    @Test
    void ignoresAnExternalDtdNamedInTheDoctypeWithoutFetchingIt() throws Exception {
        Path tmx = write("plain.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hi</seg></tuv>"
                + "<tuv xml:lang=\"uk\"><seg>Привіт</seg></tuv></tu></body></tmx>");
        assertThat(TmxCodec.read(tmx).units().get(0).text("uk")).isEqualTo("Привіт");
    }

    @Test
    void namesFileLineAndColumnOfBrokenXml() throws Exception {
        Path broken = write("broken.xlf", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n"
                + "<file id=\"f\"><unit id=\"u\"><segment><source>a</target></segment></unit></file></xliff>");
        assertThatThrownBy(() -> TranslationImport.read(broken))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("broken.xlf:3: column")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void refusesAFileThatIsNotTmx() throws Exception {
        Path other = write("other.tmx", "<html><body/></html>");
        assertThatThrownBy(() -> TmxCodec.read(other)).isInstanceOf(BadFileException.class).hasMessageContaining("not a TMX file");
    }

    @Test
    void refusesBadlyEncodedXml() throws Exception {
        Path file = dir.resolve("latin1.tmx");
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>caf".getBytes();
        byte[] tail = "</seg></tuv></tu></body></tmx>".getBytes();
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1: not UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        assertThatThrownBy(() -> TmxCodec.read(file)).isInstanceOf(BadFileException.class).hasMessageContaining("latin1.tmx:2");
    }
}
