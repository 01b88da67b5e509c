package org.triptych.team;

import org.triptych.io.AtomicFiles;
import org.triptych.io.TextFiles;
import org.triptych.io.WorkspaceLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files that make a workspace folder a team repository: {@code .gitattributes} sending the workspace CSVs to
 * Triptych's merge driver, and {@code .gitignore} keeping out what is local (the lock, backups, temporary files,
 * the kept conflicts). Lines already there are kept; missing ones are appended. Any thread but the EDT.
 */
public final class TeamFiles {

    /** The merge driver's name in {@code .gitattributes} and in git's configuration. */
    public static final String DRIVER = "triptych";
    public static final List<String> ATTRIBUTES = List.of(
            "translations/*.csv merge=" + DRIVER,
            "glossaries/*.csv merge=" + DRIVER);
    public static final List<String> IGNORED = List.of(
            ConflictStore.FOLDER + "/", WorkspaceLock.FILE_NAME, "*.bak", ".*.tmp");

    private TeamFiles() {
    }

    /** Writes both files where lines are missing; returns the files it changed. */
    public static List<Path> write(Path root) throws IOException {
        List<Path> changed = new ArrayList<>();
        if (appendMissing(root.resolve(".gitattributes"), ATTRIBUTES)) {
            changed.add(root.resolve(".gitattributes"));
        }
        if (appendMissing(root.resolve(".gitignore"), IGNORED)) {
            changed.add(root.resolve(".gitignore"));
        }
        return changed;
    }

    private static boolean appendMissing(Path file, List<String> lines) throws IOException {
        String text = Files.exists(file) ? TextFiles.readUtf8(file) : "";
        List<String> present = text.lines().map(String::strip).toList();
        StringBuilder out = new StringBuilder(text);
        boolean changed = false;
        for (String line : lines) {
            if (!present.contains(line)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(line).append('\n');
                changed = true;
            }
        }
        if (changed) {
            AtomicFiles.writeString(file, out.toString());
        }
        return changed;
    }
}
