package org.triptych.cli;

import org.triptych.io.WorkspaceStore;
import org.triptych.model.Workspace;
import org.triptych.team.Credentials;
import org.triptych.team.TeamException;
import org.triptych.team.TeamRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code triptych join URL DIR}: clones a shared workspace, the command line's Team > Join workspace…. */
@Command(name = "join", mixinStandardHelpOptions = true,
        description = "Joins a shared workspace: clones the git remote URL (a bare repository on a shared drive, "
                + "https://… or ssh://…) into DIR, a folder that must not exist or be empty. Then open DIR in the "
                + "window or run 'triptych sync DIR'. Exit 0: joined; 2: error (DIR is left as it was).")
public final class JoinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The shared workspace's git remote.")
    String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "The new workspace folder.")
    Path folder;

    @Mixin
    RemoteUserOption remote = new RemoteUserOption();

    @Override
    public Integer call() throws Exception {
        Credentials credentials = remote.credentials();
        Path root = folder.toAbsolutePath().normalize();
        try (TeamRepository team = TeamRepository.join(url, root, credentials)) {
            int documents = count(team.root(), Workspace.TRANSLATIONS);
            int glossaries = count(team.root(), Workspace.GLOSSARIES);
            spec.commandLine().getOut().println("joined " + url + " in " + team.root() + ": " + documents
                    + (documents == 1 ? " document, " : " documents, ") + glossaries
                    + (glossaries == 1 ? " glossary" : " glossaries"));
            return Cli.OK;
        } catch (TeamException e) {
            spec.commandLine().getErr().println("triptych: " + e.getMessage());
            return Cli.BAD_INPUT;
        } finally {
            if (credentials != null) {
                credentials.forget();
            }
        }
    }

    private static int count(Path root, String folder) throws IOException {
        return WorkspaceStore.csvFiles(root.resolve(folder)).size();
    }
}
