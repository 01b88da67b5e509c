package org.triptych.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.testing.SourceDocx;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code triptych import} then {@code triptych export --format target…}, as a translator delivers from a shell. */
class TargetExportCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path importReport() throws Exception {
        Path source = root.resolve("report.docx");
        SourceDocx.write(source);
        assertThat(run("import", source.toString(), "--into", root.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        Path doc = root.resolve("translations/report.csv");
        Document read = DocumentCodec.read(doc);
        Paragraph heading = read.paragraphs().get(1);
        DocumentCodec.save(read.withParagraph(heading.withTarget("ko", new Translation("키이우 회담", Status.TRANSLATED))));
        return doc;
    }

    @Test
    void writesTheKoreanDocxIntoExportsAndSaysHowManyParagraphsKeptTheirEnglish() throws Exception {
        Path doc = importReport();
        assertThat(run("export", doc.toString(), "--format", "target-docx", "--lang", "ko")).as(err.toString()).isZero();
        Path written = root.resolve("exports/report.ko.docx");
        assertThat(out.toString()).isEqualTo("wrote " + written + ": 12 paragraphs, 11 left in English (not translated into ko), 0 drafts\n");
        try (InputStream in = Files.newInputStream(written); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("키이우 회담", "Delivery report");
        }
    }

    @Test
    void everyLanguageGetsItsOwnFile() throws Exception {
        Path doc = importReport();
        assertThat(run("export", doc.toString(), "--format", "target")).as(err.toString()).isZero();
        assertThat(root.resolve("exports/report.ko.docx")).exists();
        assertThat(root.resolve("exports/report.uk.docx")).exists();
    }

    @Test
    void aFormatThatIsNotTheSourcesAMissingSourceAndTheSourceAsOutputAreRefusedInOneLine() throws Exception {
        Path doc = importReport();
        assertThat(run("export", doc.toString(), "--format", "target-md", "--lang", "ko")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("was imported from a .docx source").contains("--format target-docx");

        err.getBuffer().setLength(0);
        Path copy = root.resolve("sources/report.docx");
        assertThat(run("export", doc.toString(), "--format", "target", "--lang", "ko", "--out", copy.toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("refused to write").contains("nothing was written");

        err.getBuffer().setLength(0);
        Files.delete(copy);
        assertThat(run("export", doc.toString(), "--format", "target", "--lang", "ko")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString().strip()).contains("report.csv").contains("no source kept").doesNotContain("\n");
        assertThat(root.resolve("exports")).doesNotExist();
    }
}
