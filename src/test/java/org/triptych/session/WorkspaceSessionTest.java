package org.triptych.session;

import org.triptych.check.Terminology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.ui.SampleCopy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a workspace as the window and the command line both do, and closing it without losing an edit. */
class WorkspaceSessionTest {

    @TempDir
    Path dir;

    @Test
    void opensTheFirstDocumentWithTheGlossariesAndTheirEngine() throws Exception {
        Path root = SampleCopy.into(dir);
        try (WorkspaceSession session = WorkspaceSession.open(root, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            assertThat(session.root()).isEqualTo(root.toAbsolutePath().normalize());
            assertThat(session.documents()).containsExactly(session.root().resolve("translations/article.csv"));
            assertThat(session.editor().size()).isEqualTo(4);
            assertThat(session.glossaries().glossaries()).isNotEmpty();
            assertThat(session.glossaries().concepts()).isNotEmpty();
            assertThat(session.glossaries().engine()).as("the engine built for every concept").isNotSameAs(Terminology.empty());
            assertThat(session.unsaved()).isFalse();
        }
    }

    @Test
    void aDocumentPathOpensThatDocumentInItsWorkspace() throws Exception {
        Path root = SampleCopy.into(dir);
        Path article = root.resolve("translations/article.csv");
        try (WorkspaceSession session = WorkspaceSession.open(article, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            assertThat(session.root()).isEqualTo(root.toAbsolutePath().normalize());
            assertThat(session.editor().document().path()).isEqualTo(article.toAbsolutePath().normalize());
        }
        assertThat(WorkspaceSession.rootOf(article)).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(WorkspaceSession.readDocuments(root)).hasSize(1);
    }

    @Test
    void closingWritesTheLastEditAndTheDocumentTakesNoMoreEdits() throws Exception {
        Path root = SampleCopy.into(dir);
        WorkspaceSession session = WorkspaceSession.open(root, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none());
        session.editor().setText(1, "uk", "Останнє слово");
        assertThat(session.closeAsync().get(10, TimeUnit.SECONDS)).isTrue();
        session.editor().setText(1, "uk", "після закриття");
        assertThat(session.editor().paragraph(1).target("uk").text()).isEqualTo("Останнє слово");
        assertThat(DocumentCodec.read(root.resolve("translations/article.csv")).paragraphs().get(1).target("uk").text())
                .isEqualTo("Останнє слово");
    }

    @Test
    void whenClosingCannotSaveTheSessionStaysOpenAndEditable() throws Exception {
        Path root = SampleCopy.into(dir);
        WorkspaceSession session = WorkspaceSession.open(root, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none());
        try {
            Path translations = root.resolve("translations");
            try (var files = Files.list(translations)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(translations);
            Files.writeString(translations, "not a folder");
            session.editor().setText(0, "ko", "남아야 함");
            assertThat(session.closeAsync().get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(session.unsaved()).isTrue();
            session.editor().setText(0, "ko", "남아야 함!");
            assertThat(session.editor().paragraph(0).target("ko").text()).isEqualTo("남아야 함!");
        } finally {
            session.abandon();
        }
    }

    @Test
    void theCommandLineGetsTheSameErrorsForAPathThatIsNoWorkspace() throws Exception {
        assertThatThrownBy(() -> WorkspaceSession.readDocuments(dir.resolve("nowhere")))
                .isInstanceOf(BadFileException.class).hasMessageContaining("no such file or folder");
        assertThatThrownBy(() -> WorkspaceSession.readDocuments(dir))
                .isInstanceOf(BadFileException.class).hasMessageContaining("not a workspace");
    }

    @Test
    void openingForTheWindowRemovesStaleTemporaryFiles() throws Exception {
        Files.createDirectories(dir.resolve("translations"));
        Files.createDirectories(dir.resolve("glossaries"));
        Files.writeString(dir.resolve("translations/article.csv"), "id,en,ko\np1,Hello,안녕\n");
        Path stale = dir.resolve("translations/.article.csv.5hs8k2l0qz.tmp");
        Path live = dir.resolve("glossaries/.names.csv.7ab3.tmp");
        Files.writeString(stale, "id,en,ko\np1,Hel");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000));
        Files.writeString(live, "en\nKy");

        WorkspaceSession.Loading loading = WorkspaceSession.start(dir, concepts -> Terminology.empty(), Runnable::run);

        assertThat(WorkspaceSession.await(loading.contents()).document().paragraphs()).hasSize(1);
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void theSessionsLiveCheckFollowsTheEditorAndTheGlossaryServiceSavesEdits() throws Exception {
        Path root = SampleCopy.into(dir);
        try (WorkspaceSession session = WorkspaceSession.open(root, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            waitUntilComplete(session);
            int before = session.check().all().size();
            // Forbidden spelling typed in the editor: the session's live check reports it, without a window.
            session.editor().setText(0, "uk", "Киев");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (session.check().findings(session.editor().paragraph(0).id(), "uk").stream()
                    .noneMatch(f -> f.rule().equals("forbidden-variant"))) {
                assertThat(System.nanoTime()).as("the live check of the edit").isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(session.check().all().size()).isNotEqualTo(before);
            var glossary = session.glossaries().glossaries().get(0);
            session.glossaryService().edit(glossary, glossary.withConcepts(glossary.concepts().subList(1, glossary.concepts().size())))
                    .get(10, TimeUnit.SECONDS);
            assertThat(org.triptych.io.GlossaryCodec.read(glossary.path()).concepts()).hasSize(glossary.concepts().size() - 1);
        }
    }

    private static void waitUntilComplete(WorkspaceSession session) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!session.check().state().complete()) {
            assertThat(System.nanoTime()).as("the first full check").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
