package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.ui.SampleCopy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 while a translator types without pausing: after each kill the document still parses, and every
 * edit made more than 2 s before the kill is on disk. Prints the rounds, the edits typed and lost, and the
 * oldest edit lost.
 */
class KillSoakTest {

    private static final int ROUNDS = 24;
    private static final long PROMISE_MS = 2000;

    @TempDir
    Path dir;

    /** What one round found. */
    private record Round(int typed, int saved, int mustHave, long oldestLostMs) {
    }

    @Test
    void killNineLosesAtMostTheLastTwoSecondsAndNeverLeavesABrokenFile() throws Exception {
        long started = System.nanoTime();
        // Two rounds at a time: the children mostly wait between keystrokes, and JVM start-up dominates.
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        List<Future<Round>> futures = new ArrayList<>();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                int number = round;
                futures.add(lanes.submit(() -> round(number, new Random(number))));
            }
            int typed = 0;
            int lost = 0;
            long oldestLostMs = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                Round r = futures.get(round - 1).get(60, TimeUnit.SECONDS);
                typed += r.typed();
                lost += Math.max(0, r.typed() - r.saved());
                oldestLostMs = Math.max(oldestLostMs, r.oldestLostMs());
                assertThat(r.saved()).as("round %d: edit %d was made more than %d ms before the kill", round,
                        r.mustHave(), PROMISE_MS).isGreaterThanOrEqualTo(r.mustHave());
            }
            System.out.printf("kill -9 soak: %d rounds in %.1f s, %d edits typed, %d lost (all younger than %d ms; "
                            + "oldest lost %d ms before the kill)%n", ROUNDS, (System.nanoTime() - started) / 1e9, typed,
                    lost, PROMISE_MS, oldestLostMs);
        } finally {
            lanes.shutdownNow();
        }
    }

    private Round round(int round, Random random) throws Exception {
        Path workspace = SampleCopy.into(dir.resolve("round" + round));
        Path file = workspace.resolve("translations/article.csv");
        Process child = ChildSession.start("type", workspace.toString());
        ConcurrentHashMap<Integer, Long> seenAt = new ConcurrentHashMap<>();
        AtomicInteger last = new AtomicInteger();
        CountDownLatch typing = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = ChildSession.output(child)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int n = Integer.parseInt(line.strip());
                    seenAt.put(n, System.nanoTime());
                    last.set(n);
                    typing.countDown();
                }
            } catch (IOException e) {
                // the stream closes when the child is killed
            }
        });
        reader.start();
        long killAt;
        try {
            assertThat(typing.await(30, TimeUnit.SECONDS)).as("round %d: the child types", round).isTrue();
            Thread.sleep(200 + random.nextInt(2600)); // the kill comes at a random moment of the typing
            killAt = System.nanoTime();
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        reader.join(10_000);

        Document after = DocumentCodec.read(file); // never an unparseable file
        String text = after.paragraphs().get(0).target("ko").text();
        int saved = text.startsWith("edit ") ? Integer.parseInt(text.substring(5)) : 0;
        int mustHave = 0;
        for (var e : seenAt.entrySet()) {
            if (killAt - e.getValue() > TimeUnit.MILLISECONDS.toNanos(PROMISE_MS)) {
                mustHave = Math.max(mustHave, e.getKey());
            }
        }
        long oldestLostMs = saved < last.get() && seenAt.containsKey(saved + 1)
                ? TimeUnit.NANOSECONDS.toMillis(killAt - seenAt.get(saved + 1)) : 0;
        return new Round(last.get(), saved, mustHave, oldestLostMs);
    }
}
