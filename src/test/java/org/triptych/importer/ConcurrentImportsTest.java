package org.triptych.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.task.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports read, merge and write under the workspace lock: run side by side with other writers, nothing is lost. */
class ConcurrentImportsTest {

    private static final int ROUNDS = 15;

    @TempDir
    Path root;

    private static void runTogether(List<Callable<Void>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> writer : writers) {
            done.add(pool.submit(() -> {
                start.await();
                return writer.call();
            }));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    @Test
    void translationsImportedIntoOneDocumentInTwoLanguagesAtOnceAreAllKept() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Path document = root.resolve("translations/article.csv");
        StringBuilder csv = new StringBuilder("id,en,ko,uk\n");
        for (int i = 1; i <= ROUNDS; i++) {
            csv.append("p").append(i).append(",Paragraph ").append(i).append(".,,\n");
        }
        Files.writeString(document, csv);
        List<Callable<Void>> writers = new ArrayList<>();
        for (String lang : List.of("ko", "uk")) {
            writers.add(() -> {
                for (int i = 1; i <= ROUNDS; i++) {
                    Path xliff = root.resolve(lang + "-" + i + ".xlf");
                    Files.writeString(xliff, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" "
                            + "trgLang=\"" + lang + "\"><file id=\"f\"><unit id=\"p" + i + "\"><segment state=\"translated\">"
                            + "<source>Paragraph " + i + ".</source><target>" + lang + " " + i + "</target></segment></unit>"
                            + "</file></xliff>");
                    TranslationImport.run(xliff, document, Progress.NONE);
                }
                return null;
            });
        }

        runTogether(writers);

        Document result = DocumentCodec.read(document);
        for (int i = 1; i <= ROUNDS; i++) {
            assertThat(result.paragraphs().get(i - 1).target("ko").text()).isEqualTo("ko " + i);
            assertThat(result.paragraphs().get(i - 1).target("uk").text()).isEqualTo("uk " + i);
        }
    }

    @Test
    void glossaryImportsAndAdditionsAtOnceKeepEveryConcept() throws Exception {
        Files.createDirectories(root.resolve("glossaries"));
        Path glossary = root.resolve("glossaries/names.csv");
        Files.writeString(glossary, "en,ko,uk\nKyiv,키이우,Київ\n");
        List<Callable<Void>> writers = new ArrayList<>();
        writers.add(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                Path omegat = root.resolve("omegat-" + i + ".txt");
                Files.writeString(omegat, "imported " + i + "\tімпорт " + i + "\n");
                GlossaryImport.run(omegat, "uk", glossary);
            }
            return null;
        });
        writers.add(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("en", "added " + i);
                values.put("ko", "추가 " + i);
                GlossaryCodec.append(glossary, values);
            }
            return null;
        });

        runTogether(writers);

        List<String> english = GlossaryCodec.read(glossary).concepts().stream().map(Concept::english).toList();
        assertThat(english).hasSize(1 + 2 * ROUNDS).contains("Kyiv", "imported 0", "added 0",
                "imported " + (ROUNDS - 1), "added " + (ROUNDS - 1));
    }
}
