package org.triptych.cli;

import org.triptych.diagnostics.LibraryLog;
import org.triptych.io.WorkspaceLock;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/** Runs the command line; testable because it returns the exit code instead of exiting. */
public final class Cli {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TriptychCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // A library's failure: its stack trace goes to the log file, which the one line names.
            String message = oneLine(e);
            cmd.getErr().println("triptych: " + message + LibraryLog.details(message, e));
            cmd.getErr().flush();
            return BAD_INPUT;
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // One line a script can log; the full usage is one --help away.
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("triptych: " + oneLine(e) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionStrategy(parsed -> {
            // Named in the workspace lock, so a writer kept waiting learns which command holds it.
            List<CommandLine> commands = parsed.asCommandLineList();
            WorkspaceLock.describeProcess(commands.get(commands.size() - 1).getCommandSpec().qualifiedName());
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }

    /** The usage text of the top-level command. */
    public static String usage() {
        return new CommandLine(new TriptychCommand()).getUsageMessage();
    }
}
