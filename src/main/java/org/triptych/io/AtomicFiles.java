package org.triptych.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Saves user files so that a crash, a full disk or a failing writer never leaves a half-written file:
 * the content goes to a temporary file in the same folder, is forced to disk, and is then moved over
 * the target in one step. The previous version is kept beside it as {@code <file>.bak}. Any thread; failures name
 * the user's file and the reason in words ({@link CannotSaveException}).
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MOVE_ATTEMPTS = 4;
    private static final int MAX_LINK_HOPS = 40;
    /** The temporary files {@link #createTemp} makes for a workspace CSV or its backup, and nothing else. */
    private static final Pattern WORKSPACE_TEMP = Pattern.compile("\\..+\\.csv(\\.bak)?\\.[0-9a-z]{1,13}\\.tmp");

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 (no BOM), atomically; see {@link #write}. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code target} atomically. When the content throws, or anything fails before
     * the final move, the target is left exactly as it was and no temporary file remains.
     *
     * <p>A symbolic link is written through: the file it points to is replaced, with the temporary file and the
     * backup beside that file, and the link stays a link. A file without write permission is not replaced.
     * Saves of the same file from several threads or processes may overlap: each is atomic and the last move
     * wins (a read-modify-write that must not lose another writer's change takes {@link WorkspaceLock}).
     *
     * @throws CannotSaveException naming {@code target} and the reason in words when the save failed; a
     *                             {@link BadFileException} or unchecked exception thrown by the content passes through
     */
    public static void write(Path target, Content content) throws IOException {
        Path real = resolveLinks(target);
        Path dir = real.getParent();
        boolean existed = Files.exists(real);
        if (existed && isReadOnly(real)) {
            throw new CannotSaveException(target, "the file is read-only (make it writable to save it)", true, null);
        }
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = createTemp(dir, real.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isRegularFile(real)) {
                keepPermissions(real, temp);
                backUp(real);
            }
            replace(temp, real);
            forceDirectory(dir);
        } catch (BadFileException | CannotSaveException e) {
            throw e;
        } catch (IOException e) {
            throw new CannotSaveException(target, reason(e, target), existed, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The reason of a failed save in words; a denied permission names the folder, where it usually lies. */
    private static String reason(IOException e, Path target) {
        String reason = IoErrors.reason(e, target);
        if (reason.equals("permission denied")) {
            Path folder = target.getParent();
            return "no permission to write in the folder " + (folder == null ? "it is in" : folder.toString());
        }
        if (reason.equals("not found")) {
            Path folder = target.getParent();
            return "its folder " + (folder == null ? "" : folder + " ") + "was removed or cannot be created";
        }
        return reason;
    }

    /**
     * Where a save of {@code target} really goes: the file a symbolic link points to (followed to the end, also
     * when it does not exist yet), else {@code target} itself; absolute.
     */
    static Path resolveLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        if (Files.exists(path)) {
            return path.toRealPath();
        }
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw new CannotSaveException(target, "too many levels of symbolic links", false, null);
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    /**
     * Read-only by its permissions: not writable for this user, or (POSIX) with no write bit at all. The bits are
     * asked too because an administrator may write any file, yet a file marked read-only must stay as it is.
     */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** Copies the current file to {@code .bak} through a temporary file of its own, so overlapping saves never collide. */
    private static void backUp(Path real) throws IOException {
        Path backup = backupOf(real);
        Path temp = createTemp(real.getParent(), backup.getFileName().toString());
        try {
            Files.copy(real, temp, StandardCopyOption.REPLACE_EXISTING);
            replace(temp, backup);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // what is left is a stale temporary file, removed when the workspace is next opened
        }
    }

    /** A new empty file beside the target, hidden and ignored by git ({@code .*.tmp}), with default permissions. */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another save picked the same name; draw again
            }
        }
    }

    /**
     * Removes the temporary files that saves of workspace files ({@code .NAME.csv.<random>.tmp}, and
     * {@code .NAME.csv.bak.<random>.tmp} of their backups) left in {@code dir} when they were killed, if they were
     * last written more than {@code minAge} ago; a live save writes its file continuously and moves it away at once.
     * Best effort: a file that cannot be removed stays. Returns how many were removed.
     */
    public static int removeStaleTemps(Path dir, Duration minAge) {
        int removed = 0;
        for (Path file : staleTemps(dir, minAge)) {
            try {
                Files.delete(file);
                removed++;
            } catch (IOException e) {
                // gone already, or not ours to remove
            }
        }
        return removed;
    }

    /** Whether {@link #removeStaleTemps} would find anything to remove in {@code dir}. */
    public static boolean hasStaleTemps(Path dir, Duration minAge) {
        return !staleTemps(dir, minAge).isEmpty();
    }

    private static List<Path> staleTemps(Path dir, Duration minAge) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        long before = System.currentTimeMillis() - minAge.toMillis();
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> WORKSPACE_TEMP.matcher(f.getFileName().toString()).matches()).toList()) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toMillis() < before) {
                        stale.add(file);
                    }
                } catch (IOException e) {
                    // gone already
                }
            }
        } catch (IOException e) {
            return stale;
        }
        return stale;
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(from).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /**
     * Moves the finished temp file over the target. File systems that refuse an atomic replace (network shares,
     * some FUSE and Windows volumes) get a plain replacing move; Windows briefly denies access to a file that a
     * virus scanner or indexer holds, so a denied move is tried again a few times.
     */
    private static void replace(Path temp, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (AccessDeniedException e) {
                if (attempt == MOVE_ATTEMPTS) {
                    throw e;
                }
                pause(attempt * 50L, e);
            }
        }
    }

    private static void pause(long millis, IOException cause) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Where the previous version of {@code target} is kept. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable on POSIX systems; Windows cannot open a directory, which is fine.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort only: the data itself was already forced
        }
    }
}
