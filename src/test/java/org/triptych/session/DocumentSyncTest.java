package org.triptych.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.AtomicFiles;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.sync.ThreeWayMerge;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving, retrying and merging with the file on disk, without a window: callbacks run on the session's thread. */
class DocumentSyncTest {

    @TempDir
    Path dir;

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<SaveProblem> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private DocumentEditor editor;
    private DocumentSync sync;

    private final DocumentSync.Listener listener = new DocumentSync.Listener() {
        @Override
        public void saved() {
            events.add("saved");
        }

        @Override
        public void saveFailed(SaveProblem problem) {
            problems.add(problem);
            events.add("failed " + problem.reason());
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
    };

    private static Paragraph p(String id, String ko, String uk) {
        return new Paragraph(id, "English " + id, Map.of("ko", new Translation(ko, Status.NONE),
                "uk", new Translation(uk, Status.NONE)), "", Map.of(), 0);
    }

    private Path start(DocumentSync.Writer writer, Paragraph... paragraphs) throws Exception {
        Path file = dir.resolve("translations/doc.csv");
        DocumentCodec.save(new Document(file, List.of("id", "en", "ko", "uk"), List.of("ko", "uk"), List.of(paragraphs)));
        editor = new DocumentEditor(DocumentCodec.read(file));
        sync = new DocumentSync(editor, listener, Runnable::run, writer);
        sync.settled().get(5, TimeUnit.SECONDS); // the session has read the file's stamp
        return file;
    }

    private Path start(Paragraph... paragraphs) throws Exception {
        return start(DocumentSync.ATOMIC, paragraphs);
    }

    /** Waits for the session to report {@code expected}, skipping other events; fails after 10 s. */
    private void await(String expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String event = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("timed out waiting for \"" + expected + "\"");
            }
            if (event.equals(expected)) {
                return;
            }
        }
    }

    @AfterEach
    void closeSession() {
        if (sync != null) {
            sync.abandon();
        }
    }

    @Test
    void anEditReachesTheDiskAfterTypingPausesAndTheStateIsSavedAgain() throws Exception {
        Path file = start(p("p1", "", ""));
        editor.setText(0, "ko", "첫 번역");
        assertThat(sync.unsaved()).isTrue();
        await("saved");
        assertThat(sync.unsaved()).isFalse();
        assertThat(DocumentCodec.read(file).paragraphs().get(0).target("ko")).isEqualTo(new Translation("첫 번역", Status.DRAFT));
    }

    @Test
    void anEditLowersAReviewedCellAndTheFileShowsItAfterTheSave() throws Exception {
        Path file = start(p("p1", "", ""));
        editor.setText(0, "ko", "키이우");
        editor.setStatus(0, "ko", Status.REVIEWED);
        editor.setText(0, "uk", "Київ");
        editor.setStatus(0, "uk", Status.TRANSLATED);
        sync.saveNow().get(5, TimeUnit.SECONDS);
        editor.setText(0, "ko", "키예프");
        editor.setText(0, "uk", "");
        sync.saveNow().get(5, TimeUnit.SECONDS);
        Paragraph saved = DocumentCodec.read(file).paragraphs().get(0);
        assertThat(saved.target("ko")).isEqualTo(new Translation("키예프", Status.DRAFT));
        assertThat(saved.target("uk")).isEqualTo(Translation.EMPTY);
        assertThat(Files.readString(file)).doesNotContain("reviewed").doesNotContain("translated");
    }

    @Test
    void typingThatNeverPausesStillReachesTheDisk() throws Exception {
        Path file = start(p("p1", "", ""));
        long typingUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        StringBuilder typed = new StringBuilder();
        String firstSaved = null;
        while (System.nanoTime() < typingUntil && firstSaved == null) {
            typed.append('가');
            editor.setText(0, "ko", typed.toString());
            if (events.poll(100, TimeUnit.MILLISECONDS) != null) {
                firstSaved = DocumentCodec.read(file).paragraphs().get(0).target("ko").text();
            }
        }
        assertThat(firstSaved).as("a save while keys kept coming every 100 ms, pauses shorter than %d ms",
                DocumentSync.PAUSE_MS).isNotNull().isNotEmpty();
    }

    @Test
    void aFullDiskKeepsTheEditRetriesOnItsOwnAndSavesOnceThereIsSpace() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        Path file = start((document, text) -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new FileSystemException(document.path().toString(), null, "No space left on device");
            }
            DocumentSync.ATOMIC.write(document, text);
        }, p("p1", "", ""));
        editor.setText(0, "ko", "잃으면 안 됨");
        await("failed DISK_FULL");
        assertThat(problems.get(0).retryInMillis()).isPositive();
        assertThat(problems.get(0).file()).isEqualTo(file);
        assertThat(sync.unsaved()).isTrue();
        assertThat(editor.paragraph(0).target("ko").text()).isEqualTo("잃으면 안 됨");
        await("failed DISK_FULL");
        assertThat(problems.get(1).retryInMillis()).as("backs off").isGreaterThan(problems.get(0).retryInMillis());
        await("saved"); // no keystroke in between
        assertThat(sync.unsaved()).isFalse();
        assertThat(DocumentCodec.read(file).paragraphs().get(0).target("ko").text()).isEqualTo("잃으면 안 됨");
    }

    @Test
    void changesMadeOnDiskAreTakenInWithoutLosingUnsavedEditsHere() throws Exception {
        Path file = start(p("p1", "", ""), p("p2", "", ""));
        editor.setText(0, "ko", "여기서 편집");
        DocumentCodec.save(DocumentCodec.read(file).withParagraphs(List.of(p("p1", "", "з диска"), p("p2", "", "теж"))));
        await("merged 2");
        assertThat(editor.paragraph(0).targets()).isEqualTo(Map.of(
                "ko", new Translation("여기서 편집", Status.DRAFT), "uk", new Translation("з диска", Status.NONE)));
        assertThat(editor.paragraph(1).target("uk").text()).isEqualTo("теж");
        await("saved");
        Paragraph onDisk = DocumentCodec.read(file).paragraphs().get(0);
        assertThat(onDisk.target("ko").text()).isEqualTo("여기서 편집");
        assertThat(onDisk.target("uk").text()).isEqualTo("з диска");
        assertThat(events).doesNotContain("conflicts 1");
    }

    @Test
    void aRealConflictIsAskedAboutAndBothVersionsSurvive() throws Exception {
        Path file = start(p("p1", "원래", ""));
        editor.setText(0, "ko", "내 것");
        DocumentCodec.save(DocumentCodec.read(file).withParagraphs(List.of(p("p1", "그들 것", ""))));
        await("conflicts 1");
        await("saved");
        assertThat(DocumentCodec.read(file).paragraphs().get(0).target("ko").text()).isEqualTo("내 것");
        assertThat(DocumentCodec.read(AtomicFiles.backupOf(file)).paragraphs().get(0).target("ko").text())
                .isEqualTo("그들 것");
    }

    @Test
    void flushComparesWithTheDiskAndKeepsTheOtherProgramsChanges() throws Exception {
        Path file = start(p("p1", "", ""), p("p2", "", ""));
        editor.setText(0, "ko", "닫기 전에");
        DocumentCodec.save(DocumentCodec.read(file).withParagraphs(List.of(p("p1", "", ""), p("p2", "", "ззовні"))));
        assertThat(sync.flush()).isTrue();
        Document onDisk = DocumentCodec.read(file);
        assertThat(onDisk.paragraphs().get(0).target("ko").text()).isEqualTo("닫기 전에");
        assertThat(onDisk.paragraphs().get(1).target("uk").text()).isEqualTo("ззовні");
    }

    @Test
    void whenSavingFailsTheEditStaysAndClosingReportsFailure() throws Exception {
        Path file = start(p("p1", "", ""));
        // Replace the folder by a plain file: no save can succeed any more.
        Files.delete(file);
        Files.delete(file.getParent());
        Files.writeString(file.getParent(), "not a folder");
        editor.setText(0, "ko", "잃으면 안 됨");
        assertThat(sync.closeAsync().get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(sync.unsaved()).isTrue();
        assertThat(editor.paragraph(0).target("ko").text()).isEqualTo("잃으면 안 됨");
        assertThat(problems).isNotEmpty();
    }
}
