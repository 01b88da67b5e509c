package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;
import org.triptych.memory.TranslationMemory;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.model.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The session starts the translation memory on first use and keeps it current as the open document's cells change. */
class SessionMemoryTest {

    @TempDir
    Path root;

    @Test
    void aCellMarkedTranslatedInTheEditorBecomesAMatchForAnotherParagraph() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Files.writeString(root.resolve("translations/open.csv"), """
                id,en,ko,ko_status,uk,uk_status
                p1,The convoy reached Kharkiv at noon.,,,,
                p2,The convoy reached Kharkiv at midnight.,,,,
                """);
        try (WorkspaceSession session = WorkspaceSession.open(root, Terminology::of, Runnable::run, WorkspaceSession.Listeners.none())) {
            WorkspaceMemory memory = session.memory();
            CountDownLatch updated = new CountDownLatch(1);
            awaitReady(memory);
            DocumentEditor editor = session.editor();
            assertThat(memory.suggest(editor.document().path(), editor.paragraph(1), 70, 5).all()).isEmpty();

            memory.addListener(updated::countDown);
            editor.setText(0, "uk", "Колона дісталася Харкова опівдні.");
            editor.setStatus(0, "uk", Status.TRANSLATED);
            assertThat(updated.await(10, TimeUnit.SECONDS)).isTrue();
            waitFor(() -> !memory.suggest(editor.document().path(), editor.paragraph(1), 70, 5).all().isEmpty());

            List<TranslationMemory.Match> matches = memory.suggest(editor.document().path(), editor.paragraph(1), 70, 5).all();
            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.entry().target("uk")).isEqualTo("Колона дісталася Харкова опівдні.");
                assertThat(m.score()).isEqualTo(83); // 6 words, one replaced: ⌊100 · 5/6⌋
            });
        }
    }

    private static void awaitReady(WorkspaceMemory memory) throws InterruptedException {
        waitFor(() -> memory.state().ready());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
