package org.triptych.bench;

import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.ForbiddenVariantRule;
import org.triptych.check.MissingTermRule;
import org.triptych.check.Rule;
import org.triptych.check.Terminology;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the numbers and typography rules add to the check, on the War and Peace workload of
 * {@code ../shared/bench/make_workload.py} (12,104 paragraphs, ko and uk targets, 200-entry glossary): the whole
 * document with the terminology rules alone and with every default rule, and the live check's re-check of one
 * paragraph (both targets) per keystroke, median and 95th percentile; then each family of rules that is off by
 * default (Korean spelling, Korean spacing, Ukrainian grammar) switched on alone: its loading and its re-check.
 * Budgets: all default rules at most 2× the terminology-only time; a paragraph re-check ≤ 30 ms median. Build the workload first:
 * {@code python3 ../shared/bench/make_workload.py ../shared/data target/wl}; run:
 * {@code mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.QualityRulesBenchmark}.
 */
public final class QualityRulesBenchmark {

    private static final Path WORKLOAD = Path.of("target", "wl");
    private static final List<String> TARGETS = List.of("ko", "uk");
    private static final int RUNS = 5;

    private QualityRulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path document = WORKLOAD.resolve("wp.csv");
        Path glossary = WORKLOAD.resolve("glossary-200.csv");
        if (!Files.isRegularFile(document) || !Files.isRegularFile(glossary)) {
            System.out.println("QualityRulesBenchmark skipped: " + document + " is absent (run "
                    + "python3 ../shared/bench/make_workload.py ../shared/data target/wl)");
            return;
        }
        Document wp = DocumentCodec.read(document);
        List<org.triptych.model.Concept> concepts = GlossaryCodec.read(glossary).concepts();
        Terminology terminology = Terminology.of(concepts);
        CheckEngine all = CheckEngine.standard(terminology, CheckSettings.defaults());
        // Every rule but the terminology's two is switched off for the baseline.
        String quality = all.rules().stream().map(Rule::id)
                .filter(id -> !id.equals(ForbiddenVariantRule.ID) && !id.equals(MissingTermRule.ID))
                .map(id -> "rule." + id + ".enabled=false\n").collect(Collectors.joining());
        CheckEngine terminologyOnly = CheckEngine.standard(terminology,
                CheckSettings.parse(Path.of(CheckSettings.FILE), quality));
        // The same without the consistency rules, to show their share.
        CheckEngine withoutConsistency = CheckEngine.standard(terminology, CheckSettings.parse(Path.of(CheckSettings.FILE),
                all.rules().stream().map(Rule::id).filter(id -> id.startsWith("consistency."))
                        .map(id -> "rule." + id + ".enabled=false\n").collect(Collectors.joining())));
        System.out.printf(Locale.ROOT, "workload: %,d paragraphs x %d targets, %d glossary entries; %d processors%n",
                wp.paragraphs().size(), TARGETS.size(), concepts.size(),
                Runtime.getRuntime().availableProcessors());

