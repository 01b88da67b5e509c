package org.triptych.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file on disk looked like when last read or written: its modification time and size (cheap to
 * poll) and a digest of its bytes (so touching a file without changing it is not a change).
 */
public record DiskStamp(long modified, long size, byte[] digest) {

    public static final DiskStamp MISSING = new DiskStamp(-1, -1, new byte[0]);

    /** Only time and size, for polling; {@link #sameTimeAndSize} compares these. */
    public static DiskStamp quick(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskStamp(a.lastModifiedTime().toMillis(), a.size(), new byte[0]);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    public static DiskStamp of(Path file, byte[] content) throws IOException {
        DiskStamp quick = quick(file);
        return new DiskStamp(quick.modified, quick.size, digest(content));
    }

    public boolean sameTimeAndSize(DiskStamp other) {
        return modified == other.modified && size == other.size;
    }

    public boolean sameContent(byte[] content) {
        return Arrays.equals(digest, digest(content));
    }

    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiskStamp s && modified == s.modified && size == s.size && Arrays.equals(digest, s.digest);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(modified) * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "DiskStamp[" + modified + ", " + size + "]";
    }
}
