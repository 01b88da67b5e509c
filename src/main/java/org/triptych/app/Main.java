package org.triptych.app;

import org.triptych.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the jar: command-line subcommands, or the workbench window when there are none. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return Cli.execute(out, err, args);
    }
}
