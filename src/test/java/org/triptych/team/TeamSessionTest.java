package org.triptych.team;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.SampleCopy;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synchronising through the open session: the unsaved edit is written and sent first, and the team's changes come
 * into the open document and the glossaries without losing it.
 */
class TeamSessionTest {

    @TempDir
    Path dir;

    @Test
    void anOpenSessionSendsItsUnsavedEditAndTakesTheTeamsChangesIn() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        TeamRepository.share(a, bare.toUri().toString(), TeamRepositoryTest.ANN, null).close();
        Path b = dir.resolve("b");
        TeamRepository.join(bare.toUri().toString(), b, null).close();

        Cells.set(a, TeamRepositoryTest.DOC, "p3", "uk", "Від Анни");
        Cells.set(a, TeamRepositoryTest.GLOSSARY, "cKursk", "en", "Kursk Oblast");
        TeamRepositoryTest.sync(a, TeamRepositoryTest.ANN);

        try (WorkspaceSession session = WorkspaceSession.open(b, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            int row = session.editor().rowOf("p4");
            session.editor().setText(row, "uk", "Ще не збережене");
            SyncResult result = session.team().synchronise(TeamRepositoryTest.BOHDAN, null).join();

            assertThat(result.committed()).containsExactly("uk: 1 paragraph translated");
            assertThat(result.pushed()).isTrue();
            assertThat(session.editor().paragraph(row).target("uk").text()).isEqualTo("Ще не збережене");
            assertThat(session.editor().paragraph(session.editor().rowOf("p3")).target("uk").text()).isEqualTo("Від Анни");
            assertThat(session.glossaryService().glossaries().get(0).concepts()).extracting(Concept::english)
                    .contains("Kursk Oblast");
        }
        TeamRepositoryTest.sync(a, TeamRepositoryTest.ANN);
        assertThat(Cells.get(a, TeamRepositoryTest.DOC, "p4", "uk")).isEqualTo("Ще не збережене");
    }

    @Test
    void synchronisingEveryFewMinutesRunsOnItsOwnAndStopsWithTheSession() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        TeamRepository.share(a, bare.toUri().toString(), TeamRepositoryTest.ANN, null).close();
        try (WorkspaceSession session = WorkspaceSession.open(a, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            session.editor().setText(session.editor().rowOf("p1"), "ko", "주기적으로");
            java.util.concurrent.CompletableFuture<Object> first = new java.util.concurrent.CompletableFuture<>();
            session.team().synchroniseEvery(java.time.Duration.ofMillis(100), TeamRepositoryTest.ANN, null, first::complete);
            Object outcome = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOfSatisfying(SyncResult.class,
                    result -> assertThat(result.committed()).containsExactly("ko: 1 paragraph translated"));
        }
        try (Git git = Git.open(bare.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getShortMessage()).isEqualTo("ko: 1 paragraph translated");
        }
    }
}
