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

    @Test
    void theSessionsLiveCheckReportsDocumentAndGlossaryConflictsForTheIssuesPanelAndForgetsThemWhenSettled()
            throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        Files.writeString(a.resolve(TeamRepositoryTest.GLOSSARY), Cells.text(a, TeamRepositoryTest.GLOSSARY)
                + "Kim Yo-jong,김여정,,Кім Йо Чжон,,\n"); // a concept no paragraph mentions
        TeamRepository.share(a, bare.toUri().toString(), TeamRepositoryTest.ANN, null).close();
        Path b = dir.resolve("b");
        TeamRepository.join(bare.toUri().toString(), b, null).close();
        String kim = Cells.conceptId(a, TeamRepositoryTest.GLOSSARY, "Kim Yo-jong");
        Cells.set(a, TeamRepositoryTest.GLOSSARY, kim, "uk", "Кім Йо Чжон|Кім Йочжон");
        Cells.set(b, TeamRepositoryTest.GLOSSARY, kim, "uk", "Кім Йо Чжон|Кім Йо-чжон");
        String yoon = Cells.conceptId(a, TeamRepositoryTest.GLOSSARY, "Yoon Suk Yeol");
        Cells.set(a, TeamRepositoryTest.GLOSSARY, yoon, "ko", "윤석열|윤 대통령");
        Cells.set(b, TeamRepositoryTest.GLOSSARY, yoon, "ko", "윤석열|윤석렬 대통령");
        Cells.set(a, TeamRepositoryTest.DOC, "p4", "uk", "Версія Анни");
        Cells.set(b, TeamRepositoryTest.DOC, "p4", "uk", "Версія Богдана");
        TeamRepositoryTest.sync(a, TeamRepositoryTest.ANN);

        try (WorkspaceSession session = WorkspaceSession.open(b, Terminology::of, Runnable::run,
                WorkspaceSession.Listeners.none())) {
            SyncResult result = session.team().synchronise(TeamRepositoryTest.BOHDAN, null).join();
            assertThat(result.conflictsLeft()).isEqualTo(3);
            // Both files hold this side's version, unchanged: the findings come from the conflicts alone.
            waitFor("the glossary conflict among the findings of p3 in Korean", () -> conflictFindings(session, "p3", "ko").size() == 1);
            waitFor("the document conflict among the findings of p4 in Ukrainian", () -> conflictFindings(session, "p4", "uk").size() == 1);
            assertThat(conflictFindings(session, "p3", "ko")).singleElement().satisfies(f -> {
                assertThat(f.term()).isEqualTo("Yoon Suk Yeol");
                assertThat(f.arguments()).startsWith("Yoon Suk Yeol", "ko");
            });
            assertThat(conflictFindings(session, "p3", "uk")).isEmpty();
            waitFor("the unmentioned concept's conflict on its glossary row", () -> session.check().all().stream()
                    .anyMatch(f -> f.paragraph() == null && f.term().equals("Kim Yo-jong")));
            assertThat(session.check().all()).filteredOn(f -> f.paragraph() == null).extracting(f -> f.term())
                    .as("every glossary conflict on its row").containsExactlyInAnyOrder("Yoon Suk Yeol", "Kim Yo-jong");
            assertThat(session.check().all()).filteredOn(f -> f.term().equals("Kim Yo-jong")).singleElement().satisfies(f -> {
                assertThat(f.paragraph()).isNull();
                assertThat(f.document().getFileName()).hasToString("names-and-terms.csv");
                assertThat(f.line()).isEqualTo(TeamRepositoryTest.lineOf(b, TeamRepositoryTest.GLOSSARY, "Kim Yo-jong"));
                assertThat(f.lang()).isEqualTo("uk");
            });

            org.triptych.team.Conflict concept = session.team().conflicts().join().stream()
                    .filter(c -> c.file().equals(TeamRepositoryTest.GLOSSARY)).findFirst().orElseThrow();
            session.team().resolve(concept, "윤석열").join();
            waitFor("the settled conflict gone from the findings", () -> conflictFindings(session, "p3", "ko").isEmpty());
            assertThat(conflictFindings(session, "p4", "uk")).hasSize(1);
        }
    }

    private static java.util.List<org.triptych.check.Finding> conflictFindings(WorkspaceSession session, String paragraph,
                                                                              String lang) {
        return session.check().findings(paragraph, lang).stream()
                .filter(f -> f.rule().equals(UnresolvedConflictRule.ID)).toList();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
