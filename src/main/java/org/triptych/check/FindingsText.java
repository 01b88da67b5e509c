package org.triptych.check;

import org.triptych.i18n.CoreMessages;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One line per finding, {@code FILE:LINE: [lang] rule "term": message} ({@code "term"} left out when the finding
 * is about no glossary term), the shape editors and terminals turn into a jump to the row.
 */
public final class FindingsText {

    private FindingsText() {
    }

    /** The line for one finding; {@code displayPath} decides how the document is named. */
    public static String line(Finding f, Function<Path, String> displayPath, CoreMessages messages) {
        return displayPath.apply(f.document()) + ":" + f.line() + ": [" + f.lang() + "] " + f.rule()
                + (f.term().isEmpty() ? "" : " \"" + f.term() + "\"") + ": " + messages.format(f.messageKey(), f.arguments());
    }

    public static void write(PrintWriter out, List<Finding> findings, Function<Path, String> displayPath,
                             CoreMessages messages) {
        for (Finding f : findings) {
            out.println(line(f, displayPath, messages));
        }
    }
}
