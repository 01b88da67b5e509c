package org.triptych.session;

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
        try (WorkspaceSession<Integer> session = WorkspaceSession.open(root, List::size, Runnable::run,
                new DocumentSync.Listener() { })) {
            assertThat(session.root()).isEqualTo(root.toAbsolutePath().normalize());
            assertThat(session.documents()).containsExactly(session.root().resolve("translations/article.csv"));
            assertThat(session.editor().size()).isEqualTo(4);
            assertThat(session.glossaries().glossaries()).isNotEmpty();
            assertThat(session.glossaries().engine()).as("the engine built for every concept")
                    .isEqualTo(session.glossaries().concepts().size()).isPositive();
            assertThat(session.unsaved()).isFalse();
        }
    }

    @Test
    void aDocumentPathOpensThatDocumentInItsWorkspace() throws Exception {
        Path root = SampleCopy.into(dir);
        Path article = root.resolve("translations/article.csv");
        try (WorkspaceSession<Integer> session = WorkspaceSession.open(article, List::size, Runnable::run,
                new DocumentSync.Listener() { })) {
            assertThat(session.root()).isEqualTo(root.toAbsolutePath().normalize());
            assertThat(session.editor().document().path()).isEqualTo(article.toAbsolutePath().normalize());
        }
        assertThat(WorkspaceSession.rootOf(article)).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(WorkspaceSession.readDocuments(root)).hasSize(1);
    }

    @Test
    void closingWritesTheLastEditAndTheDocumentTakesNoMoreEdits() throws Exception {
        Path root = SampleCopy.into(dir);
        WorkspaceSession<Integer> session = WorkspaceSession.open(root, List::size, Runnable::run,
                new DocumentSync.Listener() { });
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
        WorkspaceSession<Integer> session = WorkspaceSession.open(root, List::size, Runnable::run,
                new DocumentSync.Listener() { });
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
}
