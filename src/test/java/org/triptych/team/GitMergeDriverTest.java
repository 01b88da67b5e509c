package org.triptych.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.Cli;
import org.triptych.ui.SampleCopy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The merge cases through plain git: {@code triptych git-setup} registers the driver, git runs it on {@code git pull}.
 * Needs the git program ({@code .ci/run} installs it); the driver runs this build's classes with a new Java.
 */
class GitMergeDriverTest {

    static final String DOC = TeamRepositoryTest.DOC;
    static final String GLOSSARY = TeamRepositoryTest.GLOSSARY;

    @TempDir
    Path dir;
    Path a;
    Path b;

    record Run(int code, String output) {
    }

    static Run git(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Tester", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** How git runs Triptych here: this Java with the test's class path (the build's classes and libraries). */
    static String triptychCommand() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -cp '" + classPath + "' org.triptych.app.Main";
    }

    static void setup(Path workspace) {
        int code = Cli.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "git-setup", workspace.toString(), "--command", triptychCommand());
        assertThat(code).isZero();
    }

    @BeforeEach
    void twoClonesOfOneRemote() throws Exception {
        assumeTrue(hasGit(), "the git program is not installed (.ci/run installs it)");
        Path bare = dir.resolve("remote.git");
        assertThat(git(dir, "init", "--bare", "-b", "main", bare.toString()).code()).isZero();
        a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        assertThat(git(a, "init", "-b", "main").code()).isZero();
        setup(a);
        ConceptIds.assign(a.resolve(GLOSSARY));
        git(a, "add", "-A");
        assertThat(git(a, "commit", "-m", "shared").code()).isZero();
        git(a, "remote", "add", "origin", bare.toString());
        assertThat(git(a, "push", "-u", "origin", "main").code()).isZero();
        assertThat(git(dir, "clone", bare.toString(), "b").code()).isZero();
        b = dir.resolve("b");
        setup(b);
    }

    private void commitAndPush(Path clone) throws Exception {
        git(clone, "commit", "-am", "edits");
        assertThat(git(clone, "push").code()).isZero();
    }

    @Test
    void gitMergesDifferentCellsOfOneRowAndConceptsAddedOnBothSides() throws Exception {
        Cells.set(a, DOC, "p4", "ko", "외교부");
        Cells.set(a, GLOSSARY, "cKursk", "en", "Kursk Oblast");
        String lee = Cells.conceptId(a, GLOSSARY, "Lee Min-bok");
        Cells.set(a, GLOSSARY, lee, "note", "person");
        commitAndPush(a);
        Cells.set(b, DOC, "p4", "uk", "Міністерство");
        Cells.set(b, DOC, "p4", "uk_status", "draft");
        Files.writeString(b.resolve(DOC), Cells.text(b, DOC) + "p5,Added in b.,,,,,\n");
        Cells.set(b, GLOSSARY, "cSeoul", "en", "Seoul");
        Cells.set(b, GLOSSARY, lee, "uk", "Лі Мін Бок|Лі Мінбок");
        git(b, "add", "-A");
        git(b, "commit", "-m", "edits");

        Run pull = git(b, "pull", "--no-rebase", "--no-edit");
        assertThat(pull.code()).as(pull.output()).isZero();
        assertThat(Cells.text(b, DOC)).doesNotContain("<<<<<<<");
        assertThat(Cells.get(b, DOC, "p4", "ko")).isEqualTo("외교부");
        assertThat(Cells.get(b, DOC, "p4", "uk")).isEqualTo("Міністерство");
        assertThat(Cells.get(b, DOC, "p4", "uk_status")).isEqualTo("draft");
        assertThat(Cells.get(b, DOC, "p5", "en")).isEqualTo("Added in b.");
        assertThat(Cells.get(b, GLOSSARY, "cKursk", "en")).isEqualTo("Kursk Oblast");
        assertThat(Cells.get(b, GLOSSARY, "cSeoul", "en")).isEqualTo("Seoul");
        assertThat(Cells.get(b, GLOSSARY, lee, "note")).isEqualTo("person");
        assertThat(Cells.get(b, GLOSSARY, lee, "uk")).isEqualTo("Лі Мін Бок|Лі Мінбок");
    }

    @Test
    void aCellChangedOnBothSidesStopsTheMergeWithAValidFileAndTheConflictKeptBesideIt() throws Exception {
        Cells.set(a, DOC, "p4", "uk", "Версія А");
        commitAndPush(a);
        Cells.set(b, DOC, "p4", "uk", "Версія Б");
        git(b, "commit", "-am", "edits");

        Run pull = git(b, "pull", "--no-rebase", "--no-edit");
        assertThat(pull.code()).as(pull.output()).isNotZero();
        assertThat(pull.output()).contains("conflict in " + DOC);
        assertThat(Cells.text(b, DOC)).doesNotContain("<<<<<<<").doesNotContain("Версія А");
        assertThat(Cells.get(b, DOC, "p4", "uk")).isEqualTo("Версія Б");
        assertThat(new ConflictStore(b).all())
                .containsExactly(new Conflict(DOC, "p4", "p4", "uk", "", "Версія Б", "Версія А"));
        assertThat(git(b, "status", "--porcelain").output()).doesNotContain(".triptych");
    }
}
