package org.triptych.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.testing.ExchangeFixtures;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --format review-docx} then {@code import-review}: a listing that writes nothing, or {@code --accept-all}. */
class ImportReviewCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path doc;
    private Path review;

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @BeforeEach
    void exportAndReview() throws Exception {
        doc = root.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(doc));
        assertThat(run("export", doc.toString(), "--format", "review-docx")).as(err.toString()).isZero();
        review = root.resolve("exports/article.review.docx");
        assertThat(out.toString()).contains("wrote " + review);
        try (InputStream in = Files.newInputStream(review); XWPFDocument docx = new XWPFDocument(in)) {
            XWPFTableCell uk = docx.getTables().get(0).getRow(3).getCell(3);
            XWPFParagraph paragraph = uk.getParagraphs().get(0);
            paragraph.getRuns().get(0).setText("Це не формула.", 0);
            docx.getTables().get(0).getRow(2).getCell(5).getParagraphs().get(0).createRun().setText("Fine.");
            try (OutputStream written = Files.newOutputStream(review)) {
                docx.write(written);
            }
        }
    }

    @Test
    void listsTheChangesAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(doc);
        assertThat(run("import-review", doc.toString(), review.toString())).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(review + ": 4 rows, 2 changes (1 translations, 1 notes)")
                .contains("p2 note: + \"Fine.\"")
                .contains("p3 [uk] (draft): \"-Це не формула.\" → \"Це не формула.\"")
                .contains("nothing written; --accept-all makes these changes");
        assertThat(Files.readAllBytes(doc)).isEqualTo(before);
    }

    @Test
    void acceptAllSavesEveryChange() throws Exception {
        assertThat(run("import-review", doc.toString(), review.toString(), "--accept-all")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("accepted 2 changes");
        var saved = DocumentCodec.read(doc);
        assertThat(saved.paragraph("p3").orElseThrow().target("uk")).isEqualTo(new Translation("Це не формула.", Status.DRAFT));
        assertThat(saved.paragraph("p2").orElseThrow().note()).isEqualTo("— article.review.docx: Fine.");
        assertThat(root.resolve("translations/article.csv.bak")).exists();
    }

    @Test
    void aDamagedFileIsOneLineWithExitCode2AndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(doc);
        Path broken = root.resolve("broken.docx");
        Files.write(broken, new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThat(run("import-review", doc.toString(), broken.toString(), "--accept-all")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(broken.toString()).contains(".docx");
        assertThat(Files.readAllBytes(doc)).isEqualTo(before);
    }
}
