package org.triptych.cli;

import org.triptych.session.WorkspaceSession;
import org.triptych.team.TeamFiles;
import org.triptych.team.TeamRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code triptych git-setup [WS]}: lets plain git merge the workspace CSVs with Triptych's merge driver. */
@Command(name = "git-setup", mixinStandardHelpOptions = true,
        description = "Prepares a workspace that is a git repository for plain git: writes .gitattributes (the "
                + "workspace CSVs go to Triptych's merge driver) and .gitignore (the lock, backups and kept "
                + "conflicts), and registers the driver in the repository's own git configuration.")
public final class GitSetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WS", description = "The workspace folder (default: here).")
    Path workspace = Path.of(".");

    @Option(names = "--command", paramLabel = "CMD",
            description = "How git should run Triptych (default: this Java with this class path, as now).")
    String command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = WorkspaceSession.rootOf(workspace.toAbsolutePath().normalize());
        if (!TeamRepository.isRepository(root)) {
            spec.commandLine().getErr().println("triptych: " + root + " is not a git repository (run git init there first)");
            return Cli.BAD_INPUT;
        }
        String driver = command != null ? command : currentCommand();
        TeamFiles.write(root);
        try (TeamRepository team = TeamRepository.open(root)) {
            team.installMergeDriver(driver);
        }
        out.println("merge driver registered: " + driver + " merge-file %O %A %B --path %P");
        out.println("commit .gitattributes and .gitignore so that every clone routes the workspace files to it");
        return Cli.OK;
    }

    /** This very Triptych: the running Java with the running class path (the jar, when run from it). */
    static String currentCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " org.triptych.app.Main";
    }

    /** Quotes for the shell git runs drivers with. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
