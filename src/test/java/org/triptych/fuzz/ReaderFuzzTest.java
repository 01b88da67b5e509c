package org.triptych.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.exchange.OmegatGlossary;
import org.triptych.exchange.TbxCodec;
import org.triptych.exchange.TmxCodec;
import org.triptych.exchange.XliffCodec;
import org.triptych.importer.SourceReader;
import org.triptych.importer.ReviewImport;
import org.triptych.io.BadFileException;
import org.triptych.testing.ExchangeFixtures;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzz tests of every reader of user files. The contract: bytes in, a result or a {@link BadFileException} naming
 * the file out; never another exception, never a hang. In the normal test run each test replays its committed seeds
 * ({@code src/test/resources/org/triptych/fuzz/ReaderFuzzTestInputs/METHOD/}); with {@code JAZZER_FUZZ=1} and
 * {@code -Dtest=ReaderFuzzTest#METHOD} Jazzer mutates them for the given time (see the README).
 * A read that takes longer than {@link #HANG} (after {@link #WARM_UP_READS} reads) fails as a hang; a JUnit
 * {@code @Timeout} would also cut a fuzzing session short.
 */
class ReaderFuzzTest {

    /** Far above any honest read of a fuzz input (at most a few kilobytes), so only a hang reaches it. */
    private static final Duration HANG = Duration.ofSeconds(30);
    /**
     * The first reads of each reader load, and when fuzzing instrument, their classes and the libraries' (POI's are
     * thousands): on a busy machine that alone can take longer than {@link #HANG}.
     */
    private static final Duration WARMING_UP = Duration.ofMinutes(2);
    private static final int WARM_UP_READS = 100;
    private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void documentCsv(byte[] input) throws IOException {
        Path file = write("article.csv", input);
        expectResultOrBadFile(file, () -> DocumentCodec.read(file));
    }

    @FuzzTest(maxDuration = "2m")
    void glossaryCsv(byte[] input) throws IOException {
        Path file = write("terms.csv", input);
        expectResultOrBadFile(file, () -> GlossaryCodec.read(file));
    }

    @FuzzTest(maxDuration = "2m")
    void tmx(byte[] input) throws IOException {
        Path file = write("memory.tmx", input);
        expectResultOrBadFile(file, () -> TmxCodec.read(file));
    }

    @FuzzTest(maxDuration = "2m")
    void xliff(byte[] input) throws IOException {
        Path file = write("article.xlf", input);
        expectResultOrBadFile(file, () -> XliffCodec.read(file));
    }

    @FuzzTest(maxDuration = "2m")
    void tbx(byte[] input) throws IOException {
        Path file = write("terms.tbx", input);
        expectResultOrBadFile(file, () -> TbxCodec.read(file, dir.resolve("glossaries/terms.csv")));
    }

    @FuzzTest(maxDuration = "2m")
    void omegatTabs(byte[] input) throws IOException {
        Path file = write("omegat.txt", input);
        expectResultOrBadFile(file, () -> OmegatGlossary.read(file, "uk", dir.resolve("glossaries/omegat.csv")));
    }

    @FuzzTest(maxDuration = "2m")
    void omegatCsv(byte[] input) throws IOException {
        Path file = write("omegat.csv", input);
        expectResultOrBadFile(file, () -> OmegatGlossary.read(file, "ko", dir.resolve("glossaries/omegat.csv")));
    }

    @FuzzTest(maxDuration = "2m")
    void docxSource(byte[] input) throws IOException {
        Path file = write("source.docx", input);
        expectResultOrBadFile(file, () -> SourceReader.read(file, false, null));
    }

    @FuzzTest(maxDuration = "2m")
    void reviewDocx(byte[] input) throws IOException {
        Path file = write("review.docx", input);
        expectResultOrBadFile(file, () -> ReviewImport.read(file, ExchangeFixtures.document(dir.resolve("translations/article.csv"))));
    }

    @FuzzTest(maxDuration = "2m")
    void markdownSource(byte[] input) throws IOException {
        Path file = write("source.md", input);
        expectResultOrBadFile(file, () -> SourceReader.read(file, false, null));
    }

    @FuzzTest(maxDuration = "2m")
    void textSourceByLine(byte[] input) throws IOException {
        Path file = write("source.txt", input);
        expectResultOrBadFile(file, () -> SourceReader.read(file, true, null));
    }

    private static Path write(String name, byte[] input) throws IOException {
        return Files.write(dir.resolve(name), input);
    }

    /** Runs {@code read}: a result or a {@link BadFileException} about {@code file} passes; anything else escapes. */
    private static void expectResultOrBadFile(Path file, Read read) {
        int reads = READS.computeIfAbsent(file.getFileName().toString(), name -> new AtomicInteger()).incrementAndGet();
        Duration limit = reads <= WARM_UP_READS ? WARMING_UP : HANG;
        Object outcome = assertTimeoutPreemptively(limit, () -> {
            try {
                return read.run();
            } catch (IOException e) {
                return e;
            }
        }, () -> "a hang reading " + file);
        if (outcome == null) {
            throw new AssertionError("the reader returned null for " + file);
        }
        if (outcome instanceof BadFileException e) {
            if (!file.equals(e.file()) || e.line() < 0 || !e.getMessage().startsWith(file.toString())) {
                throw new AssertionError("the error does not name the file and a line: " + e.getMessage(), e);
            }
        } else if (outcome instanceof IOException e) {
            throw new AssertionError("an I/O error that is not a BadFileException: " + e, e);
        }
    }

    @FunctionalInterface
    private interface Read {
        Object run() throws IOException;
    }
}
