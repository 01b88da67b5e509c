package org.triptych.bench;

import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.importer.SourceImport;
import org.triptych.importer.SourceReader;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports 12,000 paragraphs with two targets (War and Peace as English, UDHR Korean and Ukrainian as targets)
 * to every format, and imports War and Peace as a .txt source. Limits: DOCX 10 s, others 2 s each.
 */
public final class ExportBenchmark {

    private static final int PARAGRAPHS = 12_000;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            System.out.println("skipped: ExportBenchmark needs " + data + ", which is absent");
            return;
        }
        Path work = Files.createTempDirectory("triptych-bench");
        Path novel = data.resolve("text/war-and-peace_pg2600.txt");
        List<String> english = SourceReader.read(novel, false, null).paragraphs();
        List<String> korean = lines(data.resolve("parallel/udhr_kor.txt"));
        List<String> ukrainian = lines(data.resolve("parallel/udhr_ukr.txt"));
        List<Paragraph> paragraphs = new ArrayList<>(PARAGRAPHS);
        for (int i = 0; i < PARAGRAPHS; i++) {
            paragraphs.add(new Paragraph("p" + (i + 1), english.get(i % english.size()),
                    Map.of("ko", new Translation(korean.get(i % korean.size()), Status.TRANSLATED),
                            "uk", new Translation(ukrainian.get(i % ukrainian.size()), Status.DRAFT)), "", Map.of(), 0));
        }
        Document document = new Document(work.resolve("translations/bench.csv"), List.of("id", "en", "ko", "uk"), List.of("ko", "uk"), paragraphs);
        System.out.printf(Locale.ROOT, "%,d paragraphs, targets ko and uk (%,d English paragraphs in War and Peace)%n", PARAGRAPHS, english.size());

        boolean ok = true;
        for (ExportFormat format : ExportFormat.values()) {
            Path out = work.resolve("bench." + format.extension());
            Exports.export(format, document, List.of(), ExportOptions.DEFAULT, out, Progress.NONE); // warm-up
            long start = System.nanoTime();
            Exports.export(format, document, List.of(), ExportOptions.DEFAULT, out, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            double limit = format == ExportFormat.DOCX ? 10 : 2;
            ok &= seconds < limit;
            System.out.printf(Locale.ROOT, "export %-5s %6.2f s  (limit %4.1f s, %3.0f%% of it)%n", format, seconds, limit, 100 * seconds / limit);
        }
        Files.createDirectories(work.resolve("translations"));
        SourceImport.run(work, novel, "warm", false, null, List.of("ko", "uk"), Progress.NONE);
        long start = System.nanoTime();
        SourceImport.Report report = SourceImport.run(work, novel, "war-and-peace", false, null, List.of("ko", "uk"), Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        ok &= seconds < 2;
        System.out.printf(Locale.ROOT, "import War and Peace (.txt, %,d paragraphs, %s) %6.2f s  (limit  2.0 s, %3.0f%% of it)%n",
                report.paragraphs(), report.encoding(), seconds, 100 * seconds / 2);
        System.out.println(ok ? "all within limits" : "SOME LIMIT EXCEEDED");
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
