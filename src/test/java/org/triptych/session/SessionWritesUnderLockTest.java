package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.Cli;
import org.triptych.io.AtomicFiles;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.sync.GlossaryMerge;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's glossary saves hold the workspace lock, so a command-line {@code glossary add} running meanwhile
 * (which reads and writes the file under the same lock) and the window's edit both reach the disk.
 */
class SessionWritesUnderLockTest {

    private static final String ORIGINAL = """
            en,ko,uk,note
            Kyiv,키이우,Київ,capital
            Seoul,서울,Сеул,
            """;

    @TempDir
    Path root;

    /** Listener that remembers saves; callbacks run directly on the service's thread. */
    private static final class Saves implements GlossaryService.Listener<Integer> {
        final CountDownLatch saved = new CountDownLatch(1);

        @Override
        public void glossariesChanged(List<Glossary> glossaries) {
        }

        @Override
        public void engineReady(List<Glossary> glossaries, Integer engine) {
        }

        @Override
        public void saved(Path file) {
            saved.countDown();
        }

        @Override
        public void mergedFromDisk(List<Path> files) {
        }

        @Override
        public void problem(Path file, Exception cause) {
        }

        @Override
        public void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve) {
            resolve.accept(result.merged());
        }
    }

    @Test
    void aGlossaryAddHoldingTheLockBetweenItsReadAndItsWriteAndAnEditInTheWindowBothReachTheDisk() throws Exception {
        Path file = glossary();
        Saves saves = new Saves();
        try (GlossaryService<Integer> service = new GlossaryService<>(root, List::size, Runnable::run, saves)) {
            service.load().get(10, TimeUnit.SECONDS);
            Glossary loaded = service.glossaries().get(0);
            CountDownLatch read = new CountDownLatch(1);
            CountDownLatch editQueued = new CountDownLatch(1);
            // Another program's glossary add: reads, and writes what it read plus its row, all under the lock.
            CompletableFuture<Void> add = CompletableFuture.runAsync(() -> {
                try {
                    WorkspaceLock.updateFile(file, () -> {
                        byte[] before = Files.readAllBytes(file);
                        read.countDown();
                        await(editQueued);
                        // until the window's save has either happened (no lock) or waits for this lock
                        waitUntil(() -> saves.saved.getCount() == 0 || waitsForTheLock("triptych-glossary"));
                        byte[] row = "Odesa,오데사,Одеса,\n".getBytes(StandardCharsets.UTF_8);
                        AtomicFiles.write(file, out -> {
                            out.write(before);
                            out.write(row);
                        });
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await(read);
            CompletableFuture<Void> saved = service.edit(loaded, loaded.withConcept(
                    concept("Lviv", "르비우")));
            editQueued.countDown();
            add.get(20, TimeUnit.SECONDS);
            saved.get(20, TimeUnit.SECONDS);
            service.flush().get(10, TimeUnit.SECONDS);
        }
        assertThat(GlossaryCodec.read(file).concepts()).extracting(Concept::english)
                .containsExactlyInAnyOrder("Kyiv", "Seoul", "Odesa", "Lviv");
    }

    @Test
    void theCommandLinesGlossaryAddAndTheWindowsEditAtOnceBothArePresent() throws Exception {
        Path file = glossary();
        Saves saves = new Saves();
        try (GlossaryService<Integer> service = new GlossaryService<>(root, List::size, Runnable::run, saves)) {
            service.load().get(10, TimeUnit.SECONDS);
            Glossary loaded = service.glossaries().get(0);
            StringWriter out = new StringWriter();
            CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(() -> Cli.execute(new PrintWriter(out),
                    new PrintWriter(out), "glossary", "add", "--en", "Odesa", "--ko", "오데사", "--glossary", file.toString(),
                    root.toString()));
            CompletableFuture<Void> saved = service.edit(loaded, loaded.withConcept(
                    concept("Lviv", "르비우")));
            assertThat(cli.get(20, TimeUnit.SECONDS)).as(out.toString()).isZero();
            saved.get(20, TimeUnit.SECONDS);
            service.reloadFromDisk().get(10, TimeUnit.SECONDS);
            service.flush().get(10, TimeUnit.SECONDS);
        }
        assertThat(GlossaryCodec.read(file).concepts()).extracting(Concept::english)
                .containsExactlyInAnyOrder("Kyiv", "Seoul", "Odesa", "Lviv");
    }

    private static Concept concept(String en, String ko) {
        return new Concept(Map.of("en", List.of(new Term("en", en, true)), "ko", List.of(new Term("ko", ko, true))),
                Map.of(), "", Map.of(), 0);
    }

    private Path glossary() throws Exception {
        Path file = root.resolve("glossaries/places.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ORIGINAL);
        return file;
    }

    /** True when the named thread is parked inside {@link WorkspaceLock}, waiting for another holder. */
    static boolean waitsForTheLock(String threadName) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread.State state = e.getKey().getState();
            if (e.getKey().getName().startsWith(threadName)
                    && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)) {
                for (StackTraceElement frame : e.getValue()) {
                    if (frame.getClassName().equals(WorkspaceLock.class.getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
