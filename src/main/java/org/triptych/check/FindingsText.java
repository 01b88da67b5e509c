package org.triptych.check;

import org.triptych.i18n.CoreMessages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One line per finding, {@code FILE:LINE: [lang] rule "term": message} ({@code "term"} left out when the finding
 * is about no glossary term), the shape editors and terminals turn into a jump to the row. Written as the
 * findings arrive, in large pieces, without flushing each line. One thread.
 */
public final class FindingsText {

    private static final String LINE_BREAK = System.lineSeparator();

    private final Writer out;
    private final Function<Path, String> displayPath;
    private final MessageCache messages;
    private Path lastDocument;
    private String lastDisplayed;

    public FindingsText(Writer out, Function<Path, String> displayPath, CoreMessages messages) {
        this.out = new OutputBuffer(out);
        this.displayPath = displayPath;
        this.messages = new MessageCache(messages);
    }

    /** The line for one finding; {@code displayPath} decides how the document is named. */
    public static String line(Finding f, Function<Path, String> displayPath, CoreMessages messages) {
        StringWriter line = new StringWriter();
        try {
            FindingsText text = new FindingsText(line, displayPath, messages);
            text.write(f);
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.toString().substring(0, line.getBuffer().length() - LINE_BREAK.length());
    }

    public void write(Finding f) throws IOException {
        if (f.document() != lastDocument) { // one document's findings come together: name it once
            lastDocument = f.document();
            lastDisplayed = displayPath.apply(f.document());
        }
        out.write(lastDisplayed);
        out.write(':');
        out.write(Integer.toString(f.line()));
        out.write(": [");
        out.write(f.lang());
        out.write("] ");
        out.write(f.rule());
        if (!f.term().isEmpty()) {
            out.write(" \"");
            out.write(f.term());
            out.write('"');
        }
        out.write(": ");
        out.write(messages.message(f));
        out.write(LINE_BREAK);
    }

    public void flush() throws IOException {
        out.flush();
    }
}
