package org.triptych.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.ui.SampleCopy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports and imports from the command line never write over a workspace's documents and glossaries, nor over
 * the files they read, and names given with --name stay file names in their folder.
 */
class OutputSafetyCommandsTest {

    @TempDir
    Path dir;

    private Path root;
    private Path article;
    private Path glossary;
    private byte[] articleBytes;
    private byte[] glossaryBytes;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void copySample() throws Exception {
        root = SampleCopy.into(dir.resolve("workspace"));
        article = root.resolve("translations/article.csv");
        glossary = root.resolve("glossaries/names-and-terms.csv");
        articleBytes = Files.readAllBytes(article);
        glossaryBytes = Files.readAllBytes(glossary);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private void assertWorkspaceIntact() throws Exception {
        assertThat(Files.readAllBytes(article)).as("the document").isEqualTo(articleBytes);
        assertThat(Files.readAllBytes(glossary)).as("the glossary").isEqualTo(glossaryBytes);
        try (Stream<Path> files = Stream.concat(Files.list(article.getParent()), Files.list(glossary.getParent()))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("article.csv", "names-and-terms.csv");
        }
    }

    private void assertRefused(int code) {
        assertThat(code).as(err.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("triptych: ").contains("nothing was written").hasLineCount(1);
    }

    @Test
    void aCsvExportWithoutOutRunTwiceLeavesTheDocumentAndItsUkrainianAlone() throws Exception {
        Document before = DocumentCodec.read(article);
        for (int round = 0; round < 2; round++) {
            assertThat(run("export", article.toString(), "--format", "csv", "--lang", "ko")).as(err.toString()).isZero();
        }
        assertWorkspaceIntact();
        assertThat(Files.exists(root.resolve("translations/article.csv.bak"))).isFalse();
        assertThat(DocumentCodec.read(article).paragraphs()).extracting(p -> p.target("uk").text())
                .isEqualTo(before.paragraphs().stream().map(p -> p.target("uk").text()).toList())
                .anyMatch(text -> text.startsWith("Група з майже 200"));
        Path exported = root.resolve("exports/article.csv");
        assertThat(out.toString()).contains("wrote " + exported);
        assertThat(Files.readString(exported)).startsWith("\uFEFFid,en,ko,ko_status,note");
    }

    @Test
    void everyDocumentFormatGoesToTheExportsFolderByDefault() throws Exception {
        for (String format : List.of("docx", "html", "tmx", "xliff", "csv")) {
            assertThat(run("export", article.toString(), "--format", format)).as(format + ": " + err).isZero();
        }
        assertWorkspaceIntact();
        try (Stream<Path> files = Files.list(root.resolve("exports"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "article.docx", "article.html", "article.tmx", "article.ko.xlf", "article.uk.xlf", "article.csv");
        }
    }

    @Test
    void anExportAimedAtTheDocumentByAnyPathIsRefused() throws Exception {
        Path link = dir.resolve("link-to-article.csv");
        Files.createSymbolicLink(link, article);
        Path linkedFolder = dir.resolve("linked-translations");
        Files.createSymbolicLink(linkedFolder, article.getParent());
        List<Path> aliases = List.of(article, root.resolve("translations/../translations/./article.csv"),
                root.resolve("exports/../translations/article.csv"), link, linkedFolder.resolve("article.csv"),
                root.resolve("translations/ARTICLE.CSV"), root.resolve("no-such-folder/../translations/article.csv"));
        for (Path alias : aliases) {
            for (String format : List.of("csv", "html", "docx", "tmx")) {
                assertRefused(run("export", article.toString(), "--format", format, "--out", alias.toString()));
            }
        }
        assertWorkspaceIntact();
        assertThat(Files.exists(root.resolve("no-such-folder"))).isFalse();
    }

    @Test
    void anExportOverAnotherWorkspaceFileOrItsBackupIsRefused() throws Exception {
        Files.copy(article, root.resolve("translations/other.csv"));
        Files.copy(article, root.resolve("translations/other.csv.bak"));
        for (String target : List.of("glossaries/names-and-terms.csv", "translations/other.csv", "translations/other.csv.bak")) {
            assertRefused(run("export", article.toString(), "--format", "html", "--out", root.resolve(target).toString()));
            assertThat(err.toString()).contains("a document or glossary of the workspace");
        }
        assertThat(Files.readAllBytes(root.resolve("translations/other.csv"))).isEqualTo(articleBytes);
        assertThat(Files.readAllBytes(glossary)).isEqualTo(glossaryBytes);
    }

    @Test
    void anXliffExportWhoseLanguageFileWouldBeTheDocumentIsRefused() throws Exception {
        // Two languages: the files are named OUT.ko.EXT and OUT.uk.EXT.
        Path doc = root.resolve("translations/article.uk.csv");
        Files.copy(article, doc);
        byte[] bytes = Files.readAllBytes(doc);
        assertRefused(run("export", doc.toString(), "--format", "xliff", "--out", root.resolve("translations/article.csv").toString()));
        assertThat(Files.readAllBytes(doc)).isEqualTo(bytes);
        assertThat(Files.exists(root.resolve("translations/article.ko.csv"))).isFalse();
    }

    @Test
    void aNamedNewFileInTranslationsIsWrittenBecauseTheUserAskedForIt() throws Exception {
        Path named = root.resolve("translations/article-review.html");
        assertThat(run("export", article.toString(), "--format", "html", "--out", named.toString())).as(err.toString()).isZero();
        assertThat(named).exists();
        assertThat(Files.readAllBytes(article)).isEqualTo(articleBytes);
    }

    @Test
    void glossaryExportsGoToTheExportsFolderAndNeverOverAWorkspaceFile() throws Exception {
        for (String format : List.of("csv", "tbx", "omegat")) {
            assertThat(run("glossary", "export", glossary.toString(), "--format", format)).as(format + ": " + err).isZero();
        }
        try (Stream<Path> files = Files.list(root.resolve("exports"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("names-and-terms.csv",
                    "names-and-terms.tbx", "names-and-terms.ko.txt", "names-and-terms.uk.txt");
        }
        for (String target : List.of("glossaries/names-and-terms.csv", "translations/article.csv", "glossaries/../glossaries/NAMES-AND-TERMS.csv")) {
            for (String format : List.of("csv", "tbx")) {
                assertRefused(run("glossary", "export", glossary.toString(), "--format", format, "--out", root.resolve(target).toString()));
            }
        }
        assertRefused(run("glossary", "export", glossary.toString(), "--format", "omegat", "--lang", "uk", "--out", glossary.toString()));
        assertWorkspaceIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../outside/evil", "../translations/article", "..", ".", ".hidden", "a/b", "a\\b",
            "CON", "con.txt", "Nul", "COM1", "lpt9.csv", "AUX .txt", "name.", "name ", " name", "bell\u0007",
            "line\nbreak", "tab\tname", "a:b", "what?", "star*", "pipe|", "quote\"", "less<", "", "right\u202Eto-left"})
    void glossaryImportRefusesEveryNameThatIsNotAPlainFileName(String name) throws Exception {
        Path omegat = dir.resolve("terms.txt");
        Files.writeString(omegat, "Kyiv\tКиїв\n");
        assertThat(run("glossary", "import", omegat.toString(), "--into", root.toString(), "--lang", "uk", "--name", name))
                .as(out + " " + err).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("triptych: the glossary name").hasLineCount(1);
        assertWorkspaceIntact();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("terms.txt", "workspace/translations/article.csv", "workspace/glossaries/names-and-terms.csv");
        }
    }

    @Test
    void glossaryImportRefusesAnAbsolutePathAsName() throws Exception {
        Path omegat = dir.resolve("terms.txt");
        Files.writeString(omegat, "Kyiv\tКиїв\n");
        Path elsewhere = dir.resolve("elsewhere/evil");
        assertThat(run("glossary", "import", omegat.toString(), "--into", root.toString(), "--lang", "uk", "--name", elsewhere.toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("not a path");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
        assertWorkspaceIntact();
    }

    @Test
    void glossaryImportWithAPlainNameStillWorks() throws Exception {
        Path omegat = dir.resolve("terms.txt");
        Files.writeString(omegat, "Kyiv\tКиїв\n");
        assertThat(run("glossary", "import", omegat.toString(), "--into", root.toString(), "--lang", "uk", "--name", "Місця і назви 2024"))
                .as(err.toString()).isZero();
        assertThat(GlossaryCodec.read(root.resolve("glossaries/Місця і назви 2024.csv")).concepts()).hasSize(1);
    }

    @Test
    void aGlossaryIsNeverImportedIntoADocumentNorIntoItself() throws Exception {
        Path omegat = dir.resolve("terms.txt");
        Files.writeString(omegat, "Kyiv\tКиїв\n");
        assertRefused(run("glossary", "import", omegat.toString(), "--into", article.toString(), "--lang", "uk"));
        assertThat(err.toString()).contains("a document, not a glossary");
        assertRefused(run("glossary", "import", glossary.toString(), "--into", root.toString()));
        assertThat(err.toString()).contains("a file this command reads");
        assertRefused(run("glossary", "import", glossary.toString(), "--into", glossary.toString()));
        assertWorkspaceIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../glossaries/names-and-terms", "a/b", "sub\\doc", "CON", "prn.csv", "doc.", "x\u0000y"})
    void sourceImportRefusesANameThatIsNotAPlainFileName(String name) throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Hello.\n\nGoodbye.\n");
        assertThat(run("import", text.toString(), "--into", root.toString(), "--name", name)).as(out + " " + err)
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("triptych: the document name").hasLineCount(1);
        assertWorkspaceIntact();
    }

    @Test
    void aDocumentIsNotImportedAsItsOwnSourceNorTranslationsIntoAGlossary() throws Exception {
        assertRefused(run("import", article.toString(), "--into", root.toString()));
        assertRefused(run("import-translations", article.toString(), "--into", article.toString()));
        Path tmx = dir.resolve("tm.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Lee Min-bok</seg></tuv>"
                + "<tuv xml:lang=\"uk\"><seg>Лі</seg></tuv></tu></body></tmx>");
        assertRefused(run("import-translations", tmx.toString(), "--into", glossary.toString()));
        assertThat(err.toString()).contains("a glossary, not a document");
        assertWorkspaceIntact();
        assertThat(DocumentCodec.read(article).paragraphs()).extracting(Paragraph::source).doesNotContain("id,en,ko,ko_status,uk,uk_status,note");
    }
}
