package org.triptych.team;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.Cli;
import org.triptych.ui.SampleCopy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real git: a bare repository on this machine as the remote and two clones, driven through the core and the command
 * line; every merge case, conflicts kept beside the files, and a push the remote refuses.
 */
class TeamRepositoryTest {

    static final String DOC = "translations/article.csv";
    static final String GLOSSARY = "glossaries/names-and-terms.csv";
    static final Author ANN = new Author("Ann", "ann@example.org");
    static final Author BOHDAN = new Author("Bohdan", "bohdan@example.org");

    @TempDir
    Path dir;
    Path bare;
    Path a;
    Path b;
    String url;

    @BeforeEach
    void shareAndJoin() throws Exception {
        bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        url = bare.toUri().toString();
        a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        TeamRepository.share(a, url, ANN, null).close();
        b = dir.resolve("b");
        TeamRepository.join(url, b, null).close();
    }

    static SyncResult sync(Path root, Author author) throws Exception {
        try (TeamRepository team = TeamRepository.open(root)) {
            team.rememberAuthor(author); // this clone's own configuration, whatever the machine's says
            return team.synchronise(author, null);
        }
    }

    @Test
    void sharingCommitsTheWorkspaceWithConceptIdsAndTheFilesGitNeeds() throws Exception {
        assertThat(Cells.text(b, ".gitattributes")).contains("translations/*.csv merge=triptych", "glossaries/*.csv merge=triptych");
        assertThat(Cells.text(b, ".gitignore")).contains(".triptych/", ".triptych.lock");
        assertThat(Cells.text(b, GLOSSARY).lines().findFirst().orElseThrow()).endsWith(",note,id");
        assertThat(Cells.get(b, GLOSSARY, Cells.conceptId(b, GLOSSARY, "Lee Min-bok"), "uk"))
                .isEqualTo("Лі Мін Бок");
        assertThat(Cells.text(b, DOC)).isEqualTo(Cells.text(a, DOC));
        for (Path clone : List.of(a, b)) {
            try (Git git = Git.open(clone.toFile())) {
                assertThat(git.getRepository().getConfig().getInt("core", "compression", -1))
                        .as("zlib's fastest level in " + clone.getFileName()).isEqualTo(TeamRepository.COMPRESSION);
            }
        }
    }

    @Test
    void twoTranslatorsEditingDifferentCellsOfOneRowBothKeepTheirWork() throws Exception {
        Cells.set(a, DOC, "p4", "ko", "외교부는 (검토)");
        Cells.set(a, DOC, "p4", "ko_status", "reviewed");
        Cells.set(b, DOC, "p4", "uk", "Міністерство закордонних справ");
        Cells.set(b, DOC, "p3", "note", "checked");
        SyncResult first = sync(a, ANN);
        SyncResult second = sync(b, BOHDAN);
        sync(a, ANN);

        assertThat(first.committed()).containsExactly("ko: 1 paragraph translated");
        assertThat(second.committed()).containsExactly("uk: 1 paragraph translated; notes: 1 edited");
        assertThat(second.newConflicts()).isEmpty();
        assertThat(second.takenIn()).containsExactly(DOC);
        assertThat(Cells.text(a, DOC)).isEqualTo(Cells.text(b, DOC));
        assertThat(Cells.get(a, DOC, "p4", "ko")).isEqualTo("외교부는 (검토)");
        assertThat(Cells.get(a, DOC, "p4", "ko_status")).isEqualTo("reviewed");
        assertThat(Cells.get(a, DOC, "p4", "uk")).isEqualTo("Міністерство закордонних справ");
        assertThat(Cells.get(a, DOC, "p3", "note")).isEqualTo("checked");
        assertThat(Files.exists(a.resolve(".triptych/conflicts"))).isFalse();
        for (Path clone : List.of(a, b)) {
            try (Git git = Git.open(clone.toFile())) {
                assertThat(git.status().call().isClean()).as("the index follows the merged files in " + clone.getFileName())
                        .isTrue();
            }
        }
        try (Git git = Git.open(b.toFile())) {
            List<RevCommit> log = new java.util.ArrayList<>();
            git.log().setMaxCount(2).call().forEach(log::add);
            assertThat(log).extracting(RevCommit::getShortMessage)
                    .as("one line of history: Bohdan's work committed onto Ann's, no merge commit")
                    .containsExactly("uk: 1 paragraph translated; notes: 1 edited", "ko: 1 paragraph translated");
            assertThat(log.get(0).getParentCount()).isEqualTo(1);
            assertThat(log.get(0).getAuthorIdent().getName()).isEqualTo("Bohdan");
        }
    }

