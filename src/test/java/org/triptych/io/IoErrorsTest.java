package org.triptych.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The operating system's wording of an I/O error, in the words a translator reads, without hidden file names. */
class IoErrorsTest {

    private static final Path FILE = Path.of("glossaries/names.csv");
    private static final String TEMP = "glossaries/.names.csv.3j4k5l.tmp";

    @Test
    void everyWordingOfAFullDiskSaysSo() {
        assertThat(IoErrors.reason(new IOException("No space left on device"), FILE)).isEqualTo("the disk is full");
        assertThat(IoErrors.reason(new FileSystemException(TEMP, null, "No space left on device"), FILE)).isEqualTo("the disk is full");
        assertThat(IoErrors.reason(new IOException("write error: ENOSPC"), FILE)).isEqualTo("the disk is full");
        assertThat(IoErrors.reason(new IOException("There is not enough space on the disk"), FILE)).isEqualTo("the disk is full");
        assertThat(IoErrors.reason(new IOException("Disk quota exceeded"), FILE)).isEqualTo("the disk quota is used up");
    }

    @Test
    void permissionsReadOnlyDisksAndMissingFilesAreNamed() {
        assertThat(IoErrors.reason(new AccessDeniedException(TEMP), FILE)).isEqualTo("permission denied");
        assertThat(IoErrors.reason(new FileSystemException(TEMP, null, "Read-only file system"), FILE))
                .isEqualTo("the disk is read-only (a read-only file system)");
        assertThat(IoErrors.reason(new NoSuchFileException(TEMP), FILE)).isEqualTo("not found");
    }

    @Test
    void otherReasonsKeepTheirWordsButNoHiddenFile() {
        assertThat(IoErrors.reason(new IOException("stale NFS handle on " + TEMP + " (retry)"), FILE))
                .isEqualTo("stale NFS handle on (retry)");
        assertThat(IoErrors.reason(new FileSystemException(TEMP), FILE)).isEqualTo("an I/O error (FileSystemException)");
    }
}
