package org.triptych.io;

import org.triptych.model.Workspace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes every read-modify-write of a workspace file exclusive, across processes (the command line, the window,
 * a second window) and across threads of one process, so that two writers never lose each other's work.
 *
 * <p>Use: read the file, change it and write it inside {@link #update(Path, Path, Duration, IoCallable)} (or
 * {@link #updateFile(Path, IoCallable)}); never write from a copy read before the call. The lock is held until the
 * callable returns, across the read, the merge and the atomic rename of {@link AtomicFiles}.
 *
 * <p>How: an operating-system lock ({@link FileChannel#tryLock}) on {@value #FILE_NAME} at the workspace root, so
 * a holder that is killed releases it at once (the file itself stays; git ignores it), plus a JVM-wide
 * {@link ReentrantLock} per workspace, since the operating system's lock is per process. The holder writes its
 * process id, command and the time it took the lock into the file; a writer that waits longer than its timeout
 * gets a {@link WorkspaceBusyException} naming them. Re-entrant: a thread that holds the lock may update again
 * (an import writing a backup and a document). Where no lock file can be made (a read-only workspace folder),
 * threads of this process are still serialised.
 *
 * <p>Threads: any thread may call; the callable runs on the calling thread. The window should call it off the
 * EDT, since it may wait up to the timeout. A save of the window, for example:
 * <pre>{@code
 * WorkspaceLock.describeProcess("the Triptych window");              // once, at start-up
 * Document saved = WorkspaceLock.updateFile(file, () -> {
 *     Document onDisk = DocumentCodec.read(file);                     // what other writers saved meanwhile
 *     Document merged = mergeMyEditsInto(onDisk);
 *     DocumentCodec.save(merged);
 *     return merged;
 * });                                                                 // WorkspaceBusyException: keep the edits, retry
 * }</pre>
 */
public final class WorkspaceLock {

    /** The lock file at the workspace root. */
    public static final String FILE_NAME = ".triptych.lock";

    /** How long a writer waits by default: a save of a book-length document takes a few seconds on a slow disk. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Reads, changes and writes workspace files; runs with the lock held. */
    @FunctionalInterface
    public interface IoCallable<T> {
        T call() throws IOException;
    }

    // A region far beyond the holder's note, so that on systems with mandatory locks the note stays readable.
    private static final long REGION = Long.MAX_VALUE - 1;
    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private static final Map<Path, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static volatile String processName = "Triptych";

    /** One workspace's lock in this JVM, and who holds it (for messages), guarded by {@code threads}. */
    private static final class Entry {
        final ReentrantLock threads = new ReentrantLock();
        volatile String holder = "";
        FileChannel channel;
        FileLock fileLock;
    }

    private WorkspaceLock() {
    }

    /**
     * Names this process in the lock file, e.g. {@code triptych glossary add} or {@code the Triptych window}, so that
     * a writer kept waiting is told who holds the workspace.
     */
    public static void describeProcess(String name) {
        processName = name;
    }

    /** Runs {@code readModifyWrite} holding the lock of the workspace {@code file} belongs to, waiting at most the default timeout. */
    public static <T> T updateFile(Path file, IoCallable<T> readModifyWrite) throws IOException {
        return update(rootOf(file), file, DEFAULT_TIMEOUT, readModifyWrite);
    }

    /** Runs {@code readModifyWrite} holding the lock of {@code workspaceRoot}; {@code file} is unknown. */
    public static <T> T update(Path workspaceRoot, Duration timeout, IoCallable<T> readModifyWrite) throws IOException {
        return update(workspaceRoot, null, timeout, readModifyWrite);
    }

    /**
     * Runs {@code readModifyWrite} holding the lock of {@code workspaceRoot}, waiting at most {@code timeout} for
     * another holder to finish.
     *
     * @param file the file about to be saved, named to writers kept waiting; null when several or unknown
     * @throws WorkspaceBusyException when another process or thread held the lock for the whole timeout
     * @throws InterruptedIOException when the waiting thread was interrupted
     */
    public static <T> T update(Path workspaceRoot, Path file, Duration timeout, IoCallable<T> readModifyWrite) throws IOException {
        Files.createDirectories(workspaceRoot);
        Path root = workspaceRoot.toRealPath();
        Entry entry = ENTRIES.computeIfAbsent(root, r -> new Entry());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!entry.threads.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new WorkspaceBusyException(root, entry.holder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to save in " + workspaceRoot);
        }
        try {
            boolean outermost = entry.threads.getHoldCount() == 1;
            if (outermost) {
                String what = file == null ? "the workspace" : shown(root, file);
                entry.holder = what + " is being saved by " + processName + " (pid " + ProcessHandle.current().pid()
                        + ") since " + LocalDateTime.now().format(TIME);
                lockFile(root, entry, deadline);
            }
            try {
                return readModifyWrite.call();
            } finally {
                if (outermost) {
                    unlockFile(entry);
                    entry.holder = "";
                }
            }
        } finally {
            entry.threads.unlock();
        }
    }

    /**
     * The workspace a file belongs to: the parent of its {@code translations} or {@code glossaries} folder, else
     * the file's own folder.
     */
    public static Path rootOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent.getFileName() != null && parent.getParent() != null) {
            String folder = parent.getFileName().toString();
            if (folder.equals(Workspace.TRANSLATIONS) || folder.equals(Workspace.GLOSSARIES)) {
                return parent.getParent();
            }
        }
        return parent;
    }

    private static void lockFile(Path root, Entry entry, long deadline) throws IOException {
        Path lockFile = root.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            return; // a folder this user may not write: only threads of this process are serialised
        } catch (FileSystemException e) {
            if (IoErrors.reason(e, lockFile).startsWith("the disk is read-only")) {
                return;
            }
            throw e;
        }
        try {
            long pause = FIRST_PAUSE_MILLIS;
            FileLock lock;
            while ((lock = channel.tryLock(REGION, 1, false)) == null) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new WorkspaceBusyException(root, otherHolder(lockFile));
                }
                Thread.sleep(Math.min(pause, left));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note(entry).getBytes(StandardCharsets.UTF_8)), 0);
            entry.channel = channel;
            entry.fileLock = lock;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new InterruptedIOException("interrupted while waiting to save in " + root);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void unlockFile(Entry entry) throws IOException {
        FileChannel channel = entry.channel;
        if (channel == null) {
            return;
        }
        entry.channel = null;
        entry.fileLock = null;
        try (channel) {
            channel.truncate(0); // a note left behind would name a holder that is gone
        }
    }

    /** What the holder writes into the lock file: who, since when and what. */
    private static String note(Entry entry) {
        return "pid=" + ProcessHandle.current().pid() + "\n"
                + "command=" + processName.replace('\n', ' ') + "\n"
                + "since=" + LocalDateTime.now().format(DATE_TIME) + "\n"
                + "holder=" + entry.holder.replace('\n', ' ') + "\n";
    }

    /** The holder named in the lock file by another process, as a phrase; a generic one when it has not written yet. */
    private static String otherHolder(Path lockFile) {
        Properties note = new Properties();
        try {
            note.load(new java.io.StringReader(Files.readString(lockFile, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return "";
        }
        String holder = note.getProperty("holder", "");
        String since = note.getProperty("since", "");
        if (holder.isEmpty() || since.length() < 19) {
            return "";
        }
        // The holder wrote its own start time; give the date too when it is not today (a stuck process).
        String today = LocalDate.now().toString();
        return since.startsWith(today) ? holder : holder.replace(" since " + since.substring(11), " since " + since);
    }

    private static String shown(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path real = absolute.getParent() == null ? absolute : absolute.getParent().toRealPath().resolve(absolute.getFileName());
            if (real.startsWith(root)) {
                return root.relativize(real).toString().replace('\\', '/');
            }
        } catch (IOException e) {
            // the folder does not exist yet: name the file as given
        }
        return file.toString();
    }
}