    @Test
    void aRemoteThatCannotBeReachedLeavesTheWorkCommittedHere() throws Exception {
        Cells.set(a, DOC, "p4", "uk", "Збережено тут");
        Files.move(bare, dir.resolve("moved.git"));
        assertThatThrownBy(() -> sync(a, ANN))
                .isInstanceOf(TeamException.class)
                .hasMessageContaining("committed here");
        try (Git git = Git.open(a.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getShortMessage())
                    .isEqualTo("uk: 1 paragraph translated");
            assertThat(git.status().call().isClean()).isTrue();
        }
        Files.move(dir.resolve("moved.git"), bare);
        Cells.set(b, DOC, "p3", "uk", "Інший абзац");
        assertThat(sync(b, BOHDAN).pushed()).isTrue();
        SyncResult merged = sync(a, ANN);
        assertThat(merged.pushed()).isTrue();
        sync(b, BOHDAN);
        assertThat(Cells.get(b, DOC, "p4", "uk")).isEqualTo("Збережено тут");
        assertThat(Cells.get(a, DOC, "p3", "uk")).isEqualTo("Інший абзац");
    }

    @Test
    void aParagraphAddedHereAndAnotherEditedThereMergeCleanly() throws Exception {
        Files.writeString(a.resolve(DOC), Cells.text(a, DOC) + "p5,A new paragraph.,,,,,\n");
        Cells.set(b, DOC, "p1", "uk_status", "reviewed");
        sync(a, ANN);
        SyncResult result = sync(b, BOHDAN);
        sync(a, ANN);
        assertThat(result.newConflicts()).isEmpty();
        assertThat(Cells.get(b, DOC, "p5", "en")).isEqualTo("A new paragraph.");
        assertThat(Cells.get(a, DOC, "p1", "uk_status")).isEqualTo("reviewed");
        assertThat(Cells.text(a, DOC)).isEqualTo(Cells.text(b, DOC));
    }

    @Test
    void glossariesMergeByConcept() throws Exception {
        String lee = Cells.conceptId(a, GLOSSARY, "Lee Min-bok");
        Cells.set(a, GLOSSARY, "cKursk", "en", "Kursk Oblast");
        Cells.set(a, GLOSSARY, lee, "uk", "Лі Мін Бок|Лі Мінбок");
        Cells.set(b, GLOSSARY, "cSeoul", "en", "Seoul");
        Cells.set(b, GLOSSARY, lee, "note", "person");
        SyncResult first = sync(a, ANN);
        SyncResult second = sync(b, BOHDAN);
        sync(a, ANN);
        assertThat(first.committed()).containsExactly("glossary: +1 concept, 1 edited");
        assertThat(second.newConflicts()).isEmpty();
        assertThat(Cells.get(a, GLOSSARY, "cKursk", "en")).isEqualTo("Kursk Oblast");
        assertThat(Cells.get(a, GLOSSARY, "cSeoul", "en")).isEqualTo("Seoul");
        assertThat(Cells.get(a, GLOSSARY, lee, "uk")).isEqualTo("Лі Мін Бок|Лі Мінбок");
        assertThat(Cells.get(a, GLOSSARY, lee, "note")).isEqualTo("person");
        assertThat(Cells.text(a, GLOSSARY)).isEqualTo(Cells.text(b, GLOSSARY));
    }

