package org.triptych.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notices when the {@code *.csv} files of a folder were added, removed or rewritten, by comparing their
 * modification times and sizes with those remembered. Not thread-safe: keep it on one background thread.
 */
public final class FolderWatch {

    private record Stamp(long modified, long size) {
    }

    private final Path dir;
    private Map<Path, Stamp> known = Map.of();

    public FolderWatch(Path dir) {
        this.dir = dir;
    }

    /** Remembers the folder as it is now. */
    public void remember() {
        known = scan();
    }

    /** True when the folder differs from what was remembered; remembers the new state. */
    public boolean changed() {
        Map<Path, Stamp> now = scan();
        boolean changed = !now.equals(known);
        known = now;
        return changed;
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> stamps = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return stamps;
        }
        try (var files = Files.list(dir)) {
            List<Path> csv = files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList();
            for (Path f : csv) {
                try {
                    stamps.put(f, new Stamp(Files.getLastModifiedTime(f).toMillis(), Files.size(f)));
                } catch (IOException e) {
                    // removed between listing and reading: it counts as absent
                }
            }
        } catch (IOException e) {
            return known;
        }
        return stamps;
    }
}
