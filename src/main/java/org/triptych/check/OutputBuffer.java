package org.triptych.check;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that gathers characters without locking and hands them to the real output in large pieces. The
 * findings writers make a dozen small writes per finding; straight on a {@code PrintWriter} each one took its
 * lock and checked it was open, which cost more than the check itself. One thread.
 */
final class OutputBuffer extends Writer {

    private static final int CHUNK = 1 << 15;

    private final Writer out;
    private final StringBuilder pending = new StringBuilder(CHUNK + 1024);

    OutputBuffer(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        pending.append((char) c);
        spill();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        pending.append(chars, offset, length);
        spill();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        pending.append(text, offset, offset + length);
        spill();
    }

    @Override
    public void write(String text) throws IOException {
        pending.append(text);
        spill();
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        pending.append(text);
        spill();
        return this;
    }

    private void spill() throws IOException {
        if (pending.length() >= CHUNK) {
            out.append(pending);
            pending.setLength(0);
        }
    }

    /** Writes what is pending and flushes the real output. */
    @Override
    public void flush() throws IOException {
        out.append(pending);
        pending.setLength(0);
        out.flush();
    }

    /** Flushes; the real output stays open (it is the caller's). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
