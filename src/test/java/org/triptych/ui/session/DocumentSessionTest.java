package org.triptych.ui.session;

import org.triptych.sync.ThreeWayMerge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.ui.editor.ParagraphTableModel;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving and merging with the file on disk, without a window (the EDT exists headless too). */
class DocumentSessionTest {

    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private ParagraphTableModel model;
    private DocumentSession session;

    private static Paragraph p(String id, String ko, String uk) {
        return new Paragraph(id, "English " + id, Map.of("ko", new Translation(ko, Status.NONE),
                "uk", new Translation(uk, Status.NONE)), "", Map.of(), 0);
    }

    private Path start(Paragraph... paragraphs) throws Exception {
        Path file = dir.resolve("translations/doc.csv");
        DocumentCodec.save(new Document(file, List.of("id", "en", "ko", "uk"), List.of("ko", "uk"), List.of(paragraphs)));
        Document loaded = DocumentCodec.read(file);
        edt(() -> {
            model = new ParagraphTableModel(loaded);
            session = new DocumentSession(model, new DocumentSession.Listener() {
                @Override
                public void savedStateChanged(boolean unsaved) {
                    events.add(unsaved ? "unsaved" : "saved");
                }

                @Override
                public void problem(String message, Exception cause) {
                    events.add("problem " + cause);
                }

                @Override
                public void conflicts(ThreeWayMerge.Result result, Consumer<Document> resolved) {
                    events.add("conflicts " + result.conflicts().size());
                    resolved.accept(result.resolve(Map.of()));
                }

                @Override
                public void mergedFromDisk(int paragraphsChanged) {
                    events.add("merged " + paragraphsChanged);
                }
            });
            return null;
        });
        Thread.sleep(200); // the session reads the file's stamp in the background
        return file;
    }

    private static <T> T edt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 8000;
        while (!edt(condition)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void anEditReachesTheDiskAfterTypingPausesAndTheStateIsSavedAgain() throws Exception {
        Path file = start(p("p1", "", ""));
        edt(() -> {
            model.setText(0, "ko", "첫 번역");
            return null;
        });
        assertThat(edt(() -> session.unsaved())).isTrue();
        waitUntil(() -> !session.unsaved());
        Paragraph saved = DocumentCodec.read(file).paragraphs().get(0);
        assertThat(saved.target("ko")).isEqualTo(new Translation("첫 번역", Status.DRAFT));
        assertThat(events).containsExactly("unsaved", "saved");
    }

    @Test
    void changesMadeOnDiskAreTakenInWithoutLosingUnsavedEditsHere() throws Exception {
        Path file = start(p("p1", "", ""), p("p2", "", ""));
        edt(() -> {
            model.setText(0, "ko", "여기서 편집");
            return null;
        });
        DocumentCodec.save(DocumentCodec.read(file).withParagraphs(List.of(p("p1", "", "з диска"), p("p2", "", "теж"))));
        waitUntil(() -> model.paragraph(1).target("uk").text().equals("теж"));
        assertThat(edt(() -> model.paragraph(0).targets())).isEqualTo(Map.of(
                "ko", new Translation("여기서 편집", Status.DRAFT), "uk", new Translation("з диска", Status.NONE)));
        waitUntil(() -> !session.unsaved());
        Paragraph onDisk = DocumentCodec.read(file).paragraphs().get(0);
        assertThat(onDisk.target("ko").text()).isEqualTo("여기서 편집");
        assertThat(onDisk.target("uk").text()).isEqualTo("з диска");
        assertThat(events).contains("merged 2").doesNotContain("conflicts 1");
    }

    @Test
    void aRealConflictIsAskedAboutAndBothVersionsSurvive() throws Exception {
        Path file = start(p("p1", "원래", ""));
        edt(() -> {
            model.setText(0, "ko", "내 것");
            return null;
        });
        DocumentCodec.save(DocumentCodec.read(file).withParagraphs(List.of(p("p1", "그들 것", ""))));
        waitUntil(() -> events.contains("conflicts 1"));
        waitUntil(() -> !session.unsaved());
        assertThat(DocumentCodec.read(file).paragraphs().get(0).target("ko").text()).isEqualTo("내 것");
        assertThat(DocumentCodec.read(org.triptych.io.AtomicFiles.backupOf(file)).paragraphs().get(0).target("ko").text())
                .isEqualTo("그들 것");
    }

    @Test
    void whenSavingFailsTheEditStaysAndClosingReportsFailure() throws Exception {
        Path file = start(p("p1", "", ""));
        // Replace the folder by a plain file: no save can succeed any more.
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(file.getParent());
        java.nio.file.Files.writeString(file.getParent(), "not a folder");
        edt(() -> {
            model.setText(0, "ko", "잃으면 안 됨");
            return null;
        });
        assertThat(edt(() -> session.closeAndSave())).isFalse();
        assertThat(edt(() -> session.unsaved())).isTrue();
        assertThat(edt(() -> model.paragraph(0).target("ko").text())).isEqualTo("잃으면 안 됨");
        assertThat(events).anyMatch(e -> e.startsWith("problem"));
    }
}
