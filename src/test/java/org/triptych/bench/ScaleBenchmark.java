package org.triptych.bench;

import org.triptych.cli.Cli;
import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.task.Progress;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Large documents of short rows, written to a temp folder: {@code triptych stats} on one million rows and a DOCX
 * export of 100,000 rows (each includes reading the CSV). Budgets: stats 5 s and 1,280 MB peak heap (it also runs
 * in {@code -Xmx768m}; the document itself holds 375 MB, the rest is the CSV reader's text and table alongside it);
 * DOCX 15 s and 1,536 MB. Prints wall time, process CPU time (every thread, the collector's included) and peak
 * heap, each against its budget; wall time is only meaningful on an otherwise idle machine. Run:
 * {@code mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.ScaleBenchmark} (add {@code -Dexec.args=stats} or
 * {@code docx} for one of them).
 */
public final class ScaleBenchmark {

    private static final int STATS_ROWS = 1_000_000;
    private static final int DOCX_ROWS = 100_000;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "";
        Path work = Files.createTempDirectory("triptych-scale");
        boolean ok = true;
        if (only.isEmpty() || only.equals("stats")) {
            Path file = document(work.resolve("million.csv"), STATS_ROWS);
            StringWriter out = new StringWriter();
            ok &= Measures.againstBudget(String.format(Locale.ROOT, "stats, %,d rows (%,d MB)", STATS_ROWS, Files.size(file) >> 20), 5, 1280, () -> {
                int code = Cli.execute(new PrintWriter(out), new PrintWriter(System.err, true), "stats", file.toString());
                if (code != Cli.OK) {
                    throw new IllegalStateException("stats failed with exit code " + code);
                }
                return null;
            });
            System.out.print(out);
        }
        if (only.isEmpty() || only.equals("docx")) {
            Path file = document(work.resolve("hundred-thousand.csv"), DOCX_ROWS);
            Path docx = work.resolve("hundred-thousand.docx");
            ok &= Measures.againstBudget(String.format(Locale.ROOT, "DOCX export, %,d rows", DOCX_ROWS), 15, 1536, () -> {
                Document document = DocumentCodec.read(file);
                Exports.export(ExportFormat.DOCX, document, List.of(), ExportOptions.DEFAULT, docx, Progress.NONE);
                return null;
            });
            System.out.printf(Locale.ROOT, "  DOCX: %,d KB%n", Files.size(docx) >> 10);
        }
        System.out.println(ok ? "all within budget" : "SOME BUDGET EXCEEDED");
    }

    /** Short rows as a translator's glossary-like document has them: a few words of English, Korean and Ukrainian. */
    static Path document(Path file, int rows) throws IOException {
        String[] en = {"Kyiv", "North Korean soldiers", "the war in Ukraine", "Seoul, South Korea", "12,000 troops", "defector"};
        String[] ko = {"키이우", "북한군 병사", "우크라이나 전쟁", "한국 서울", "병력 1만 2천 명", "탈북자"};
        String[] uk = {"Київ", "північнокорейські солдати", "війна в Україні", "Сеул, Південна Корея", "12 000 військових", "перебіжчик"};
        String[] status = {"reviewed", "translated", "draft", ""};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,en,ko,ko_status,uk,uk_status\n");
            for (int i = 0; i < rows; i++) {
                int k = i % en.length;
                boolean untranslated = i % 7 == 0;
                w.write("p" + (i + 1) + ",\"" + en[k] + " " + i + "\"," + (untranslated ? "" : ko[k]) + ","
                        + (untranslated ? "" : status[i % status.length]) + ",\"" + uk[k] + "\"," + status[(i + 1) % status.length] + "\n");
            }
        }
        return file;
    }
}
