package org.triptych.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.TriptychCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed app's command ({@code src/dist/triptych}) sends a run to the window's launcher (the JVM's defaults)
 * or to the command-line launcher (batch JVM options) as {@link Main} decides between window and command line; it
 * is run here for real with two stand-in launchers that say which one was called. Both shell launchers name the
 * commands that are never paths: the list must be {@link TriptychCommand}'s subcommands.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherChoiceTest {

    private static final Pattern COMMAND_NAMES = Pattern.compile("(?m)^\\s*(?:-\\*\\|)?([a-z-]+(?:\\|[a-z-]+)+)\\) ;;$");

    @TempDir
    Path dir;

    private Path command;

    @BeforeEach
    void installStandIns() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("app/bin"));
        command = bin.resolve("triptych");
        Files.copy(Path.of("src/dist/triptych"), command);
        standIn(bin.resolve("Triptych"), "window");
        standIn(bin.resolve("triptych-cli"), "cli");
        assertThat(command.toFile().setExecutable(true)).isTrue();
        Files.createDirectories(dir.resolve("workspace/translations"));
        Files.writeString(dir.resolve("check"), "a file named like a command");
    }

    @Test
    void theWindowOpensForNoArgumentsAScreenshotOrOneExistingPath() throws Exception {
        assertThat(run()).isEqualTo("window");
        assertThat(run("--screenshot", "out.png", "workspace")).isEqualTo("window --screenshot out.png workspace");
        assertThat(run("workspace")).isEqualTo("window workspace");
        assertThat(run("workspace/translations")).isEqualTo("window workspace/translations");
    }

    @Test
    void commandsOptionsAndMissingPathsGoToTheCommandLineLauncher() throws Exception {
        assertThat(run("check", "workspace")).isEqualTo("cli check workspace");
        assertThat(run("check")).isEqualTo("cli check"); // a file of that name exists here: still the command
        assertThat(run("--version")).isEqualTo("cli --version");
        assertThat(run("no-such-folder")).isEqualTo("cli no-such-folder");
    }

    @Test
    void aLinkOnThePathReachesTheLaunchersBesideTheCommand() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/bin")).resolve("triptych"), command);
        assertThat(runCommand(link, List.of("stats"))).isEqualTo("cli stats");
    }

    @Test
    void bothLaunchersNameExactlyTheSubcommands() throws IOException {
        Set<String> subcommands = new TreeSet<>(new CommandLine(new TriptychCommand()).getSubcommands().keySet());
        assertThat(commandNames(Path.of("src/dist/triptych"))).isEqualTo(subcommands);
        assertThat(commandNames(Path.of("triptych"))).isEqualTo(subcommands);
    }

    private static Set<String> commandNames(Path script) throws IOException {
        Matcher names = COMMAND_NAMES.matcher(Files.readString(script));
        assertThat(names.find()).as("a case of command names in %s", script).isTrue();
        return new TreeSet<>(Arrays.asList(names.group(1).split("\\|")));
    }

    private static void standIn(Path launcher, String name) throws IOException {
        Files.writeString(launcher, "#!/bin/sh\necho " + name + " \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
    }

    private String run(String... args) throws Exception {
        return runCommand(command, List.of(args));
    }

    private String runCommand(Path script, List<String> args) throws Exception {
        List<String> line = new ArrayList<>(List.of(script.toString()));
        line.addAll(args);
        Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }
}
