package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;
import org.triptych.testing.ExchangeFixtures;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeCommandsTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private int runSub(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void exportsEveryFormatIntoTheWorkspaceExportsFolder() throws Exception {
        Path doc = root.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(doc));
        for (String format : List.of("docx", "html", "tmx")) {
            assertThat(run("export", doc.toString(), "--format", format)).as(format + ": " + err).isZero();
        }
        assertThat(run("export", doc.toString(), "--format", "xliff", "--lang", "uk", "--out", root.resolve("uk.xlf").toString())).isZero();
        assertThat(root.resolve("uk.xlf")).exists();
        String html = Files.readString(root.resolve("exports/article.html"));
        assertThat(html).contains("<td lang=\"ko\">젤렌스키").contains("@media print").doesNotContain("<script");
    }

    @Test
    void csvExportGoesWhereNamedWithFormulaCellsQuoted() throws Exception {
        Path doc = root.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(doc));
        Path out = root.resolve("sheet.csv");
        assertThat(run("export", doc.toString(), "--format", "csv", "--out", out.toString())).isZero();
        String csv = Files.readString(out);
        assertThat(csv).startsWith("\uFEFFid,en,ko,ko_status,uk,uk_status,note").contains("'=SUM(A1:A3)").contains("'-Це не формула.");
    }

    @Test
    void rejectsAnUnknownFormatAndAMissingLanguage() throws Exception {
        Path doc = root.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(doc));
        assertThat(run("export", doc.toString(), "--format", "pdf")).isEqualTo(Cli.BAD_INPUT);
        assertThat(run("export", doc.toString(), "--format", "tmx", "--lang", "de")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("no target \"de\"");
    }

    @Test
    void importsASourceAndThenTranslationsReportingTheUnmatched() throws Exception {
        Path source = root.resolve("story.txt");
        Files.writeString(source, "Hello.\n\nGoodbye.\n");
        assertThat(run("import", source.toString(), "--into", root.toString(), "--targets", "uk")).isZero();
        assertThat(out.toString()).contains("read " + source + " as UTF-8").contains("created");
        Path tmx = root.resolve("tm.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
                + "<tu><note>Привітання, не «Здрастуйте»</note><tuv xml:lang=\"en\"><seg>Hello.</seg></tuv>"
                + "<tuv xml:lang=\"uk\"><seg>Привіт.</seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"en\"><seg>Other.</seg></tuv><tuv xml:lang=\"uk\"><seg>Інше.</seg></tuv></tu></body></tmx>");
        Path doc = root.resolve("translations/story.csv");
        assertThat(run("import-translations", tmx.toString(), "--into", doc.toString())).isEqualTo(Cli.FINDINGS);
        assertThat(out.toString()).contains("2 units, 1 matched, 1 unmatched").contains("Other.")
                .contains("notes: 1 paragraphs updated");
        assertThat(DocumentCodec.read(doc).paragraph("p1").orElseThrow().target("uk").text()).isEqualTo("Привіт.");
        assertThat(DocumentCodec.read(doc).paragraph("p1").orElseThrow().note()).isEqualTo("Привітання, не «Здрастуйте»");
    }

    @Test
    void glossaryCommandsMoveGlossariesInAndOut() throws Exception {
        Path tsv = root.resolve("omegat.txt");
        Files.writeString(tsv, "# comment\nKyiv\tКиїв\tcapital\nLviv\tЛьвів\n");
        assertThat(runSub(new GlossaryImportCommand(), tsv.toString(), "--into", root.toString(), "--lang", "uk", "--name", "places"))
                .as(err.toString()).isZero();
        Path glossary = root.resolve("glossaries/places.csv");
        Glossary read = GlossaryCodec.read(glossary);
        assertThat(read.concepts()).hasSize(2);
        assertThat(runSub(new GlossaryExportCommand(), glossary.toString(), "--format", "tbx")).isZero();
        assertThat(Files.readString(root.resolve("exports/places.tbx"))).contains("<term>Київ</term>");
        assertThat(runSub(new GlossaryExportCommand(), glossary.toString(), "--format", "omegat", "--out", root.resolve("out.txt").toString())).isZero();
        assertThat(Files.readString(root.resolve("out.txt"))).contains("Kyiv\tКиїв\tcapital\n");
    }
}
