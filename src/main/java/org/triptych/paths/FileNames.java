package org.triptych.paths;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the user gives to a document or a glossary ({@code import --name}, {@code glossary import --name}, the
 * window's dialogs) are file names, never paths: one name that is valid on Linux, macOS and Windows alike, and
 * that resolves to a file directly inside its folder. Pure functions; any thread.
 */
public final class FileNames {

    /** UTF-8 bytes allowed in a name, leaving room for the extension, the backup and temporary-file suffixes under 255. */
    public static final int MAX_BYTES = 200;

    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9\u00B9\u00B2\u00B3]|LPT[1-9\u00B9\u00B2\u00B3])");
    private static final String FORBIDDEN_CHARACTERS = "<>:\"|?*";

    /** Why a name cannot be a file name; {@link #describe()} says it in one English line. */
    public enum Problem {
        EMPTY("is empty"),
        SEPARATOR("contains / or \\: give a name, not a path"),
        LEADING_DOT("starts with a dot (\".\" and \"..\" are folders, other such names are hidden files)"),
        FORBIDDEN_CHARACTER("contains one of < > : \" | ? *, which Windows does not allow in file names"),
        CONTROL_CHARACTER("contains a control character"),
        EDGE("starts or ends with a space, or ends with a dot"),
        RESERVED("is reserved on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension)"),
        TOO_LONG("is too long for a file name");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }

    private FileNames() {
    }

    /** What is wrong with {@code name} as a file name, or empty when it is fine. */
    public static Optional<Problem> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of(Problem.SEPARATOR);
        }
        if (name.startsWith(".")) {
            return Optional.of(Problem.LEADING_DOT);
        }
        if (name.codePoints().anyMatch(FileNames::isControl)) {
            return Optional.of(Problem.CONTROL_CHARACTER);
        }
        if (name.chars().anyMatch(c -> FORBIDDEN_CHARACTERS.indexOf(c) >= 0)) {
            return Optional.of(Problem.FORBIDDEN_CHARACTER);
        }
        if (name.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (!name.strip().equals(name) || name.endsWith(".")) {
            return Optional.of(Problem.EDGE);
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (RESERVED.matcher(stem).matches()) {
            return Optional.of(Problem.RESERVED);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The file {@code name + extension} directly inside {@code folder}.
     *
     * @param what what the name names, for the message ("the glossary name")
     * @throws IllegalArgumentException saying what is wrong when {@code name} is not a plain file name
     */
    public static Path inside(Path folder, String name, String extension, String what) {
        problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(what + " \"" + printable(name) + "\" " + p.describe());
        });
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(name + extension).normalize();
        // The checks above make this hold; kept as the last word on where the file goes.
        if (!dir.equals(file.getParent())) {
            throw new IllegalArgumentException(what + " \"" + printable(name) + "\" does not stay inside " + dir);
        }
        return file;
    }

    /** {@code name} with control characters shown as {@code \\uXXXX}, so a message stays on one line. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (isControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** C0/C1 controls, line and paragraph separators, and the bidirectional overrides that disguise a name. */
    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }
}