        // Warm both up (class loading, ICU data, the Ukrainian dictionary) before timing.
        all.prepare(List.of(wp)).check(wp, TARGETS);
        terminologyOnly.check(wp, TARGETS);
        // Runs alternate between the two engines, so that a busy machine slows both alike.
        double[] term = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] every = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] others = {Double.MAX_VALUE, Double.MAX_VALUE};
        withoutConsistency.check(wp, TARGETS);
        for (int run = 0; run < RUNS; run++) {
            best(term, time(terminologyOnly, wp));
            best(every, time(all, wp));
            best(others, time(withoutConsistency, wp));
        }
        List<Finding> findings = all.prepare(List.of(wp)).check(wp, TARGETS);
        Map<String, Long> perRule = new LinkedHashMap<>();
        findings.forEach(f -> perRule.merge(f.rule(), 1L, Long::sum));
        System.out.printf(Locale.ROOT, "document, terminology rules only: %.3f s wall, %.3f s CPU (best of %d)%n",
                term[0], term[1], RUNS);
        System.out.printf(Locale.ROOT, "document, every default rule:     %.3f s wall, %.3f s CPU; ratio %.2fx wall, "
                + "%.2fx CPU (budget 2x)%n", every[0], every[1], every[0] / term[0], every[1] / term[1]);
        System.out.printf(Locale.ROOT, "document, every rule but consistency.*: %.3f s wall, %.3f s CPU; consistency's "
                + "share %.3f s CPU%n", others[0], others[1], every[1] - others[1]);
        System.out.println("findings per rule (filler targets: for speed only): " + perRule);

        CheckEngine prepared = all.prepare(List.of(wp)); // the live check prepares on its full check, then re-checks
        live(terminologyOnly, wp);
        live(prepared, wp);
        double[] liveTerm = live(terminologyOnly, wp);
        double[] liveAll = live(prepared, wp);
        System.out.printf(Locale.ROOT, "live re-check of one paragraph, both targets: terminology only median %.3f ms, "
                + "p95 %.3f ms; every default rule median %.3f ms, p95 %.3f ms (budget 30 ms median)%n",
                liveTerm[0], liveTerm[1], liveAll[0], liveAll[1]);
        System.out.printf(Locale.ROOT, "peak heap %.0f MB%n", Measures.peakHeap() / 1e6);

        // The rules that are off by default, each switched on alone: what its first check costs (its dictionary or
        // LanguageTool loading) and a live re-check of one paragraph after that.
        for (String family : List.of("spelling.ko", "spelling.ko-spacing", "grammar.uk.")) {
            String on = all.rules().stream().map(Rule::id).filter(id -> id.startsWith(family))
                    .map(id -> "rule." + id + ".enabled=true\n").collect(Collectors.joining());
            CheckEngine optional = CheckEngine.standard(terminology, CheckSettings.parse(Path.of(CheckSettings.FILE), on));
            Paragraph first = wp.paragraphs().get(0);
            long cpu = Measures.cpuNanos();
            long start = System.nanoTime();
            optional.check(wp.path(), first, TARGETS);
            double loadWall = (System.nanoTime() - start) / 1e9;
            double loadCpu = (Measures.cpuNanos() - cpu) / 1e9;
            double[] liveOptional = live(optional, wp, 200);
            System.out.printf(Locale.ROOT, "%s* on (off by default): first check %.2f s wall, %.2f s CPU (loading); "
                    + "then a paragraph re-check median %.2f ms, p95 %.2f ms%n", family, loadWall, loadCpu,
                    liveOptional[0], liveOptional[1]);
        }
        System.out.printf(Locale.ROOT, "peak heap with the optional rules loaded %.0f MB%n", Measures.peakHeap() / 1e6);
    }

    /** Wall and CPU seconds of one whole-document check, the workspace rules' preparation included. */
    private static double[] time(CheckEngine engine, Document document) {
        long cpu = Measures.cpuNanos();
        long start = System.nanoTime();
        engine.prepare(List.of(document)).check(document, TARGETS);
        return new double[] {(System.nanoTime() - start) / 1e9, (Measures.cpuNanos() - cpu) / 1e9};
    }

    private static void best(double[] best, double[] run) {
        best[0] = Math.min(best[0], run[0]);
        best[1] = Math.min(best[1], run[1]);
    }

    /** Median and 95th percentile, in ms, of re-checking every 10th paragraph alone, as the live check does. */
    private static double[] live(CheckEngine engine, Document document) {
        return live(engine, document, document.paragraphs().size() / 10);
    }

    /** As {@link #live(CheckEngine, Document)}, for the first {@code count} of every 10th paragraph. */
    private static double[] live(CheckEngine engine, Document document, int count) {
        List<Paragraph> paragraphs = document.paragraphs();
        double[] millis = new double[Math.min(count, paragraphs.size() / 10)];
        for (int k = 0; k < millis.length; k++) {
            Paragraph p = paragraphs.get(k * 10);
            long start = System.nanoTime();
            engine.check(document.path(), p, TARGETS);
            millis[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[millis.length / 2], millis[(int) (millis.length * 0.95)]};
    }
}