    @Test
    void aConceptDeletedHereAndEditedThereIsKeptAsAConflict() throws Exception {
        String yoon = Cells.conceptId(a, GLOSSARY, "Yoon Suk Yeol");
        String text = Cells.text(a, GLOSSARY);
        Files.writeString(a.resolve(GLOSSARY), text.lines().filter(l -> !l.startsWith("Yoon Suk Yeol"))
                .reduce("", (x, y) -> x + y + "\n"));
        Cells.set(b, GLOSSARY, yoon, "note", "president");
        sync(a, ANN);
        SyncResult result = sync(b, BOHDAN);
        assertThat(result.newConflicts()).singleElement().satisfies(c -> {
            assertThat(c.isRow()).isTrue();
            assertThat(c.label()).isEqualTo("Yoon Suk Yeol");
        });
        assertThat(Cells.get(b, GLOSSARY, yoon, "note")).isEqualTo("president");
    }

    @Test
    void oneCellChangedOnBothSidesKeepsOursWithTheConflictBesideItUntilSettled() throws Exception {
        Cells.set(a, DOC, "p4", "uk", "Версія Анни");
        Cells.set(b, DOC, "p4", "uk", "Версія Богдана");
        sync(a, ANN);
        SyncResult result = sync(b, BOHDAN);
        assertThat(result.pushed()).isTrue();
        assertThat(result.conflictsLeft()).isEqualTo(1);
        assertThat(Cells.text(b, DOC)).doesNotContain("<<<<<<<").contains("Версія Богдана").doesNotContain("Версія Анни");
        ConflictStore store = new ConflictStore(b);
        assertThat(store.all()).containsExactly(new Conflict(DOC, "p4", "p4", "uk", "", "Версія Богдана", "Версія Анни"));
        assertThat(Files.exists(b.resolve(".triptych/conflicts/" + DOC))).isTrue();
        try (Git git = Git.open(b.toFile())) {
            assertThat(git.status().call().isClean()).as("the conflicts are not committed").isTrue();
        }

        StringWriter out = new StringWriter();
        Cli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", b.toString(), "--format", "json");
        assertThat(out.toString()).contains("\"kind\": \"unresolved-conflict\"").contains("Версія Анни");

        store.resolve(store.all().get(0), "Версія Анни");
        StringWriter after = new StringWriter();
        Cli.execute(new PrintWriter(after), new PrintWriter(new StringWriter()), "check", b.toString(), "--format", "json");
        assertThat(after.toString()).doesNotContain("\"kind\": \"unresolved-conflict\"");
        assertThat(store.all()).isEmpty();
        assertThat(Cells.get(b, DOC, "p4", "uk")).isEqualTo("Версія Анни");
        sync(b, BOHDAN);
        sync(a, ANN);
        assertThat(Cells.text(a, DOC)).isEqualTo(Cells.text(b, DOC));
    }

