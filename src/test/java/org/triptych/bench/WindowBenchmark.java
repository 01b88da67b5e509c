package org.triptych.bench;

import org.triptych.check.Terminology;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.TextFiles;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;
import org.triptych.ui.MainWindow;
import org.triptych.ui.UiSettings;
import org.triptych.ui.Workbench;
import org.triptych.ui.WorkbenchController;
import org.triptych.ui.editor.EditorTable;

import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The window with a 12,000-paragraph document (War and Peace, two targets) and a 100,000-entry glossary:
 * time from launch to an interactive window, next paragraph and typing a character (model update plus
 * repaint on the EDT, median), and heap in use. Needs a display: run under xvfb-run.
 * <pre>xvfb-run -a mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.WindowBenchmark</pre>
 */
public final class WindowBenchmark {

    private static final int PARAGRAPHS = 12_000;
    private static final int CONCEPTS = 100_000;
    private static final int SAMPLES = 200;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static double nextMedian;
    private static double typingMedian;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path text = Path.of("..", "shared", "data", "text", "war-and-peace_pg2600.txt");
        if (!Files.exists(text)) {
            System.out.println("WindowBenchmark skipped: " + text + " is absent (it lives beside the repository)");
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("WindowBenchmark skipped: no display (run under xvfb-run)");
            return;
        }
        Path workspace = Files.createTempDirectory("triptych-window-bench");
        List<String> paragraphs = paragraphs(TextFiles.readUtf8(text));
        Path documentFile = workspace.resolve("translations/war-and-peace.csv");
        DocumentCodec.save(document(documentFile, paragraphs));
        GlossaryCodec.save(glossary(workspace.resolve("glossaries/big.csv"), paragraphs));
        System.out.printf("workspace: %,d paragraphs (%,d MB of CSV), %,d concepts%n", PARAGRAPHS,
                Files.size(documentFile) / (1024 * 1024), CONCEPTS);

        Runtime runtime = Runtime.getRuntime();
        java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
        Thread sampling = new Thread(() -> {
            // Heap in use, sampled every 20 ms: the highest value is what the window needed at its peak.
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampling.setDaemon(true);
        sampling.start();
        long launch = System.nanoTime();
        long launchCpu = Measures.cpuNanos();
        MainWindow w = org.triptych.app.WorkbenchApp.openWindow(workspace, UiSettings.inMemory(), Terminology::of).get();
        WorkbenchController c = w.controller();
        while (!onEdt(() -> c.view().table().getRowCount() == PARAGRAPHS && c.view().table().isEditing())) {
            Thread.sleep(5);
        }
        SwingUtilities.invokeAndWait(() -> paint(w, true));
        double interactive = (System.nanoTime() - launch) / 1e9;
        double interactiveCpu = (Measures.cpuNanos() - launchCpu) / 1e9;
        System.out.printf("time to interactive: %.2f s, %.2f s CPU of the process (target < 3 s; JVM start not included)%n",
                interactive, interactiveCpu);

        EditorTable early = c.view().table();
        String memoryBefore = memoryState(c);
        double[] busy = new double[SAMPLES / 2];
        double[] busyCpu = new double[SAMPLES / 2];
        for (int i = 0; i < busy.length; i++) {
            int sample = i;
            SwingUtilities.invokeAndWait(() -> {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                early.editTarget(early.getSelectedRow() + 1, c.currentLang());
                paint(w, false);
                busy[sample] = (System.nanoTime() - t) / 1e6;
                busyCpu[sample] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            });
        }
        System.out.printf("next paragraph at once, while the glossary, the check and the memory (%s, then %s) work in the"
                        + " background: median %.2f ms (EDT CPU %.2f ms), 95th percentile %.2f ms%n",
                memoryBefore, memoryState(c), median(busy), median(busyCpu), percentile(busy, 95));

        while (!onEdt(() -> c.view().table().termsIn(0).size() > 0)) {
            Thread.sleep(5);
        }
        System.out.printf("glossary highlights on screen: %.2f s after launch (the glossary loads beside the document)%n",
                (System.nanoTime() - launch) / 1e9);
        long checkStart = System.nanoTime();
        // The panel says "Checking… N of M" until the check is complete, then counts the issues.
        while (!onEdt(() -> c.view().issues().title().matches("No issues|[\\d,]+ issues?"))) {
            Thread.sleep(50);
        }
        System.out.printf("full terminology check in the background: %.1f s more (%,d findings)%n",
                (System.nanoTime() - checkStart) / 1e9, onEdt(() -> c.view().issues().issues().size()));

        System.out.printf("translation memory while measuring: %s%n", memoryState(c));
        EditorTable table = c.view().table();
        for (boolean whole : new boolean[]{false, true}) {
            String how = whole ? "repainting the whole window" : "repainting what changed";
            double[] next = new double[SAMPLES];
            double[] nextCpu = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                int sample = i;
                SwingUtilities.invokeAndWait(() -> {
                    long t = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    table.editTarget(table.getSelectedRow() + 1, c.currentLang());
                    paint(w, whole);
                    next[sample] = (System.nanoTime() - t) / 1e6;
                    nextCpu[sample] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                });
            }
            double[] typing = new double[SAMPLES];
            double[] typingCpu = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                int sample = i;
                SwingUtilities.invokeAndWait(() -> {
                    long t = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    table.editorArea().replaceSelection(sample % 10 == 9 ? " " : "ж");
                    paint(w, whole);
                    typing[sample] = (System.nanoTime() - t) / 1e6;
                    typingCpu[sample] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                });
            }
            System.out.printf("next paragraph, %s: median %.2f ms (EDT CPU %.2f ms), 95th percentile %.2f ms (target < 16 ms)%n",
                    how, median(next), median(nextCpu), percentile(next, 95));
            System.out.printf("typing a character, %s: median %.2f ms (EDT CPU %.2f ms), 95th percentile %.2f ms (target < 16 ms)%n",
                    how, median(typing), median(typingCpu), percentile(typing, 95));
            if (!whole) {
                nextMedian = median(next);
                typingMedian = median(typing);
            }
        }

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        sampling.interrupt();
        long peak = peakUsed.get();
        System.out.printf("heap in use after GC: %,d MB; peak heap in use %,d MB; max heap %,d MB (target < 768 MB;"
                + " includes the build tool's own objects)%n", used, peak / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        System.out.printf("ratios to target: interactive %.2f, next %.2f, typing %.2f, memory %.2f%n",
                interactive / 3, nextMedian / 16, typingMedian / 16, peak / (1024 * 1024) / 768.0);
        SwingUtilities.invokeAndWait(() -> c.close());
        System.exit(0);
    }

