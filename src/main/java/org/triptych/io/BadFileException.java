package org.triptych.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file Triptych cannot read: names the file, the 1-based line (0 when the problem is the whole file)
 * and what is wrong, in one line a translator can act on.
 */
public class BadFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public BadFileException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public BadFileException(Path file, long line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String format(Path file, long line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
