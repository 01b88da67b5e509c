package org.triptych.paths;

import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where exports and imports may write, for the command line and the window alike. An export goes by default
 * to the {@code exports/} folder of the workspace; it writes into a workspace's {@code translations/} or
 * {@code glossaries/} folder only when the user named that file, and never over a file the command reads nor
 * over a workspace document or glossary (or its backup). An import never writes over the file it reads, never
 * treats a glossary as a document nor a document as a glossary. Paths are compared as the file system sees
 * them: symbolic links and {@code ..} resolved, and, for case-insensitive file systems, without regard to case.
 * Reads the file system only; any thread.
 */
public final class OutputTargets {

    /** The workspace folder that receives exports by default. */
    public static final String EXPORTS = "exports";

    /** What an import writes. */
    public enum Kind { DOCUMENT, GLOSSARY }

    /** Why a file may not be written. */
    public enum Reason {
        INPUT("it is a file this command reads"),
        WORKSPACE_FILE("it is a document or glossary of the workspace, or its backup"),
        WORKSPACE_FOLDER("it lies in a workspace's translations/ or glossaries/ folder, where an export goes only when named"),
        NOT_A_DOCUMENT("it lies in a glossaries/ folder: it is a glossary, not a document"),
        NOT_A_GLOSSARY("it lies in a translations/ folder: it is a document, not a glossary");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }

    /** A refused file, why, and for {@link Reason#INPUT} the input it would replace (else null). */
    public record Refusal(Path file, Reason reason, Path input) {

        /** One English line for the command line. */
        public String message() {
            return "refused to write " + file + ": " + reason.describe() + "; nothing was written";
        }
    }

    /** Thrown when a command would write where it must not; nothing has been written. */
    public static final class RefusedException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Refusal refusal;

        public RefusedException(Refusal refusal, String hint) {
            super(refusal.message() + hint);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private OutputTargets() {
    }

    /**
     * The workspace a document or glossary belongs to: the folder holding its {@code translations/} or
     * {@code glossaries/} folder, else the file's own folder.
     */
    public static Path workspaceOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getParent() != null && isWorkspaceFolder(parent)) {
            return parent.getParent();
        }
        return parent;
    }

    /** The default export of {@code input}: {@code exports/NAME.EXTENSION} in its workspace. */
    public static Path defaultExport(Path input, String name, String extension) {
        return workspaceOf(input).resolve(EXPORTS).resolve(name + "." + extension);
    }

    /**
     * Why an export may not write {@code outputs}, or empty when it may.
     *
     * @param inputs the files the export reads
     * @param named  true when the user named the output (with {@code --out}, or picked it in a file chooser)
     */
    public static Optional<Refusal> checkExport(List<Path> outputs, List<Path> inputs, boolean named) {
        for (Path out : outputs) {
            Optional<Refusal> input = sameAsInput(out, inputs);
            if (input.isPresent()) {
                return input;
            }
            boolean inWorkspaceFolder = folders(out).stream().anyMatch(OutputTargets::isWorkspaceFolder);
            if (inWorkspaceFolder && isWorkspaceFile(out)) {
                return Optional.of(new Refusal(out, Reason.WORKSPACE_FILE, null));
            }
            if (inWorkspaceFolder && !named) {
                return Optional.of(new Refusal(out, Reason.WORKSPACE_FOLDER, null));
            }
        }
        return Optional.empty();
    }

    /** Throws when {@link #checkExport} refuses; the message ends with {@code hint}. */
    public static void requireExport(List<Path> outputs, List<Path> inputs, boolean named, String hint) throws RefusedException {
        Optional<Refusal> refusal = checkExport(outputs, inputs, named);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get(), hint);
        }
    }

    /** Why an import may not write {@code target} (a document or a glossary) after reading {@code inputs}, or empty. */
    public static Optional<Refusal> checkImport(Path target, Kind kind, List<Path> inputs) {
        Optional<Refusal> input = sameAsInput(target, inputs);
        if (input.isPresent()) {
            return input;
        }
        String wrongFolder = kind == Kind.DOCUMENT ? Workspace.GLOSSARIES : Workspace.TRANSLATIONS;
        if (folders(target).stream().anyMatch(f -> named(f, wrongFolder))) {
            return Optional.of(new Refusal(target, kind == Kind.DOCUMENT ? Reason.NOT_A_DOCUMENT : Reason.NOT_A_GLOSSARY, null));
        }
        return Optional.empty();
    }

    /** Throws when {@link #checkImport} refuses. */
    public static void requireImport(Path target, Kind kind, List<Path> inputs) throws RefusedException {
        Optional<Refusal> refusal = checkImport(target, kind, inputs);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get(), "");
        }
    }

    /** True when {@code a} and {@code b} are, or would be, the same file. */
    public static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                if (Files.isSameFile(a, b)) { // also hard links and case-insensitive names
                    return true;
                }
            } catch (IOException e) {
                // fall back on the names
            }
        }
        return canonical(a).toString().toLowerCase(Locale.ROOT).equals(canonical(b).toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The absolute path the file system would reach: the longest existing part resolved with its links, the
     * rest with {@code ..} applied as the file system would after creating the missing folders.
     */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null) {
                return absolute.normalize();
            }
            Path base = canonical(parent);
            String name = absolute.getFileName().toString();
            if (name.equals("..")) {
                return base.getParent() == null ? base : base.getParent();
            }
            return name.equals(".") ? base : base.resolve(name);
        }
    }

    private static Optional<Refusal> sameAsInput(Path out, List<Path> inputs) {
        for (Path input : inputs) {
            if (sameFile(out, input)) {
                return Optional.of(new Refusal(out, Reason.INPUT, input));
            }
        }
        return Optional.empty();
    }

    /** The folder holding {@code file} as written (links kept) and as reached (links resolved). */
    private static List<Path> folders(Path file) {
        List<Path> folders = new ArrayList<>(2);
        Path written = file.toAbsolutePath().normalize().getParent();
        Path reached = canonical(file).getParent();
        if (written != null) {
            folders.add(written);
        }
        if (reached != null) {
            folders.add(reached);
        }
        return folders;
    }

    private static boolean isWorkspaceFolder(Path folder) {
        return named(folder, Workspace.TRANSLATIONS) || named(folder, Workspace.GLOSSARIES);
    }

    private static boolean named(Path folder, String name) {
        return folder.getFileName() != null && folder.getFileName().toString().equalsIgnoreCase(name);
    }

    /** A document or glossary as the workspace reads it, or the backup kept beside one; links followed or not. */
    private static boolean isWorkspaceFile(Path file) {
        Path reached = canonical(file);
        boolean exists = Files.exists(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(reached);
        return exists && (workspaceName(file) || workspaceName(reached));
    }

    private static boolean workspaceName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".bak");
    }
}
