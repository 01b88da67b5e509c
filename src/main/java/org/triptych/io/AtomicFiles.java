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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves user files so that a crash, a full disk or a failing writer never leaves a half-written file:
 * the content goes to a temporary file in the same folder, is forced to disk, and is then moved over
 * the target in one step. The previous version is kept beside it as {@code <file>.bak}.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MOVE_ATTEMPTS = 4;

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 (no BOM), atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code target} atomically. When the content throws, or anything fails before
     * the final move, the target is left exactly as it was and no temporary file remains.
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isRegularFile(target)) {
                keepPermissions(target, temp);
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            replace(temp, target);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
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
