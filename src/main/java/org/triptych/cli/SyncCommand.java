package org.triptych.cli;

import org.triptych.session.WorkspaceSession;
import org.triptych.team.Author;
import org.triptych.team.Conflict;
import org.triptych.team.Credentials;
import org.triptych.team.SyncResult;
import org.triptych.team.TeamException;
import org.triptych.team.TeamRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code triptych sync [WS]}: commits, fetches, merges by cell and concept, and pushes a shared workspace. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Synchronises a shared workspace with its remote: commits the changes made here (the message "
                + "says what changed), fetches, merges documents by paragraph and cell and glossaries by concept, and "
                + "pushes. Exit 0: merged and pushed; 1: conflicts are left for the window's conflict dialog (the "
                + "files hold your version); 2: error (your changes stay committed here).")
public final class SyncCommand implements Callable<Integer> {

    private static final Pattern NAME_AND_EMAIL = Pattern.compile("\\s*(.*?)\\s*<([^>]*)>\\s*");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WS", description = "The workspace folder (default: here).")
    Path workspace = Path.of(".");

    @Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"",
            description = "Who commits, when git's configuration names no one (user.name, user.email).")
    String author;

    @Mixin
    RemoteUserOption remote = new RemoteUserOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = WorkspaceSession.rootOf(workspace.toAbsolutePath().normalize());
        Author fallback = null;
        if (author != null) {
            Matcher m = NAME_AND_EMAIL.matcher(author);
            fallback = m.matches() ? new Author(m.group(1), m.group(2)) : new Author(author.strip(), "");
        }
        Credentials credentials = remote.credentials();
        SyncResult result;
        try (TeamRepository team = TeamRepository.open(root)) {
            result = team.synchronise(fallback, credentials);
        } catch (TeamException e) {
            err.println("triptych: " + e.getMessage());
            return Cli.BAD_INPUT;
        } finally {
            if (credentials != null) {
                credentials.forget();
            }
        }
        for (String message : result.committed()) {
            out.println("committed: " + message);
        }
        out.println(result.takenIn().isEmpty() ? "nothing new from the team"
                : "taken in: " + String.join(", ", result.takenIn()));
        for (Conflict c : result.newConflicts()) {
            out.println("conflict: " + c.file() + " " + c.label() + " " + (c.isRow() ? "(row deleted on one side, "
                    + "edited on the other: kept)" : c.column() + ": kept \"" + c.ours() + "\", theirs \"" + c.theirs() + "\""));
        }
        for (String file : result.keptOurs()) {
            out.println("kept your version of " + file + " (changed on both sides)");
        }
        out.println(result.pushed() ? "pushed" : "not pushed");
        if (result.conflictsLeft() > 0) {
            err.println("triptych: " + result.conflictsLeft() + " conflict" + (result.conflictsLeft() == 1 ? "" : "s")
                    + " left in " + root.resolve(".triptych").resolve("conflicts") + ": settle them in the window");
            return Cli.FINDINGS;
        }
        return Cli.OK;
    }
}
