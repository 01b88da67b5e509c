package org.triptych.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One line per finding, {@code FILE:LINE: [lang] kind "term": message}, the shape editors and terminals turn
 * into a jump to the row.
 */
public final class FindingsText {

    private FindingsText() {
    }

    /** The line for one finding; {@code displayPath} decides how the document is named. */
    public static String line(Finding f, Function<Path, String> displayPath) {
        return displayPath.apply(f.document()) + ":" + f.line() + ": [" + f.lang() + "] " + f.kind().id()
                + " \"" + f.term() + "\": " + f.message();
    }

    public static void write(PrintWriter out, List<Finding> findings, Function<Path, String> displayPath) {
        for (Finding f : findings) {
            out.println(line(f, displayPath));
        }
    }
}
