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
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        })).hasMessage("disk full");

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
        })).hasMessage("no");

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
}
