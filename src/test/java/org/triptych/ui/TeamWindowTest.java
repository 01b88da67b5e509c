package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.team.Author;
import org.triptych.team.TeamRepository;
import org.triptych.testing.GuiTest;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.team.TeamFeature;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/**
 * Team work in the real window: a concept another translator added and pushed is highlighted here after Team >
 * Synchronise (Ctrl+Shift+S), and the text being typed stays; Team > Join workspace… clones a shared workspace and
 * opens it.
 */
@GuiTest
class TeamWindowTest {

    @SuppressWarnings("deprecation")
    private static final int CTRL_SHIFT = java.awt.event.InputEvent.CTRL_MASK | java.awt.event.InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;

    private FrameFixture window;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("TeamWindowTest");
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void joiningASharedWorkspaceClonesItAndOpensItInTheWindow() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        TeamRepository.share(a, bare.toUri().toString(), new Author("Ann", "ann@example.org"), null).close();

        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        MainWindow main = WindowTests.newMainWindow();
        GuiActionRunner.execute(() -> main.controller().features().install(teamFeature()));
        window = new FrameFixture(robot, main.frame());
        window.show();
        assertThat(onEdt(() -> main.controller().state().hasWorkspace())).isFalse();

        window.menuItem("menu.team").click();
        window.menuItem("action.team.join").click();
        DialogFixture join = window.dialog("team.join", Timeout.timeout(5000));
        join.textBox("team.join.url").enterText(bare.toUri().toString());
        assertThat(join.textBox("team.join.folder").text()).endsWith("remote"); // proposed from the address
        Path joined = dir.resolve("joined");
        join.textBox("team.join.folder").deleteText().enterText(joined.toString());
        join.button("team.join.ok").click();

        waitFor("the joined workspace open", () -> main.controller().state().hasWorkspace()
                && main.controller().state().session().root().equals(joined) && main.controller().model().getRowCount() == 4);
        assertThat(onEdt(() -> main.controller().model().paragraph(0).source()))
                .isEqualTo(DocumentCodec.read(a.resolve("translations/article.csv")).paragraphs().get(0).source());
        assertThat(TeamRepository.isRepository(joined)).isTrue();
        try (TeamRepository team = TeamRepository.open(joined)) {
            assertThat(team.remoteUrl()).contains(bare.toUri().toString());
        }
    }

    private static Feature teamFeature() {
        return ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get)
                .filter(TeamFeature.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aConceptAddedByAnotherTranslatorIsHighlightedHereAfterSynchronising() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path a = SampleCopy.into(Files.createDirectories(dir.resolve("a")));
        Author ann = new Author("Ann", "ann@example.org");
        TeamRepository.share(a, bare.toUri().toString(), ann, null).close();
        Path b = dir.resolve("b");
        try (TeamRepository joined = TeamRepository.join(bare.toUri().toString(), b, null)) {
            joined.rememberAuthor(new Author("Bohdan", "bohdan@example.org"));
        }

        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        MainWindow main = WindowTests.newMainWindow();
        Feature team = ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get)
                .filter(TeamFeature.class::isInstance).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> main.controller().features().install(team)); // as the application does
        window = new FrameFixture(robot, main.frame());
        window.show();
        WindowTests.openAndWait(main, b, 4);
        String word = "volunteered";
        assertThat(onEdt(() -> main.controller().model().paragraph(0).source())).contains(word);
        assertThat(onEdt(() -> main.controller().table().termsIn(0).stream().noneMatch(t -> t.concept().english().equals(word))))
                .isTrue();

        Path glossary = a.resolve("glossaries/names-and-terms.csv");
        Glossary onDisk = GlossaryCodec.read(glossary);
        GlossaryCodec.save(onDisk.withConcept(new Concept(Map.of("en", List.of(new Term("en", word, true)),
                "uk", List.of(new Term("uk", "зголосилася", true))), Map.of(), "", Map.of(), 0)));
        try (TeamRepository repository = TeamRepository.open(a)) {
            repository.rememberAuthor(ann);
            repository.synchronise(ann, null);
        }

        window.textBox("targetEditor").enterText(" (ще пишу)");
        window.textBox("targetEditor").pressAndReleaseKey(keyCode(KeyEvent.VK_S).modifiers(CTRL_SHIFT));
        waitFor("the new concept highlighted", () -> main.controller().table().termsIn(0).stream()
                .anyMatch(t -> t.concept().english().equals(word)));
        assertThat(window.textBox("targetEditor").text()).endsWith(" (ще пишу)");
        waitFor("the edit sent to the team", () -> {
            try (Git git = Git.open(bare.toFile())) {
                return git.log().setMaxCount(1).call().iterator().next().getAuthorIdent().getName().equals("Bohdan");
            }
        });
    }
}
