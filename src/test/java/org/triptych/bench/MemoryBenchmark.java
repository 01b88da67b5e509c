package org.triptych.bench;

import org.triptych.glossary.TermIndex;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.memory.Sentences;
import org.triptych.memory.TranslationMemory;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The translation memory at the size of issue 14's budget: 100,000 sentence pairs made from War and Peace (the
 * workload of {@code make_workload.py}: its 12,104 paragraphs, then again with one word of each sentence changed
 * until the memory holds 100,000 sentences), with synthetic Korean and Ukrainian targets of one sentence per English
 * sentence, written as workspace documents. Measures building the memory from the workspace (reading the CSV,
 * splitting, aligning, indexing; budget 10 s), looking up one paragraph (its sentences, the 200-entry glossary's
 * terms as placeables; budget 20 ms median), and the heap the built memory holds (budget 300 MB), with CPU time
 * and the heap's peak beside wall time.
 *
 * <p>Run: {@code python3 ../shared/bench/make_workload.py ../shared/data target/wl && mvn -q -Pbench exec:java
 * -Dbench.class=org.triptych.bench.MemoryBenchmark}
 */
public final class MemoryBenchmark {

    private static final int PAIRS = 100_000;
    private static final int LOOKUPS = 300;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workload = Path.of("target", "wl", "wp.csv");
        Path data = Path.of("..", "shared", "data");
        if (!Files.isRegularFile(workload) || !Files.isDirectory(data)) {
            System.out.println("skipped: MemoryBenchmark needs " + workload.toAbsolutePath() + " (make_workload.py) and "
                    + data.toAbsolutePath() + ", which are absent");
            return;
        }
        Document source = DocumentCodec.read(workload);
        List<String> koWords = words(data.resolve("parallel/udhr_kor.txt"));
        List<String> ukWords = words(data.resolve("parallel/udhr_ukr.txt"));
        List<String> enWords = new ArrayList<>(new java.util.TreeSet<>(words(workload)));
        Random random = new Random(14);
        Path root = Files.createTempDirectory("triptych-memory-bench");
        Files.createDirectories(root.resolve("translations"));
        List<Path> documents = new ArrayList<>();
        int pairs = 0;
        for (int round = 0; pairs < PAIRS; round++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Paragraph p : source.paragraphs()) {
                if (pairs >= PAIRS) {
                    break;
                }
                List<String> english = new ArrayList<>();
                List<String> ko = new ArrayList<>();
                List<String> uk = new ArrayList<>();
                for (String sentence : Sentences.texts(p.source(), "en")) {
                    english.add(round == 0 ? sentence : changeOneWord(sentence, enWords, random));
                    int n = sentence.split(" ").length;
                    ko.add(filler(koWords, Math.max(1, n * 2 / 3), random) + ".");
                    uk.add(filler(ukWords, n, random) + ".");
                }
                pairs += english.size();
                paragraphs.add(new Paragraph(p.id(), String.join(" ", english),
                        Map.of("ko", new Translation(String.join(" ", ko), Status.TRANSLATED),
                                "uk", new Translation(String.join(" ", uk), Status.REVIEWED)), "", Map.of(), 0));
            }
            Path file = root.resolve("translations/round-" + round + ".csv");
            DocumentCodec.save(new Document(file, List.of("id", "en", "ko", "ko_status", "uk", "uk_status"), List.of("ko", "uk"),
                    paragraphs));
            documents.add(file);
        }
        TermIndex glossary = TermIndex.build(GlossaryCodec.read(Path.of("target", "wl", "glossary-200.csv")).concepts());
        System.out.printf(Locale.ROOT, "memory: %,d English sentences in %d documents of War and Peace paragraphs%n", pairs,
                documents.size());

        long baseline = Measures.usedHeapAfterGc();
        Measures.resetPeaks();
        long cpu = Measures.cpuNanos();
        long threadCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        TranslationMemory memory = new TranslationMemory();
        WorkspaceMemory.fill(memory, root, documents, null, Progress.NONE, (file, e) -> {
            throw new IllegalStateException(e);
        });
        double build = (System.nanoTime() - start) / 1e9;
        double buildCpu = (Measures.cpuNanos() - cpu) / 1e9;
        double buildThreadCpu = (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e9;
        long peak = Measures.peakHeap();
        long held = Measures.usedHeapAfterGc() - baseline;
        TranslationMemory.Stats stats = memory.stats();
        System.out.printf(Locale.ROOT, "build: %.2f s wall (budget 10 s: %.0f%%), %.2f s CPU of the building thread, %.2f s CPU of "
                        + "the process; %,d units (%,d whole paragraphs)%n",
                build, 100 * build / 10, buildThreadCpu, buildCpu, stats.units(), stats.paragraphUnits());
        System.out.printf(Locale.ROOT, "heap held by the memory: %.0f MB (budget 300 MB: %.0f%%); peak heap while building %.0f MB%n",
                held / 1e6, 100 * held / 300e6, peak / 1e6);

        // Paragraphs of the novel with one word changed in each sentence: fuzzy, not exact, matches.
        List<Paragraph> queries = new ArrayList<>();
        Random pick = new Random(3);
        while (queries.size() < LOOKUPS) {
            Paragraph p = source.paragraphs().get(pick.nextInt(source.paragraphs().size()));
            List<String> changed = Sentences.texts(p.source(), "en").stream().map(s -> changeOneWord(s, enWords, pick)).toList();
            queries.add(new Paragraph("q", String.join(" ", changed), Map.of(), "", Map.of(), 0));
        }
        for (int i = 0; i < 50; i++) { // warm-up
            WorkspaceMemory.suggest(memory, glossary, null, queries.get(i), TranslationMemory.MIN_SCORE, 5);
        }
        double[] millis = new double[LOOKUPS];
        double[] cpuMillis = new double[LOOKUPS];
        int found = 0;
        int sentences = 0;
        Measures.resetPeaks();
        cpu = Measures.cpuNanos();
        long all = System.nanoTime();
        for (int i = 0; i < LOOKUPS; i++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            WorkspaceMemory.Suggestions s = WorkspaceMemory.suggest(memory, glossary, null, queries.get(i), TranslationMemory.MIN_SCORE, 5);
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            millis[i] = (System.nanoTime() - t) / 1e6;
            sentences += s.sentences().size();
            found += (int) s.sentences().stream().filter(m -> !m.matches().isEmpty()).count();
        }
        double lookupWall = (System.nanoTime() - all) / 1e9;
        double lookupCpu = (Measures.cpuNanos() - cpu) / 1e9;
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double median = millis[LOOKUPS / 2];
        System.out.printf(Locale.ROOT, "lookup of one paragraph: median %.2f ms wall (budget 20 ms: %.0f%%), p95 %.2f ms; CPU of the "
                        + "looking thread: median %.2f ms, p95 %.2f ms; %d paragraphs, %.2f s wall, %.2f s CPU of the process; "
                        + "%,d of %,d sentences with a match ≥ %d%%; peak heap %.0f MB%n",
                median, 100 * median / 20, millis[LOOKUPS * 95 / 100], cpuMillis[LOOKUPS / 2], cpuMillis[LOOKUPS * 95 / 100],
                LOOKUPS, lookupWall, lookupCpu, found, sentences, TranslationMemory.MIN_SCORE, Measures.peakHeap() / 1e6);
        boolean ok = build <= 10 && median <= 20 && held <= 300e6;
        System.out.println(ok ? "all within budgets" : "SOME BUDGET EXCEEDED");
        memory.close();
    }

    private static String changeOneWord(String sentence, List<String> vocabulary, Random random) {
        String[] words = sentence.split(" ");
        if (words.length < 3) {
            return sentence;
        }
        int at = 1 + random.nextInt(words.length - 2);
        words[at] = vocabulary.get(random.nextInt(vocabulary.size()));
        return String.join(" ", words);
    }

    private static String filler(List<String> words, int n, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return text.toString();
    }

    private static List<String> words(Path file) throws Exception {
        Map<String, Boolean> seen = new HashMap<>();
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(Files.readString(file));
        while (matcher.find() && words.size() < 20_000) {
            if (seen.putIfAbsent(matcher.group(), true) == null) {
                words.add(matcher.group());
            }
        }
        return words;
    }
}
