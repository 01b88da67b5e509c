package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.testing.ChildProcesses;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkspaceLockTest {

    private static final Pattern BUSY = Pattern.compile(
            "glossaries/names\\.csv is being saved by (.+) \\(pid (\\d+)\\) since \\d\\d:\\d\\d:\\d\\d; try again");

    @TempDir
    Path root;

    private Path glossary() throws IOException {
        Files.createDirectories(root.resolve("glossaries"));
        Path file = root.resolve("glossaries/names.csv");
        Files.writeString(file, "en,ko,uk,note\nKyiv,키이우,Київ,\n");
        return file;
    }

    @Test
    void threadsOfOneProcessAppendingAtOnceLoseNothing() throws Exception {
        Path file = glossary();
        int threads = 4;
        int additions = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int a = 0; a < additions; a++) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("en", "term " + thread + "-" + a);
                    values.put("ko", "용어");
                    GlossaryCodec.append(file, values);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> english = GlossaryCodec.read(file).concepts().stream().map(Concept::english).toList();
        assertThat(english).hasSize(1 + threads * additions).doesNotHaveDuplicates();
        assertThat(english).contains("term 0-0", "term 3-19");
    }

    @Test
    void aWriterKeptWaitingByAnotherThreadIsToldWhoHoldsTheWorkspace() throws Exception {
        Path file = glossary();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WorkspaceLock.describeProcess("triptych glossary add");
        Thread holder = new Thread(() -> {
            try {
                WorkspaceLock.updateFile(file, () -> {
                    held.countDown();
                    awaitQuietly(release);
                    return null;
                });
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        holder.start();
        held.await();
        try {
            WorkspaceBusyException busy = catchThrowableOfType(WorkspaceBusyException.class,
                    () -> WorkspaceLock.update(root, Duration.ofMillis(100), () -> "never"));
            Matcher m = BUSY.matcher(busy.getMessage());
            assertThat(m.matches()).as(busy.getMessage()).isTrue();
            assertThat(m.group(1)).isEqualTo("triptych glossary add");
            assertThat(Long.parseLong(m.group(2))).isEqualTo(ProcessHandle.current().pid());
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(WorkspaceLock.update(root, Duration.ofSeconds(5), () -> "free again")).isEqualTo("free again");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHolderMayUpdateAgainInsideItsOwnUpdate() throws Exception {
        Path file = glossary();
        String result = WorkspaceLock.updateFile(file,
                () -> WorkspaceLock.update(root, Duration.ZERO, () -> WorkspaceLock.updateFile(file, () -> "nested")));
        assertThat(result).isEqualTo("nested");
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsDeathReleasesTheLock() throws Exception {
        Path file = glossary();
        Process child = ChildProcesses.start(Holder.class, List.of("-Xmx64m"), root.toString(), file.toString());
        try {
            BufferedReader output = ChildProcesses.output(child);
            assertThat(output.readLine()).isEqualTo("locked");

            WorkspaceBusyException busy = catchThrowableOfType(WorkspaceBusyException.class,
                    () -> WorkspaceLock.update(root, Duration.ofMillis(300), () -> "never"));
            Matcher m = BUSY.matcher(busy.getMessage());
            assertThat(m.matches()).as(busy.getMessage()).isTrue();
            assertThat(m.group(1)).isEqualTo("the lock test's holder");
            assertThat(Long.parseLong(m.group(2))).isEqualTo(child.pid());

            child.destroyForcibly(); // kill -9: the operating system drops the lock with the process
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(WorkspaceLock.update(root, Duration.ofSeconds(5), () -> "taken")).isEqualTo("taken");
            assertThat(root.resolve(WorkspaceLock.FILE_NAME)).exists();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theRootOfAWorkspaceFileIsAboveItsFolder() {
        Path ws = Path.of("ws").toAbsolutePath();
        assertThat(WorkspaceLock.rootOf(ws.resolve("glossaries/a.csv"))).isEqualTo(ws);
        assertThat(WorkspaceLock.rootOf(ws.resolve("translations/a.csv"))).isEqualTo(ws);
        assertThat(WorkspaceLock.rootOf(ws.resolve("elsewhere/a.csv"))).isEqualTo(ws.resolve("elsewhere"));
    }

    /** A child process that takes the lock, says so, and holds it until it is killed or its input ends. */
    public static final class Holder {
        public static void main(String[] args) throws IOException {
            WorkspaceLock.describeProcess("the lock test's holder");
            WorkspaceLock.update(Path.of(args[0]), Path.of(args[1]), Duration.ofSeconds(10), () -> {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold
                }
                return null;
            });
        }
    }
}
