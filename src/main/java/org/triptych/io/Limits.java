package org.triptych.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Every size limit Triptych applies to what it reads and writes, in one place, and the check that an input is an
 * ordinary file before it is opened. Readers refuse content over a limit with a {@link BadFileException}; writers of
 * workspace files check the same limits first, so no command writes a file that Triptych would refuse to open.
 * Stateless; any thread.
 */
public final class Limits {

    /**
     * A workspace CSV (document or glossary). The whole file is decoded in memory, which takes about three times its
     * size in heap; 256 MB is some twenty times the longest book-length document ever seen in a workspace.
     */
    public static final long MAX_WORKSPACE_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * One cell of a workspace file, one paragraph of a source, one text of an XLIFF, TMX or TBX unit: about 300 pages.
     * Longer text is not a paragraph (the editor could not show it) and, unchecked, one hostile unit could fill the
     * memory before the file limit is reached.
     */
    public static final int MAX_CELL_CHARS = 1_000_000;

    /** An XLIFF, TMX or TBX file: at most what can become one workspace file, since that is where its text goes. */
    public static final long MAX_EXCHANGE_FILE_BYTES = MAX_WORKSPACE_FILE_BYTES;

    /** A source text (.txt, .md, .docx): no article is this long, and a zip bomb may be. */
    public static final long MAX_SOURCE_FILE_BYTES = 64L * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    private Limits() {
    }

    /**
     * Checks, without opening it, that {@code file} is an ordinary file (not a folder, device, FIFO or socket, whose
     * reported size says nothing and whose reading may block or never end) of at most {@code maxBytes}.
     *
     * @return the file's size
     */
    public static long checkReadable(Path file, long maxBytes) throws BadFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
        if (attributes.isDirectory()) {
            throw new BadFileException(file, 0, "this is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new BadFileException(file, 0, "not a regular file (" + kind(file)
                    + "); Triptych reads only ordinary files");
        }
        long size = attributes.size();
        if (size > maxBytes) {
            throw new BadFileException(file, 0, "file is too large (" + megabytes(size) + "; the limit is "
                    + megabytes(maxBytes) + ")");
        }
        return size;
    }

    /** Refuses a text longer than {@link #MAX_CELL_CHARS}; {@code where} says which, e.g. {@code column "ko"}. */
    public static void checkCell(Path file, long line, String where, int length) throws BadFileException {
        if (length > MAX_CELL_CHARS) {
            throw new BadFileException(file, line, tooLong(where, length));
        }
    }

    /** "the text of column "ko" has 1,200,000 characters; the limit is 1,000,000". */
    public static String tooLong(String where, long length) {
        return String.format(Locale.ROOT, "%s has %,d characters; the limit is %,d", where, length, MAX_CELL_CHARS);
    }

    /** A size in MB for messages, never rounded down to a misleading "256 MB" when over a 256 MB limit. */
    public static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    private static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            int type = (Integer) mode & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a device, FIFO or socket";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, FIFO or socket";
        }
    }
}
