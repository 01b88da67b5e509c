package org.triptych.importer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceReaderTest {

    private static final String UKRAINIAN = "Президент України Володимир Зеленський заявив, що Київ готовий до переговорів.\n\n"
            + "Її єдиний ґанок — це їхня історія, і вони пишаються цим.\n\n";
    private static final String KOREAN = "볼로디미르 젤렌스키 우크라이나 대통령은 키이우가 협상할 준비가 되어 있다고 밝혔다.\n\n"
            + "그는 런던에서 영국 총리를 만나 안보 문제를 논의했다.\n\n";

    @TempDir
    Path dir;

    private SourceText readBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return SourceReader.read(file, false, null);
    }

    @Test
    void splitsOnBlankLinesAndTidiesWhiteSpace() throws Exception {
        SourceText text = readBytes("a.txt", "  First   line\r\ncontinues.\r\n\r\n\r\nSecond\tparagraph. \n \n".getBytes("UTF-8"));
        assertThat(text.paragraphs()).containsExactly("First line continues.", "Second paragraph.");
        assertThat(text.encoding()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    @Test
    void takesOneParagraphPerLineWhenAsked() throws Exception {
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, "One\nTwo\n\nThree\n");
        assertThat(SourceReader.read(file, true, null).paragraphs()).containsExactly("One", "Two", "Three");
    }

    @Test
    void normalisesToNfc() throws Exception {
        SourceText text = readBytes("nfd.txt", "Cafe\u0301 and \u1100\u1161".getBytes("UTF-8"));
        assertThat(text.paragraphs()).containsExactly("Café and 가");
    }

    @Test
    void detectsUtf16WithAndWithoutByteOrderMark() throws Exception {
        assertThat(readBytes("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, UKRAINIAN.getBytes("UTF-16LE"))).encoding())
                .isEqualTo("UTF-16LE (byte order mark)");
        SourceText be = readBytes("be.txt", KOREAN.getBytes("UTF-16BE"));
        assertThat(be.encoding()).startsWith("UTF-16BE");
        assertThat(be.paragraphs().get(1)).isEqualTo("그는 런던에서 영국 총리를 만나 안보 문제를 논의했다.");
        assertThat(readBytes("le2.txt", UKRAINIAN.getBytes("UTF-16LE")).paragraphs().get(1)).startsWith("Її єдиний ґанок");
    }

    @Test
    void detectsLegacyKoreanAndCyrillicEncodingsAndReportsTheChoice() throws Exception {
        String longKorean = KOREAN.repeat(5);
        SourceText korean = readBytes("ko.txt", longKorean.getBytes(Charset.forName("x-windows-949")));
        assertThat(korean.encoding()).startsWith("CP949");
        assertThat(korean.paragraphs().get(0)).startsWith("볼로디미르 젤렌스키");

        String longUkrainian = UKRAINIAN.repeat(5);
        SourceText cp1251 = readBytes("uk1251.txt", longUkrainian.getBytes(Charset.forName("windows-1251")));
        assertThat(cp1251.encoding()).startsWith("windows-1251");
        assertThat(cp1251.paragraphs().get(1)).isEqualTo("Її єдиний ґанок — це їхня історія, і вони пишаються цим.");

        SourceText koi8 = readBytes("ukkoi.txt", longUkrainian.replace('—', '-').getBytes(Charset.forName("KOI8-U")));
        assertThat(koi8.encoding()).startsWith("KOI8-U");
        assertThat(koi8.paragraphs().get(1)).isEqualTo("Її єдиний ґанок - це їхня історія, і вони пишаються цим.");
    }

    @Test
    void refusesBinaryDataNamingFileAndLine() {
        assertThatThrownBy(() -> readBytes("bin.txt", new byte[] {'a', '\n', 'b', 0, 0, 0, 0, 0x7f, (byte) 0x80, 1, 2, 3}))
                .isInstanceOf(BadFileException.class).hasMessageContaining("bin.txt:2").hasMessageContaining("NUL");
    }

    @Test
    void refusesBytesThatAreNotInTheGivenEncoding() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.write(file, concat("ok\nstill ok\n".getBytes("UTF-8"), new byte[] {(byte) 0xC3, 0x28}));
        assertThatThrownBy(() -> SourceReader.read(file, false, "UTF-8"))
                .isInstanceOf(BadFileException.class).hasMessageContaining("bad.txt:3").hasMessageContaining("invalid UTF-8");
    }

    @Test
    void turnsMarkdownMarkupIntoInlineTags() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "# The **talks** in London\n\nRead [the report](http://x.example) *today*.\n\n> Quoted\n"
                + "\n![a map](map.png)\n\n---\n\n1. First <b1> literal\n2. Second\n");
        SourceText text = SourceReader.read(file, false, null);
        assertThat(text.paragraphs()).containsExactly("The <b1>talks</b1> in London",
                "Read <a1>the report</a1> <i2>today</i2>.", "Quoted", "First \u2039b1> literal", "Second");
        assertThat(text.locators()).containsExactly("lines/1-1", "lines/3-3", "lines/5-5", "lines/11-11", "lines/12-12");
    }

    @Test
    void readsParagraphsAndTableCellsOfADocx() throws Exception {
        Path file = dir.resolve("a.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText("Title   here");
            docx.createParagraph();
            docx.createTable(1, 1).getRow(0).getCell(0).setText("In a cell.");
            docx.createParagraph().createRun().setText("Last.");
            docx.write(out);
        }
        SourceText text = SourceReader.read(file, false, null);
        assertThat(text.paragraphs()).containsExactly("Title here", "In a cell.", "Last.");
        assertThat(text.encoding()).isEqualTo("DOCX");
    }

    @Test
    void refusesADocxThatIsNotAZip() throws Exception {
        Path file = dir.resolve("fake.docx");
        Files.writeString(file, "just text");
        assertThatThrownBy(() -> SourceReader.read(file, false, null))
                .isInstanceOf(BadFileException.class).hasMessageContaining("fake.docx").hasMessageContaining("not a Word .docx");
    }

    @Test
    void refusesADocxZipBomb() throws Exception {
        Path file = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> SourceReader.read(file, false, null))
                .isInstanceOf(BadFileException.class).hasMessageContaining("bomb.docx").hasMessageContaining("zip bomb");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void splitKeepsNoEmptyParagraphs() {
        assertThat(TextLayout.blocks("\n\n  \n\u00A0\n", false, false)).isEqualTo(List.of());
    }
}
