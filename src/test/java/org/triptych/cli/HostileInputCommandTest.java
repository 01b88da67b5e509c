package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.app.Main;
import org.triptych.testing.ChildProcesses;
import org.triptych.testing.SpecialFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Commands given what is not an ordinary file, input larger than Triptych reads, or a file they may not write:
 * a one-line error with exit code 2, never a hang, an OutOfMemoryError or a silently replaced file.
 */
class HostileInputCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.execute(new PrintWriter(out), new PrintWriter(err), args), () -> Arrays.toString(args) + " must not block");
    }

    private Path workspace() throws IOException {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Path document = root.resolve("translations/article.csv");
        Files.writeString(document, "id,en,ko,uk\np1,Hello,안녕,Привіт\n");
        return document;
    }

    @Test
    void everyCommandRefusesAFifoAtOnce() throws Exception {
        Path document = workspace();
        Path fifo = SpecialFiles.fifo(root.resolve("pipe.csv"));
        List<List<String>> commands = List.of(
                List.of("export", fifo.toString(), "--format", "html", "--out", root.resolve("out.html").toString()),
                List.of("stats", fifo.toString()),
                List.of("check", fifo.toString()),
                List.of("glossary", "list", fifo.toString()),
                List.of("import", fifo.toString(), "--into", root.toString(), "--name", "piped"),
                List.of("import-translations", fifo.toString(), "--into", document.toString()),
                List.of("glossary", "import", fifo.toString(), "--into", root.resolve("glossaries/piped.csv").toString()));
        for (List<String> command : commands) {
            err.getBuffer().setLength(0);
            assertThat(run(command.toArray(String[]::new))).as(command.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(err.toString()).as(command.toString())
                    .isEqualTo("triptych: " + fifo + ": not a regular file (a FIFO); Triptych reads only ordinary files\n");
        }
    }

    @Test
    void exportRefusesDevZero() throws Exception {
        Path zero = SpecialFiles.devZero();
        assertThat(run("export", zero.toString(), "--format", "csv", "--out", root.resolve("out.csv").toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("triptych: " + zero + ": not a regular file (a character device); "
                + "Triptych reads only ordinary files\n");
    }

    @Test
    void glossaryAddRefusesAReadOnlyGlossaryAndLeavesItAsItWas() throws Exception {
        workspace();
        Path glossary = root.resolve("glossaries/names.csv");
        Files.writeString(glossary, "en,ko,uk\nKyiv,키이우,Київ\n");
        assumeThat(Files.getFileStore(glossary).supportsFileAttributeView(PosixFileAttributeView.class))
                .as("POSIX permissions").isTrue();
        Files.setPosixFilePermissions(glossary, PosixFilePermissions.fromString("r--r--r--"));

        assertThat(run("glossary", "add", "--en", "Seoul", "--ko", "서울", root.toString())).isEqualTo(Cli.BAD_INPUT);

        assertThat(err.toString()).isEqualTo("triptych: cannot save " + glossary
                + ": the file is read-only (make it writable to save it); your previous version is intact\n");
        assertThat(Files.readString(glossary)).isEqualTo("en,ko,uk\nKyiv,키이우,Київ\n");
    }

    private static final byte[] UNIT_HEAD = ("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
            + "version=\"2.1\" srcLang=\"en\" trgLang=\"ko\">\n<file id=\"f\">\n<unit id=\"p1\"><segment><source>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNIT_TAIL = "</source><target>안녕</target></segment></unit></file></xliff>\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final int MB = 1024 * 1024;

    /** An XLIFF file of one unit whose source is {@code megabytes} MB of text, streamed to disk. */
    private Path xliffWithOneHugeUnit(String name, int megabytes) throws IOException {
        Path file = root.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(UNIT_HEAD));
            byte[] megabyte = "Hello ".repeat(MB / 6 + 1).substring(0, MB).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < megabytes; i++) {
                channel.write(ByteBuffer.wrap(megabyte));
            }
            channel.write(ByteBuffer.wrap(UNIT_TAIL));
        }
        return file;
    }

    /**
     * The same file with a hole (zeros the file system does not store) where the text would be: as large, made
     * at once, for a reader that must refuse it by its size before reading a byte.
     */
    private Path sparseXliff(String name, int megabytes) throws IOException {
        Path file = root.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            channel.write(ByteBuffer.wrap(UNIT_HEAD));
            channel.write(ByteBuffer.wrap(UNIT_TAIL), UNIT_HEAD.length + (long) megabytes * MB);
        }
        return file;
    }

    /** Runs the real entry point in a JVM with a small heap; returns its exit code and output. */
    private static String[] runInSmallHeap(String heap, String... args) throws Exception {
        Process child = ChildProcesses.start(Main.class, List.of(heap), args);
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.flush();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[]{String.valueOf(child.exitValue()), output};
    }

    @Test
    void aHugeXliffUnitIsAOneLineErrorEvenInASmallHeap() throws Exception {
        Path document = workspace();
        byte[] before = Files.readAllBytes(document);

        // Over the file limit: refused by its size before a byte is read, here with the heap of the report.
        Path over = sparseXliff("over.xlf", 270);
        String[] result = runInSmallHeap("-Xmx256m", "import-translations", over.toString(), "--into", document.toString());
        assertThat(result[1]).isEqualTo("triptych: " + over + ": file is too large (270.0 MB; the limit is 256 MB)\n");
        assertThat(result[0]).isEqualTo("2");

        // Within the file limit but one unit far over the text limit, in a heap smaller than the unit: refused while
        // streaming, before the text fills the memory.
        Path unit = xliffWithOneHugeUnit("unit.xlf", 64);
        result = runInSmallHeap("-Xmx32m", "import-translations", unit.toString(), "--into", document.toString());
        assertThat(result[1]).matches("triptych: " + java.util.regex.Pattern.quote(unit.toString())
                + ":4: a text longer than 1,000,000 characters, the limit for one paragraph, note or term\n");
        assertThat(result[0]).isEqualTo("2");

        assertThat(Files.readAllBytes(document)).isEqualTo(before);
    }
}
