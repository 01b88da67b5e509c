package org.triptych.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts the reason of an I/O error in words a translator can act on ("the disk is full"), whatever the operating
 * system's wording, and keeps file names out of it: the caller names the user's file. Stateless; any thread.
 */
public final class IoErrors {

    /** A path ending in one of {@link AtomicFiles}' temporary files, which the user never made and cannot find. */
    private static final Pattern HIDDEN_TEMP = Pattern.compile("\\S*\\.[^\\s/\\\\]+\\.[0-9a-z]{1,13}\\.tmp\\b");

    private IoErrors() {
    }

    /**
     * The reason of {@code e} in words. {@code file} is the file the operation was about; any other path the
     * exception names (a hidden temporary file, a folder) is left out.
     */
    public static String reason(IOException e, Path file) {
        String text = systemText(e).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("enospc") || text.contains("not enough space")
                || text.contains("disk full") || text.contains("disk is full")) {
            return "the disk is full";
        }
        if (text.contains("quota")) {
            return "the disk quota is used up";
        }
        if (text.contains("read-only file system") || text.contains("erofs")) {
            return "the disk is read-only (a read-only file system)";
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof NotDirectoryException) {
            return "a folder on the way is a file";
        }
        if (text.contains("input/output error")) {
            return "the disk reported an input/output error";
        }
        if (text.contains("file name too long")) {
            return "the file name is too long";
        }
        String words = HIDDEN_TEMP.matcher(systemText(e)).replaceAll("");
        if (file != null) {
            words = words.replace(file.toString(), "");
        }
        words = words.replaceAll("\\s+", " ").strip();
        return words.isEmpty() || words.equals(":") ? "an I/O error (" + e.getClass().getSimpleName() + ")" : words;
    }

    /** The operating system's own words: the reason of a file-system error, not the paths around it. */
    private static String systemText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause()) {
            String part = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return text.toString();
    }
}
