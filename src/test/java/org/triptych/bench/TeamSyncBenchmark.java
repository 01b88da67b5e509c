package org.triptych.bench;

import org.eclipse.jgit.api.Git;
import org.triptych.io.CsvTable;
import org.triptych.team.Author;
import org.triptych.team.SyncResult;
import org.triptych.team.TeamRepository;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synchronising a team workspace holding the workload document (War and Peace, 12,104 paragraphs, 17 MB) after 50
 * changed cells on each side, with a bare repository on this machine as the remote: the whole round trip of the
 * second clone (commit, fetch, merge by cell, write, push). Budget: 3 s. Needs the workload ({@code python3 ../shared/bench/make_workload.py
 * ../shared/data target/wl}). Run: {@code mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.TeamSyncBenchmark}.
 */
public final class TeamSyncBenchmark {

    private static final Path WORKLOAD = Path.of("target", "wl");
    private static final int CHANGED_CELLS = 50;
    private static final int ROUNDS = 3;

    private TeamSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path document = WORKLOAD.resolve("wp.csv");
        if (!Files.isRegularFile(document)) {
            System.out.println("TeamSyncBenchmark skipped: " + document + " is absent (make it with python3 "
                    + "../shared/bench/make_workload.py ../shared/data target/wl)");
            return;
        }
        Path dir = Files.createTempDirectory("team-bench-");
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = dir.resolve("a");
        Files.createDirectories(a.resolve("translations"));
        Files.createDirectories(a.resolve("glossaries"));
        Files.copy(document, a.resolve("translations/wp.csv"));
        Files.copy(WORKLOAD.resolve("glossary-200.csv"), a.resolve("glossaries/glossary-200.csv"));
        Author ann = new Author("Ann", "ann@example.org");
        Author bohdan = new Author("Bohdan", "bohdan@example.org");
        long t0 = System.nanoTime();
        try (TeamRepository shared = TeamRepository.share(a, bare.toUri().toString(), ann, null)) {
            shared.rememberAuthor(ann);
        }
        long shareNanos = System.nanoTime() - t0;
        Path b = dir.resolve("b");
        t0 = System.nanoTime();
        TeamRepository.join(bare.toUri().toString(), b, null).close();
        long joinNanos = System.nanoTime() - t0;
        int rows = CsvTable.read(a.resolve("translations/wp.csv")).rows().size();
        System.out.printf(Locale.ROOT, "workload: %d paragraphs (%.1f MB); share %.2f s, join %.2f s%n", rows,
                Files.size(document) / 1e6, shareNanos / 1e9, joinNanos / 1e9);

        Random random = new Random(11);
        try (TeamRepository teamA = TeamRepository.open(a); TeamRepository teamB = TeamRepository.open(b)) {
            teamA.rememberAuthor(ann);
            teamB.rememberAuthor(bohdan);
            for (int round = 1; round <= ROUNDS; round++) {
                change(a, "uk", rows, random, "A" + round);
                change(b, "ko", rows, random, "B" + round);
                teamA.synchronise(null, null);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long remoteBefore = folderBytes(bare);
                long cpu = Measures.cpuNanos();
                long ownCpu = threadCpuNanos();
                long start = System.nanoTime();
                SyncResult result = teamB.synchronise(null, null);
                long wall = System.nanoTime() - start;
                long cpuUsed = Measures.cpuNanos() - cpu;
                long ownCpuUsed = threadCpuNanos() - ownCpu;
                System.out.printf(Locale.ROOT, "round %d: B's sync (commit \"%s\", fetch, merge, push): wall %.3f s, "
                                + "CPU %.3f s (%.3f s on the synchronising thread, the rest the JIT and the collector), "
                                + "peak heap %.0f MB, the remote grew %.1f MB, %d conflicts, pushed %s — budget 3 s: %s%n",
                        round, String.join("; ", result.committed()), wall / 1e9, cpuUsed / 1e9, ownCpuUsed / 1e9,
                        Measures.peakHeap() / 1e6, (folderBytes(bare) - remoteBefore) / 1e6,
                        result.newConflicts().size(), result.pushed(),
                        wall <= 3_000_000_000L ? "met" : "MISSED");
            }
        }
    }

    /** Changes {@link #CHANGED_CELLS} random cells of one language on disk. */
    private static void change(Path root, String lang, int rows, Random random, String tag) throws IOException {
        Path file = root.resolve("translations/wp.csv");
        CsvTable table = CsvTable.read(file);
        int column = table.header().indexOf(lang);
        List<List<String>> cells = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            cells.add(new ArrayList<>(row.cells()));
        }
        for (int i = 0; i < CHANGED_CELLS; i++) {
            List<String> row = cells.get(random.nextInt(rows));
            row.set(column, row.get(column) + " (" + tag + ")");
        }
        CsvTable.save(file, table.header(), cells);
    }

    /** What a push added to the remote: the bytes of every file under {@code folder}. */
    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