    private static String memoryState(WorkbenchController c) throws Exception {
        org.triptych.memory.WorkspaceMemory.State memory = onEdt(() -> c.state().session().memory().state());
        return memory.ready() ? "ready" : memory.total() == 0 ? "waiting or reading"
                : String.format(java.util.Locale.ROOT, "building, %,d of %,d", memory.done(), memory.total());
    }

    /**
     * Paints now what the event changed (what Swing's repaint manager would paint right after it), or the
     * whole window as an upper bound.
     */
    private static void paint(MainWindow w, boolean whole) {
        JComponent root = w.frame().getRootPane();
        if (whole) {
            root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        } else {
            root.validate();
            RepaintManager.currentManager(root).paintDirtyRegions();
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    /** Paragraphs of the novel (blank-line separated, wrapped lines joined), repeated to reach the count. */
    static List<String> paragraphs(String text) {
        List<String> found = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                found.add(joined);
            }
        }
        List<String> result = new ArrayList<>(PARAGRAPHS);
        for (int i = 0; result.size() < PARAGRAPHS; i++) {
            result.add(found.get(i % found.size()));
        }
        return result;
    }

    private static Document document(Path file, List<String> english) {
        List<Paragraph> list = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            String source = english.get(i);
            Map<String, Translation> targets = new LinkedHashMap<>();
            boolean done = i % 2 == 0;
            targets.put("ko", done ? new Translation("번역 " + source, Status.TRANSLATED) : Translation.EMPTY);
            targets.put("uk", done ? new Translation("Переклад " + source, Status.DRAFT) : Translation.EMPTY);
            list.add(new Paragraph("p" + (i + 1), source, targets, "", Map.of(), 0));
        }
        return new Document(file, List.of("id", "en", "ko", "ko_status", "uk", "uk_status"), List.of("ko", "uk"), list);
    }

    /** 100,000 concepts: the novel's words and word pairs, with made-up Korean and Ukrainian renderings. */
    private static Glossary glossary(Path file, List<String> paragraphs) {
        Set<String> terms = new LinkedHashSet<>();
        outer:
        for (String p : paragraphs) {
            String[] words = Arrays.stream(p.split("[^\\p{L}]+")).filter(s -> s.length() > 2).toArray(String[]::new);
            for (int i = 0; i < words.length; i++) {
                terms.add(words[i].toLowerCase(java.util.Locale.ROOT));
                if (i + 1 < words.length) {
                    terms.add(words[i] + " " + words[i + 1]);
                }
                if (terms.size() >= CONCEPTS) {
                    break outer;
                }
            }
        }
        List<Concept> concepts = new ArrayList<>();
        int n = 0;
        for (String term : terms) {
            n++;
            concepts.add(new Concept(Map.of(
                    "en", List.of(new Term("en", term, true)),
                    "ko", List.of(new Term("ko", "용어" + n, true)),
                    "uk", List.of(new Term("uk", "термін" + n, true))), Map.of(), "", Map.of(), 0));
        }
        return new Glossary(file, List.of("en", "ko", "uk", "note"), List.of("en", "ko", "uk"), concepts);
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
