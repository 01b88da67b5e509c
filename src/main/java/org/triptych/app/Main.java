package org.triptych.app;

import org.triptych.check.Terminology;
import org.triptych.cli.Cli;
import org.triptych.cli.TriptychCommand;
import org.triptych.cli.VersionProvider;
import org.triptych.diagnostics.LibraryLog;
import org.triptych.model.Concept;
import org.triptych.ui.UiSettings;
import org.triptych.ui.Workbench;

import java.awt.Dimension;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Entry point of the jar. No arguments, a path, or {@code --screenshot}: the workbench window. Anything
 * else: the command line ({@link Cli#execute}).
 */
public final class Main {

    /** Exit code meaning "the window is open; do not exit". */
    static final int WINDOW_OPEN = -1;

    private Main() {
    }

    public static void main(String[] args) {
        // Before any library class loads: POI's log goes to a file, never to the terminal.
        LibraryLog.install(LibraryLog.defaultFile());
        int code = execute(args);
        if (code != WINDOW_OPEN) {
            System.exit(code);
        }
    }

    static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before picocli builds its model of every command, which costs more than the rest of the run.
            out.println(VersionProvider.line());
            out.flush();
            return Cli.OK;
        }
        if (args.length > 0 && args[0].equals("--screenshot")) {
            return screenshot(args, err);
        }
        if (args.length == 0) {
            WorkbenchApp.openWindow(Path.of("").toAbsolutePath(), UiSettings.user(), terminology());
            return WINDOW_OPEN;
        }
        if (args.length == 1 && !args[0].startsWith("-") && !TriptychCommand.subcommandNames().contains(args[0])
                && Files.exists(Path.of(args[0]))) {
            WorkbenchApp.openWindow(Path.of(args[0]), UiSettings.user(), terminology());
            return WINDOW_OPEN;
        }
        return Cli.execute(out, err, args);
    }

    /** {@code --screenshot FILE [--size WxH] [PATH]}: renders the window on PATH (default: here) to FILE. */
    private static int screenshot(String[] args, PrintWriter err) {
        Path png = null;
        Path workspace = Path.of("").toAbsolutePath();
        Dimension size = new Dimension(1600, 1000);
        try {
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--size") && i + 1 < args.length) {
                    String[] wh = args[++i].toLowerCase(java.util.Locale.ROOT).split("x");
                    size = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
                } else if (png == null) {
                    png = Path.of(args[i]);
                } else {
                    workspace = Path.of(args[i]);
                }
            }
        } catch (RuntimeException e) {
            err.println("triptych: --size takes WIDTHxHEIGHT, e.g. --size 1600x1000");
            return Cli.BAD_INPUT;
        }
        if (png == null) {
            err.println("triptych: usage: --screenshot FILE [--size WxH] [PATH]");
            return Cli.BAD_INPUT;
        }
        try {
            // Fixed settings, not the user's: the picture must not depend on who takes it.
            UiSettings settings = UiSettings.inMemory();
            settings.setLanguage(java.util.Locale.ENGLISH);
            Workbench.screenshot(workspace, png, size, settings, terminology());
            return Cli.OK;
        } catch (IOException e) {
            err.println("triptych: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }

    /** The terminology engine the window uses for a glossary. */
    static Function<List<Concept>, Terminology> terminology() {
        return Terminology::of;
    }
}
