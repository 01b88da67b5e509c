package org.triptych.io;

import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Opens workspaces: every {@code translations/*.csv} and {@code glossaries/*.csv} under a folder. Any thread. */
public final class WorkspaceStore {

    /** How old a temporary file must be to count as left by a killed save: no live save pauses this long. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private WorkspaceStore() {
    }

    /** True when {@code dir} has a {@code translations} or {@code glossaries} folder. */
    public static boolean isWorkspace(Path dir) {
        return Files.isDirectory(dir.resolve(Workspace.TRANSLATIONS)) || Files.isDirectory(dir.resolve(Workspace.GLOSSARIES));
    }

    /**
     * The workspace a document belongs to: the parent of its {@code translations} folder, or the
     * document's own folder when it lies elsewhere.
     */
    public static Path workspaceOf(Path document) {
        Path parent = document.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(Workspace.TRANSLATIONS) && parent.getParent() != null) {
            return parent.getParent();
        }
        return parent;
    }

    /**
     * Loads the whole workspace; any bad file fails the whole load, so nothing is half-loaded. Reading changes no
     * file; only temporary files of killed saves are removed first ({@link #removeStaleTempFiles}).
     */
    public static Workspace open(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new BadFileException(root, 0, "not a folder");
        }
        removeStaleTempFiles(root);
        List<Document> documents = new ArrayList<>();
        for (Path file : csvFiles(root.resolve(Workspace.TRANSLATIONS))) {
            documents.add(DocumentCodec.read(file));
        }
        return new Workspace(root, documents, readGlossaries(root));
    }

    /**
     * Removes what saves killed midway (kill -9, a power cut) left behind in {@code translations/},
     * {@code glossaries/} and {@code backups/}: hidden temporary files of {@link AtomicFiles}' own naming, last
     * written over {@link #STALE_AFTER} ago, and only while no other writer holds the {@link WorkspaceLock} (a live
     * save's file is never taken). Best effort, never fails; returns how many were removed. Any thread.
     */
    public static int removeStaleTempFiles(Path root) {
        List<Path> folders = List.of(root.resolve(Workspace.TRANSLATIONS), root.resolve(Workspace.GLOSSARIES),
                root.resolve(Workspace.BACKUPS));
        if (folders.stream().noneMatch(folder -> AtomicFiles.hasStaleTemps(folder, STALE_AFTER))) {
            return 0; // the usual case: nothing to do, and no lock file is made
        }
        try {
            return WorkspaceLock.update(root, Duration.ZERO, () -> {
                int removed = 0;
                for (Path folder : folders) {
                    removed += AtomicFiles.removeStaleTemps(folder, STALE_AFTER);
                }
                return removed;
            });
        } catch (IOException e) {
            return 0; // another writer is busy, or the folder is read-only: next time
        }
    }

    public static List<Glossary> readGlossaries(Path root) throws IOException {
        List<Glossary> glossaries = new ArrayList<>();
        for (Path file : csvFiles(root.resolve(Workspace.GLOSSARIES))) {
            glossaries.add(GlossaryCodec.read(file));
        }
        return glossaries;
    }

    /** The {@code *.csv} files directly in {@code dir}, sorted by name; none when the folder is missing. */
    public static List<Path> csvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
