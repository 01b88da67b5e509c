package org.triptych.cli;

import org.triptych.team.Conflict;
import org.triptych.team.ConflictStore;
import org.triptych.team.FileMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code triptych merge-file BASE OURS THEIRS}: git's merge driver for workspace CSVs (registered by {@code git-setup}).
 * Writes the merge into OURS, as git expects; conflicts keep ours and are kept in {@code .triptych/conflicts/}.
 */
@Command(name = "merge-file", mixinStandardHelpOptions = true,
        description = "Merges three versions of a workspace CSV by paragraph and cell (documents) or by concept "
                + "(glossaries), never line by line, and writes the result into OURS (git's merge driver: "
                + "'triptych merge-file %O %A %B --path %P'). The result is always a valid CSV holding your version "
                + "where both sides changed a cell; those conflicts are kept in .triptych/conflicts/ for the window. "
                + "Exit 0: merged; 1: conflicts kept; 2: error.")
public final class MergeFileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version.")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version; receives the merge.")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version.")
    Path theirs;

    @Option(names = "--path", paramLabel = "PATH",
            description = "The file's path in the workspace (git's %%P): tells a document from a glossary and names "
                    + "the file the conflicts are kept for.")
    String path;

    @Option(names = "--workspace", paramLabel = "WS",
            description = "The workspace root, where .triptych/conflicts/ is (default: here, where git runs drivers).")
    Path workspace = Path.of(".");

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String file = path != null ? path.replace('\\', '/') : ours.getFileName().toString();
        FileMerge.Result result = FileMerge.merge(file, read(base), read(ours), read(theirs));
        // OURS is git's temporary copy, not a workspace file: written in place, without a backup beside it.
        Files.write(ours, result.merged());
        if (result.conflicts().isEmpty()) {
            return Cli.OK;
        }
        new ConflictStore(workspace).add(file, result.conflicts());
        for (Conflict c : result.conflicts()) {
            err.println("triptych: conflict in " + file + ", " + c.label() + " " + (c.isRow() ? "(deleted on one side, "
                    + "edited on the other: kept)" : c.column() + ": kept ours"));
        }
        err.println("triptych: " + result.conflicts().size() + " conflict" + (result.conflicts().size() == 1 ? "" : "s")
                + " kept in " + new ConflictStore(workspace).fileFor(file) + "; the file holds your version");
        return Cli.FINDINGS;
    }

    private static byte[] read(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }
}
