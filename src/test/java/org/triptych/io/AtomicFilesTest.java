package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileIntactAndNoTempFile() throws Exception {
        Path target = dir.resolve("article.csv");
        Files.writeString(target, "id,en\np1,old\n");
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("id,en\np1,new and lo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("cannot save " + target + ": the disk is full; your previous version is intact");

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesInDir()).containsExactly("article.csv");
    }

    @Test
    void anUncheckedFailureAlsoLeavesNoTrace() throws Exception {
        Path target = dir.resolve("article.csv");
        Files.writeString(target, "old\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new UncheckedIOException(new IOException("encoder failed"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(filesInDir()).containsExactly("article.csv");
    }

    @Test
    void aFailedFirstSaveCreatesNothing() {
        Path target = dir.resolve("new.csv");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IOException("no");
        })).hasMessage("cannot save " + target + ": no; nothing was written");

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aSuccessfulSaveKeepsThePreviousVersionAsBak() throws Exception {
        Path target = dir.resolve("article.csv");
        Files.writeString(target, "first\n");

        AtomicFiles.writeString(target, "second\n");
        assertThat(Files.readString(target)).isEqualTo("second\n");
        assertThat(Files.readString(AtomicFiles.backupOf(target))).isEqualTo("first\n");

        AtomicFiles.writeString(target, "third\n");
        assertThat(Files.readString(AtomicFiles.backupOf(target))).isEqualTo("second\n");
        assertThat(filesInDir()).containsExactly("article.csv", "article.csv.bak");
    }

    @Test
    void theFirstSaveCreatesFoldersAndNoBak() throws Exception {
        Path target = dir.resolve("translations/new.csv");

        AtomicFiles.writeString(target, "id,en\n");

        assertThat(Files.readString(target)).isEqualTo("id,en\n");
        assertThat(AtomicFiles.backupOf(target)).doesNotExist();
    }

    @Test
    void theSavedFileKeepsThePermissionsOfThePreviousOne() throws Exception {
        Path target = dir.resolve("article.csv");
        Files.writeString(target, "old\n");
        assumeThat(Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class))
                .as("POSIX permissions").isTrue();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.writeString(target, "new\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    }

    @Test
    void overlappingSavesOfOneFileNeitherFailNorLeaveTemporaryFiles() throws Exception {
        Path target = dir.resolve("names.csv");
        Files.writeString(target, "en\nfirst\n");
        int threads = 6;
        int saves = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < saves; i++) {
                    AtomicFiles.writeString(target, "en\nwriter " + thread + " save " + i + "\n");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS); // before the fix: FileAlreadyExistsException naming only names.csv.bak
        }
        pool.shutdown();

        assertThat(Files.readString(target)).matches("en\nwriter \\d save \\d+\n");
        assertThat(Files.readString(AtomicFiles.backupOf(target))).matches("en\n(writer \\d save \\d+|first)\n");
        assertThat(filesInDir()).containsExactly("names.csv", "names.csv.bak");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path target = dir.resolve("names.csv");
        Files.writeString(target, "en\nKyiv\n");
        assumeThat(Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class))
                .as("POSIX permissions").isTrue();
        // chmod 444; refused by its permission bits, so also when an administrator, who may write anything, saves
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        CannotSaveException e = catchThrowableOfType(CannotSaveException.class,
                () -> AtomicFiles.writeString(target, "en\nSeoul\n"));

        assertThat(e).hasMessage("cannot save " + target + ": the file is read-only (make it writable to save it); "
                + "your previous version is intact");
        assertThat(Files.readString(target)).isEqualTo("en\nKyiv\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("r--r--r--");
        assertThat(filesInDir()).containsExactly("names.csv");
    }

    @Test
    void aSymlinkedFileIsWrittenThroughToItsTargetInTheTargetsFolder() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path real = shared.resolve("names.csv");
        Files.writeString(real, "en\nKyiv\n");
        Path workspace = Files.createDirectories(dir.resolve("workspace/glossaries"));
        Path link = workspace.resolve("names.csv");
        try {
            Files.createSymbolicLink(link, Path.of("../../shared/names.csv"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links on this system: " + e).isTrue();
        }

        AtomicFiles.writeString(link, "en\nSeoul\n");
        AtomicFiles.writeString(link, "en\nBusan\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("en\nBusan\n");
        assertThat(Files.readString(shared.resolve("names.csv.bak"))).isEqualTo("en\nSeoul\n");
        try (Stream<Path> list = Files.list(workspace)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("names.csv");
        }
        try (Stream<Path> list = Files.list(shared)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("names.csv", "names.csv.bak");
        }
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget() throws Exception {
        Path link = dir.resolve("names.csv");
        try {
            Files.createSymbolicLink(link, Path.of("elsewhere/real.csv"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links on this system: " + e).isTrue();
        }

        AtomicFiles.writeString(link, "en\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("elsewhere/real.csv"))).isEqualTo("en\n");
    }

    @Test
    void aFullDiskIsNamedInWordsWithTheUsersFile() throws Exception {
        Path target = dir.resolve("glossaries/names-and-terms.csv");
        AtomicFiles.writeString(target, "en\nKyiv\n");

        CannotSaveException e = catchThrowableOfType(CannotSaveException.class, () -> AtomicFiles.write(target, out -> {
            out.write("en\nSeo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertThat(e).hasMessage("cannot save " + target + ": the disk is full; your previous version is intact");
        assertThat(e.file()).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("en\nKyiv\n");
    }

    @Test
    void errorsThatNameTheHiddenTemporaryFileNameTheUsersFileInstead() throws Exception {
        Path target = dir.resolve("names.csv");
        Files.writeString(target, "en\n");
        String temp = dir.resolve(".names.csv.1x2y3z.tmp").toString();

        CannotSaveException denied = catchThrowableOfType(CannotSaveException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw new java.nio.file.AccessDeniedException(temp);
                }));
        assertThat(denied).hasMessage("cannot save " + target + ": no permission to write in the folder " + dir
                + "; your previous version is intact");

        CannotSaveException readOnlyDisk = catchThrowableOfType(CannotSaveException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw new java.nio.file.FileSystemException(temp, null, "Read-only file system");
                }));
        assertThat(readOnlyDisk.getMessage()).doesNotContain(".tmp").contains("the disk is read-only");

        CannotSaveException other = catchThrowableOfType(CannotSaveException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw new IOException("write failed on " + temp + " after 3 attempts");
                }));
        assertThat(other.getMessage()).doesNotContain(".tmp").startsWith("cannot save " + target + ": write failed on");
    }

    @Test
    void aFolderWithoutWritePermissionIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("glossaries"));
        Path target = folder.resolve("names.csv");
        Files.writeString(target, "en\n");
        assumeThat(Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class))
                .as("POSIX permissions").isTrue();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = folder.resolve("probe");
            boolean writable;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            assumeThat(writable).as("skipped: this user (an administrator) may write in a read-only folder").isFalse();

            CannotSaveException e = catchThrowableOfType(CannotSaveException.class,
                    () -> AtomicFiles.writeString(target, "en\nKyiv\n"));

            assertThat(e).hasMessage("cannot save " + target + ": no permission to write in the folder " + folder
                    + "; your previous version is intact");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void staleTemporaryFilesOfOurOwnNamingAreRemovedAndNothingElse() throws Exception {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - Duration.ofMinutes(5).toMillis());
        List<String> stale = List.of(".names.csv.3k9x1a2b.tmp", ".names.csv.bak.zz01.tmp");
        List<String> kept = List.of(".names.csv.live01.tmp", ".notes.backup.tmp", "names.csv", ".names.csv.X1.tmp");
        for (String name : stale) {
            Files.writeString(dir.resolve(name), "half a save");
            Files.setLastModifiedTime(dir.resolve(name), old);
        }
        for (String name : kept) {
            Files.writeString(dir.resolve(name), "keep");
            if (!name.contains("live")) {
                Files.setLastModifiedTime(dir.resolve(name), old);
            }
        }

        assertThat(AtomicFiles.removeStaleTemps(dir, Duration.ofMinutes(1))).isEqualTo(2);

        assertThat(filesInDir()).containsExactlyInAnyOrderElementsOf(kept);
    }
}
