package org.triptych.check;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that gathers characters without locking and hands them to the real output in large pieces. The
 * findings writers make a dozen small writes per finding; straight on a {@code PrintWriter} each one took its
 * lock and checked it was open, which cost more than the check itself. The pieces go out as a char array, never
 * copied into a string. One thread.
 */
final class OutputBuffer extends Writer {

    private static final int CHUNK = 1 << 15;

    private final Writer out;
    private final char[] pending = new char[CHUNK];
    private int length;

    OutputBuffer(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (length == CHUNK) {
            spill();
        }
        pending[length++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        while (count > 0) {
            if (length == CHUNK) {
                spill();
            }
            int n = Math.min(count, CHUNK - length);
            System.arraycopy(chars, offset, pending, length, n);
            length += n;
            offset += n;
            count -= n;
        }
    }

    @Override
    public void write(String text, int offset, int count) throws IOException {
        while (count > 0) {
            if (length == CHUNK) {
                spill();
            }
            int n = Math.min(count, CHUNK - length);
            text.getChars(offset, offset + n, pending, length);
            length += n;
            offset += n;
            count -= n;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    /**
     * Writes {@code text} in double quotes when it holds no character a JSON string must escape (a control
     * character, a quote, a backslash, a line or paragraph separator) and returns true; else writes nothing and
     * returns false. The characters are copied once and checked where they landed.
     */
    boolean writeJsonString(String text) throws IOException {
        int n = text.length();
        if (n + 2 > CHUNK - length) {
            spill();
            if (n + 2 > CHUNK) {
                return false;
            }
        }
        char[] to = pending;
        int from = length + 1;
        text.getChars(0, n, to, from);
        for (int i = from, end = from + n; i < end; i++) {
            char c = to[i];
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        to[length] = '"';
        to[from + n] = '"';
        length = from + n + 1;
        return true;
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    private void spill() throws IOException {
        out.write(pending, 0, length);
        length = 0;
    }

    /** Writes what is pending and flushes the real output. */
    @Override
    public void flush() throws IOException {
        spill();
        out.flush();
    }

    /** Flushes; the real output stays open (it is the caller's). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
