package org.triptych.export;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.importer.SourceImport;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.testing.SourceDocx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translated .docx as a reader sees it: LibreOffice renders the source and the Korean document to PDF, and
 * both have the same number of pages and the translated headings. Runs where {@code soffice} and
 * {@code pdftotext} are installed ({@code .ci/run} installs them); elsewhere it is skipped and says why.
 */
class TargetDocxRenderTest {

    @TempDir
    Path root;

    @Test
    void libreOfficeRendersTheKoreanDocumentLikeTheSource() throws Exception {
        Assumptions.assumeTrue(installed("soffice") && installed("pdftotext"), () -> {
            String reason = "TargetDocxRenderTest skipped: soffice (libreoffice-writer) or pdftotext (poppler-utils) is not installed";
            System.out.println(reason);
            return reason;
        });
        Path source = root.resolve("incoming/report.docx");
        Files.createDirectories(source.getParent());
        SourceDocx.write(source);
        SourceImport.run(root, source, "", false, null, List.of("ko"), Progress.NONE);
        Document doc = DocumentCodec.read(root.resolve("translations/report.csv"));
        List<Paragraph> translated = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String korean = TargetExportTest.KOREAN.get(p.source());
            translated.add(korean == null ? p : p.withTarget("ko", new Translation(korean, Status.TRANSLATED)));
        }
        Path out = root.resolve("exports/report.ko.docx");
        TargetExport.export(doc.withParagraphs(translated), List.of("ko"), out, Progress.NONE);

        Path sourcePdf = pdf(source);
        Path targetPdf = pdf(out);
        assertThat(pages(targetPdf)).isEqualTo(pages(sourcePdf)).isPositive();
        String sourceText = text(sourcePdf);
        String targetText = text(targetPdf);
        assertThat(sourceText).contains("Delivery report", "The talks in Kyiv");
        assertThat(targetText).contains("납품 보고서", "키이우 회담", "관리들은 월요일 세 시간 동안", "내부 초안", "1쪽")
                .doesNotContain("The talks in Kyiv").contains("The next round is planned for May.");
        // LibreOffice ignores w:autoSpaceDN and sets a little space between 290 and 만 (Word does not): text only.
        assertThat(targetText.replace(" ", "")).contains("290만명");
    }

    private static boolean installed(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Converts with a profile of its own, so that a LibreOffice already running does not take the job. */
    private Path pdf(Path docx) throws Exception {
        Path outDir = docx.resolveSibling("pdf-" + docx.getFileName());
        Path profile = root.resolve("lo-profile");
        run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", outDir.toString(), docx.toString());
        String name = docx.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).exists();
        return pdf;
    }

    private static int pages(Path pdf) throws IOException {
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        return pages;
    }

    private String text(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
        return Files.readString(txt);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
