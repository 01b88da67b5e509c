package org.triptych.bench;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.triptych.export.TargetExport;
import org.triptych.importer.SourceImport;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The translated document of a long Word source: 12,000 paragraphs of War and Peace written as a .docx (a
 * heading every 50 paragraphs, a bold phrase in every fifth), imported (source kept, locators, inline tags), given
 * UDHR Korean (tags kept) and written back as the Korean .docx. Prints wall time, process CPU time and peak heap of
 * the import and of the export beside budgets of 10 s and 1,024 MB each. Reads {@code ../shared/data}; says so and
 * stops when it is absent.
 */
public final class TargetExportBenchmark {

    private static final int PARAGRAPHS = 12_000;

    private TargetExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            System.out.println("skipped: TargetExportBenchmark needs " + data + ", which is absent");
            return;
        }
        List<String> english = Files.readAllLines(data.resolve("text/war-and-peace_pg2600.txt")).stream()
                .map(String::strip).filter(s -> s.length() > 40).toList();
        List<String> korean = Files.readAllLines(data.resolve("parallel/udhr_kor.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path work = Files.createTempDirectory("triptych-target-bench");
        Path source = work.resolve("novel.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
            for (int i = 0; i < PARAGRAPHS; i++) {
                XWPFParagraph p = docx.createParagraph();
                String text = english.get(i % english.size());
                if (i % 50 == 0) {
                    p.setStyle("Heading1");
                }
                if (i % 5 == 0) {
                    int space = text.indexOf(' ', 10);
                    p.createRun().setText(text.substring(0, space));
                    var bold = p.createRun();
                    bold.setBold(true);
                    bold.setText(text.substring(space, text.indexOf(' ', space + 1) < 0 ? text.length() : text.indexOf(' ', space + 1)));
                    p.createRun().setText(text.substring(bold.text().length() + space));
                } else {
                    p.createRun().setText(text);
                }
            }
            docx.write(out);
        }
        System.out.printf(Locale.ROOT, "%,d paragraphs, source %.1f MB%n", PARAGRAPHS, Files.size(source) / 1048576.0);
        Path doc = work.resolve("translations/novel.csv");
        boolean ok = Measures.againstBudget("import .docx", 10, 1024, () -> {
            SourceImport.run(work, source, "", false, null, List.of("ko"), Progress.NONE);
            return null;
        });
        Document imported = DocumentCodec.read(doc);
        List<Paragraph> translated = new ArrayList<>(PARAGRAPHS);
        int i = 0;
        for (Paragraph p : imported.paragraphs()) {
            String ko = korean.get(i++ % korean.size());
            String text = p.source().contains("<b1>") ? "<b1>" + ko.substring(0, 2) + "</b1>" + ko.substring(2) : ko;
            translated.add(p.withTarget("ko", new Translation(text, Status.TRANSLATED)));
        }
        Document done = imported.withParagraphs(translated);
        Path out = work.resolve("exports/novel.ko.docx");
        TargetExport.export(done, List.of("ko"), out, Progress.NONE); // warm-up
        ok &= Measures.againstBudget("export target .docx (ko)", 10, 1024, () -> {
            TargetExport.export(done, List.of("ko"), out, Progress.NONE);
            return null;
        });
        System.out.printf(Locale.ROOT, "target %.1f MB%n", Files.size(out) / 1048576.0);
        System.out.println(ok ? "all within budget" : "SOME BUDGET EXCEEDED");
    }
}
