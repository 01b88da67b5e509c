package org.triptych.bench;

import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Terminology;
import org.triptych.glossary.TermIndex;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.morph.TargetText;
import org.triptych.morph.UkrainianDictionary;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The floor under {@code triptych check}: each part of its work measured alone, on one thread, in one JVM (run it
 * with the launcher's flags to compare with the whole process): reading and decoding the document and the
 * glossary, building the English term index, finding the English terms of every paragraph, analysing every
 * target word once (split and folded; then also every Ukrainian word looked up in the dictionary, which the check
 * does only for words that may be forms of a glossary word), and the whole check
 * without output. Prints wall and CPU time of each, best of {@code --runs} (default 3).
 *
 * <p>Run: {@code scripts/bench-check} (which runs it unless given {@code --no-floor}), or java -cp (test and main classes, dependencies)
 * org.triptych.bench.CheckFloorBenchmark WORKLOAD_DIR [--runs N]; WORKLOAD_DIR holds wp.csv, glossary-200.csv and
 * glossary-100k.csv from ../shared/bench/make_workload.py.
 */
public final class CheckFloorBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CheckFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isRegularFile(Path.of(args[0], "wp.csv"))) {
            System.out.println("CheckFloorBenchmark skipped: no workload (wp.csv) in "
                    + (args.length < 1 ? "(no folder given)" : args[0]));
            return;
        }
        Path dir = Path.of(args[0]);
        int runs = args.length >= 3 && args[1].equals("--runs") ? Integer.parseInt(args[2]) : 3;
        Document document = measure("read and decode wp.csv", runs, () -> DocumentCodec.read(dir.resolve("wp.csv")));
        measure("load the Ukrainian dictionary", 1, () -> UkrainianDictionary.get().analyse("київ"));
        measure("split and fold every target word once", runs, () -> analyseTargets(document, false));
        measure("the same and look every Ukrainian word up in the dictionary", runs, () -> analyseTargets(document, true));
        for (String glossary : List.of("glossary-200.csv", "glossary-100k.csv")) {
            List<Concept> concepts = measure("read and decode " + glossary, runs,
                    () -> GlossaryCodec.read(dir.resolve(glossary)).concepts());
            TermIndex index = measure("build the English term index of " + glossary, runs, () -> TermIndex.build(concepts));
            measure("match the English terms of every paragraph, " + glossary, runs, () -> matchEnglish(index, document));
            measure("whole check, both targets, no output, one thread, " + glossary, 1, () -> checkOneThread(concepts, document));
        }
    }

    private static int analyseTargets(Document document, boolean dictionary) {
        int words = 0;
        for (Paragraph paragraph : document.paragraphs()) {
            for (String lang : document.targets()) {
                TargetText target = TargetText.of(paragraph.target(lang).text(), lang);
                words += target.words().size();
                if (dictionary && lang.equals("uk")) {
                    for (TargetText.Word word : target.words()) {
                        UkrainianDictionary.get().analyseWithVariants(word.folded());
                    }
                }
            }
        }
        return words;
    }

    private static int matchEnglish(TermIndex index, Document document) {
        int hits = 0;
        for (Paragraph paragraph : document.paragraphs()) {
            hits += index.find(paragraph.source()).size();
        }
        return hits;
    }

    private static long checkOneThread(List<Concept> concepts, Document document) {
        CheckEngine engine = CheckEngine.standard(Terminology.of(concepts), CheckSettings.defaults());
        long findings = 0;
        for (Paragraph paragraph : document.paragraphs()) {
            List<Finding> of = engine.check(document.path(), paragraph, document.targets());
            findings += of.size();
        }
        return findings;
    }

    private static <T> T measure(String what, int runs, Callable<T> work) throws Exception {
        T result = null;
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.call();
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-75s wall %6.3f s  CPU %6.3f s  (%s)%n", what, bestWall, bestCpu, summary(result));
        return result;
    }

    private static String summary(Object result) {
        if (result instanceof Document d) {
            return d.paragraphs().size() + " paragraphs";
        }
        if (result instanceof List<?> list) {
            return list.size() + " entries";
        }
        if (result instanceof TermIndex index) {
            return index.size() + " concepts";
        }
        return String.valueOf(result);
    }
}
