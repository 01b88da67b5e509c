package org.triptych.review;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.importer.ReviewImport;
import org.triptych.io.DocumentCodec;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reviewer who saves the review file with LibreOffice: the file keeps its protection, its editable ranges and the
 * properties that name its columns, and reads back without a change. Skipped, saying why, without LibreOffice.
 */
class LibreOfficeReviewTest {

    @TempDir
    Path dir;

    @Test
    void aReviewFileSavedByLibreOfficeReadsBackUnchanged() throws Exception {
        Path article = dir.resolve("translations/article.csv");
        Files.createDirectories(article.getParent());
        DocumentCodec.save(ExchangeFixtures.document(article));
        Path review = dir.resolve("article.review.docx");
        Exports.export(ExportFormat.REVIEW_DOCX, DocumentCodec.read(article), List.of(), ExportOptions.DEFAULT, review, Progress.NONE);

        Path out = dir.resolve("saved");
        Files.createDirectories(out);
        Process office;
        try {
            office = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString(), review.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("office.log").toFile()).start();
        } catch (java.io.IOException e) {
            System.out.println("skipped: LibreOffice is not installed (" + e.getMessage() + ")");
            assumeTrue(false, "LibreOffice is not installed");
            return;
        }
        assertThat(office.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path saved = out.resolve("article.review.docx");
        assertThat(saved).as(Files.readString(dir.resolve("office.log"))).exists();

        try (InputStream in = Files.newInputStream(saved); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.isEnforcedReadonlyProtection()).isTrue();
            assertThat(docx.getTables().get(0).getRow(1).getCell(2).getParagraphs().get(0).getCTP().sizeOfPermStartArray())
                    .isEqualTo(1);
        }
        ReviewImport.Review read = ReviewImport.read(saved, DocumentCodec.read(article));
        assertThat(read.rows()).isEqualTo(4);
        assertThat(read.changes()).isEmpty();
    }
}
