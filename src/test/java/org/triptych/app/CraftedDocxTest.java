package org.triptych.app;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.diagnostics.LibraryLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged and crafted .docx files given to {@code triptych import}, run as a user runs it: a separate JVM through
 * the jar's entry point, so that what reaches stderr is exactly what a terminal would show. Libraries' stack traces
 * go to the log file in the user's state folder, the one line names that file, and a {@code ../} entry is never
 * written anywhere.
 */
class CraftedDocxTest {

    @TempDir
    Path dir;

    private Path home;
    private Path stateHome;
    private Path workspace;
    private Path crafted;

    @BeforeEach
    void folders() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        stateHome = dir.resolve("home/state");
        workspace = Files.createDirectories(dir.resolve("work/workspace"));
        Files.createDirectories(workspace.resolve("translations"));
        crafted = Files.createDirectories(dir.resolve("work/crafted"));
    }

    @Test
    void aTruncatedZipGivesOneLineNamingTheFileTheReasonAndTheLog() throws Exception {
        byte[] whole = docx(List.of());
        Path file = write("truncated.docx", java.util.Arrays.copyOf(whole, whole.length / 2));
        Run run = importing(file);
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).singleElement().asString()
                .startsWith("triptych: " + file + ": cannot read this .docx: ")
                .contains("ZIP").endsWith("(details in " + logFile() + ")");
        assertThat(Files.readString(logFile())).contains(file.toString()).contains("\tat org.apache.poi.");
    }

    @Test
    void aBrokenContentTypesPartGivesOneLineWithoutTheParsersStackTrace() throws Exception {
        Path file = write("bad-types.docx", zip(List.of(
                new Entry("[Content_Types].xml", "<Types"), new Entry("_rels/.rels", RELS), new Entry("word/document.xml", DOCUMENT))));
        Run run = importing(file);
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).singleElement().asString()
                .startsWith("triptych: " + file + ": cannot read this .docx: ")
                .doesNotContain("org.apache").endsWith("(details in " + logFile() + ")");
        assertThat(Files.readString(logFile())).contains("XML document structures must start and end within the same entity");
    }

    @Test
    void aBrokenDocumentXmlGivesOneLine() throws Exception {
        Path file = write("bad-document.docx", zip(List.of(new Entry("[Content_Types].xml", TYPES),
                new Entry("_rels/.rels", RELS), new Entry("word/document.xml", "<w:document xmlns:w=\"" + W + "\"><w:body><w:p>"))));
        Run run = importing(file);
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).singleElement().asString()
                .startsWith("triptych: " + file + ": cannot read this .docx: ").endsWith("(details in " + logFile() + ")");
    }

    @Test
    void aDamagedPartThatPoiSkipsLeavesStderrEmptyAndTheImportSucceeds() throws Exception {
        Path file = write("bad-properties.docx", zip(List.of(new Entry("[Content_Types].xml", TYPES.replace("</Types>",
                        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>")),
                new Entry("_rels/.rels", RELS.replace("</Relationships>", "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                        + "package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>")),
                new Entry("word/document.xml", DOCUMENT), new Entry("docProps/core.xml", "<x"))));
        Run run = importing(file);
        assertThat(run.exit).isZero();
        assertThat(run.stderr).isEmpty();
        assertThat(run.stdout).anyMatch(line -> line.startsWith("created "));
        assertThat(Files.readString(logFile())).contains("FATAL").contains("SAXParseException");
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws Exception {
        Path file = write("bomb.docx", docx(List.of(new Entry("word/media/zeros.bin", "\0".repeat(40_000_000)))));
        Run run = importing(file);
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).singleElement().asString()
                .startsWith("triptych: " + file + ": refused as a zip bomb: ").endsWith("(details in " + logFile() + ")");
    }

    @Test
    void anEntryNamedDotDotIsNeverExtracted() throws Exception {
        Path file = write("traversal.docx", docx(List.of(new Entry("../evil.txt", "evil"),
                new Entry("word/../../evil.txt", "evil"), new Entry("/evil.txt", "evil"))));
        Run run = importing(file);
        assertThat(run.stderr).hasSizeLessThanOrEqualTo(1);
        try (Stream<Path> everything = Files.walk(dir)) {
            assertThat(everything.map(p -> p.getFileName().toString())).doesNotContain("evil.txt");
        }
        assertThat(workspace.getParent().getParent().resolveSibling("evil.txt")).doesNotExist();
    }

    @Test
    void withoutAStateFolderTheLogIsOffAndTheLineNamesNoLogFile() throws Exception {
        Files.writeString(stateHome, "a file where the state folder should be");
        byte[] whole = docx(List.of());
        Path file = write("truncated.docx", java.util.Arrays.copyOf(whole, whole.length / 2));
        Run run = importing(file);
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).singleElement().asString()
                .startsWith("triptych: " + file + ": cannot read this .docx: ").doesNotContain("details in");
    }

    private Path logFile() {
        return stateHome.resolve("triptych").resolve(LibraryLog.FILE_NAME);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(crafted.resolve(name), bytes);
    }

    private record Run(int exit, List<String> stdout, List<String> stderr) {
    }

    /** {@code triptych import FILE --into WORKSPACE} in a new JVM whose home and state folder are in the temp folder. */
    private Run importing(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A short run: the quick compiler and one GC thread start faster and leave the cores to the rest of the suite.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", file.toString(), "--into", workspace.toString());
        builder.environment().put("XDG_STATE_HOME", stateHome.toString());
        builder.directory(crafted.toFile());
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the import ends").isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private record Entry(String name, String content) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
            + "\"><w:body><w:p><w:r><w:t>Hello there.</w:t></w:r></w:p></w:body></w:document>";
    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
            + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
            + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** A real Word document written by POI, with {@code extra} entries added to its zip. */
    private static byte[] docx(List<Entry> extra) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("Hello there.");
            docx.write(written);
        }
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        entries.addAll(extra);
        return zip(entries);
    }

    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