    @Test
    void aPushTheRemoteRefusesLosesNothingAndSaysSo() throws Exception {
        Cells.set(a, DOC, "p4", "uk", "Не загубиться");
        Path refLock = bare.resolve("refs/heads/main.lock");
        Files.writeString(refLock, "held by another push");
        assertThatThrownBy(() -> sync(a, ANN))
                .isInstanceOf(TeamException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("committed here");
        assertThat(Cells.get(a, DOC, "p4", "uk")).isEqualTo("Не загубиться");
        try (Git git = Git.open(a.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertThat(head.getShortMessage()).isEqualTo("uk: 1 paragraph translated");
            assertThat(git.status().call().isClean()).isTrue();
        }

        Files.delete(refLock);
        assertThat(sync(a, ANN).pushed()).isTrue();
        sync(b, BOHDAN);
        assertThat(Cells.get(b, DOC, "p4", "uk")).isEqualTo("Не загубиться");
    }

    @Test
    void theCommandLineSyncsAndSaysWhenConflictsAreLeft() throws Exception {
        Cells.set(a, DOC, "p2", "ko", "A");
        Cells.set(b, DOC, "p2", "ko", "B");
        try (TeamRepository team = TeamRepository.open(b)) {
            team.rememberAuthor(BOHDAN);
        }
        assertThat(cli("sync", a.toString(), "--author", "Ann <ann@example.org>")).isZero();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "sync", b.toString(),
                "--author", "Bohdan <bohdan@example.org>");
        assertThat(code).isEqualTo(Cli.FINDINGS);
        assertThat(err.toString()).contains("1 conflict left");
        assertThat(cli("sync", dir.resolve("nowhere").toString())).isEqualTo(Cli.BAD_INPUT);
    }

    static int cli(String... args) {
        return Cli.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void theHistoryOfACellSaysWhoChangedItWhenAndToWhat() throws Exception {
        Cells.set(a, DOC, "p4", "uk", "Перша версія");
        sync(a, ANN);
        sync(b, BOHDAN);
        Cells.set(b, DOC, "p4", "uk", "Друга версія");
        sync(b, BOHDAN);
        sync(a, ANN);
        try (TeamRepository team = TeamRepository.open(a)) {
            var history = team.history(DOC, "p4", "uk", 10);
            assertThat(history).extracting(TeamRepository.CellVersion::author, TeamRepository.CellVersion::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Bohdan", "Друга версія"),
                            org.assertj.core.groups.Tuple.tuple("Ann", "Перша версія"));
        }
    }

    @Test
    void joiningFromTheCommandLineClonesTheWorkspaceAndRefusesAFolderInUse() throws Exception {
        Path c = dir.resolve("c");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Cli.execute(new PrintWriter(out), new PrintWriter(err), "join", url, c.toString())).isZero();
        assertThat(out.toString()).contains("joined " + url, "1 document, 1 glossary");
        assertThat(Cells.text(c, DOC)).isEqualTo(Cells.text(a, DOC));
        try (TeamRepository team = TeamRepository.open(c)) {
            assertThat(team.remoteUrl()).contains(url);
        }

        StringWriter refused = new StringWriter();
        assertThat(Cli.execute(new PrintWriter(new StringWriter()), new PrintWriter(refused), "join", url, a.toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.toString()).contains("is not an empty folder");
    }

    @Test
    void aRemoteWithoutAWorkspaceOrACancelledJoinLeavesTheFolderAsItWas() throws Exception {
        Path plain = dir.resolve("plain.git");
        Git.init().setBare(true).setDirectory(plain.toFile()).setInitialBranch("main").call().close();
        Path source = Files.createDirectories(dir.resolve("source"));
        try (Git git = Git.init().setDirectory(source.toFile()).setInitialBranch("main").call()) {
            Files.writeString(source.resolve("README"), "not a workspace\n");
            git.add().addFilepattern("README").call();
            git.commit().setMessage("readme").setAuthor("Ann", "ann@example.org").setCommitter("Ann", "ann@example.org")
                    .setSign(false).call();
            git.push().setRemote(plain.toUri().toString()).add("main").call();
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> TeamRepository.join(plain.toUri().toString(), empty, null))
                .isInstanceOf(TeamException.class).hasMessageContaining("holds no Triptych workspace");
        assertThat(empty).isEmptyDirectory();

        Path cancelled = dir.resolve("cancelled");
        org.triptych.task.Progress stopped = new org.triptych.task.Progress() {
            @Override
            public void step(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> TeamRepository.join(url, cancelled, null, stopped))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(cancelled).doesNotExist();
    }

    @Test
    void aGlossaryConflictIsAFindingOfCheckOnTheParagraphsMentioningTheConceptUntilSettled() throws Exception {
        String lee = Cells.conceptId(a, GLOSSARY, "Lee Min-bok");
        Cells.set(a, GLOSSARY, lee, "uk", "Лі Мін Бок|Лі Мінбок");
        Cells.set(b, GLOSSARY, lee, "uk", "Лі Мін Бок|Лі Мін-Бок");
        sync(a, ANN);
        SyncResult result = sync(b, BOHDAN);
        assertThat(result.newConflicts()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo(GLOSSARY);
            assertThat(c.column()).isEqualTo("uk");
        });

        List<String> conflicts = unresolvedConflicts(b);
        assertThat(conflicts).as("on the paragraph mentioning the concept, and on the glossary's row").hasSize(2);
        assertThat(conflicts.get(0))
                .contains("\"paragraph\": \"p2\"", "\"lang\": \"uk\"", "Lee Min-bok", "in uk", "Лі Мінбок");
        assertThat(conflicts.get(1)).contains("\"paragraph\": null", "\"line\": " + lineOf(b, GLOSSARY, "Lee Min-bok"),
                "\"lang\": \"uk\"", "Лі Мінбок");

        ConflictStore store = new ConflictStore(b);
        store.resolve(store.all().get(0), "Лі Мін Бок");
        assertThat(unresolvedConflicts(b)).isEmpty();
    }

    @Test
    void aConflictNoParagraphCheckShowsIsAFindingOfItsFile() throws Exception {
        Files.writeString(a.resolve(GLOSSARY), Cells.text(a, GLOSSARY) + "Kim Yo-jong,김여정,,Кім Йо Чжон,,,\n");
        sync(a, ANN);
        sync(b, BOHDAN);
        String kim = Cells.conceptId(a, GLOSSARY, "Kim Yo-jong");
        Cells.set(a, GLOSSARY, kim, "uk", "Кім Йо Чжон|Кім Йочжон");
        Cells.set(b, GLOSSARY, kim, "uk", "Кім Йо Чжон|Кім Йо-чжон");
        Cells.set(a, DOC, "p3", "ko", "");
        Cells.set(b, DOC, "p3", "ko", "바뀐 번역");
        sync(a, ANN);
        assertThat(sync(b, BOHDAN).newConflicts()).hasSize(2);
        Cells.set(b, DOC, "p3", "ko", "");

        List<String> conflicts = unresolvedConflicts(b);
        assertThat(conflicts).as("no paragraph mentions Kim Yo-jong, and p3's Korean is empty here").hasSize(2);
        assertThat(conflicts).anySatisfy(f -> assertThat(f).contains("\"paragraph\": null",
                "\"line\": " + lineOf(b, GLOSSARY, "Kim Yo-jong"), "Kim Yo-jong", "Кім Йочжон"));
        assertThat(conflicts).anySatisfy(f -> assertThat(f).contains("\"paragraph\": \"p3\"", "\"lang\": \"ko\""));
        StringWriter text = new StringWriter();
        assertThat(Cli.execute(new PrintWriter(text), new PrintWriter(new StringWriter()), "check", b.toString()))
                .isEqualTo(Cli.FINDINGS);
        assertThat(text.toString()).contains("names-and-terms.csv:" + lineOf(b, GLOSSARY, "Kim Yo-jong")
                + ": [uk] unresolved-conflict \"Kim Yo-jong\"");
    }

    /** The 1-based line of the glossary row whose first column is {@code english}. */
    static int lineOf(Path root, String glossary, String english) throws Exception {
        return org.triptych.io.CsvTable.read(root.resolve(glossary)).rows().stream()
                .filter(row -> row.cells().get(0).equals(english)).findFirst().orElseThrow().line();
    }

    /** The unresolved-conflict findings of {@code triptych check ROOT --format json}, one JSON object each. */
    static List<String> unresolvedConflicts(Path root) {
        StringWriter out = new StringWriter();
        Cli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", root.toString(), "--format", "json");
        return java.util.Arrays.stream(out.toString().split("\\{"))
                .filter(finding -> finding.contains("\"kind\": \"unresolved-conflict\"")).toList();
    }
}
