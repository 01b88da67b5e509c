package org.triptych.team;

import org.triptych.io.AtomicFiles;
import org.triptych.io.CsvTable;
import org.triptych.io.WorkspaceLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conflicts a merge left, kept beside the workspace in {@code .triptych/conflicts/} (which git ignores), one CSV
 * per workspace file under the same relative path, until someone settles them. The workspace files themselves stay
 * valid CSV holding "ours". Every change holds the {@link WorkspaceLock}. Any thread but the EDT (file work).
 */
public final class ConflictStore {

    /** The folder, relative to the workspace root, that git is told to ignore. */
    public static final String FOLDER = ".triptych";
    private static final List<String> HEADER = List.of("key", "label", "column", "base", "ours", "theirs");

    private final Path root;

    public ConflictStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the conflicts of {@code file} (relative, with {@code /}) are kept. */
    public Path fileFor(String file) {
        return root.resolve(FOLDER).resolve("conflicts").resolve(file.replace('/', java.io.File.separatorChar));
    }

    /**
     * Adds conflicts of one file; one already kept for the same row and column is replaced by the newer. Call it
     * holding the workspace lock, or through {@link #add}.
     */
    void addLocked(String file, List<Conflict> conflicts) throws IOException {
        if (conflicts.isEmpty()) {
            return;
        }
        List<Conflict> all = new ArrayList<>(of(file));
        for (Conflict c : conflicts) {
            all.removeIf(old -> old.key().equals(c.key()) && old.column().equals(c.column()));
            all.add(c);
        }
        write(file, all);
    }

    /** Adds conflicts of one file under the workspace lock. */
    public void add(String file, List<Conflict> conflicts) throws IOException {
        WorkspaceLock.update(root, WorkspaceLock.DEFAULT_TIMEOUT, () -> {
            addLocked(file, conflicts);
            return null;
        });
    }

    /** The conflicts kept for {@code file}. */
    public List<Conflict> of(String file) throws IOException {
        Path stored = fileFor(file);
        if (!Files.isRegularFile(stored)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(stored);
        List<Conflict> conflicts = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            conflicts.add(new Conflict(file, row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4), row.cell(5)));
        }
        return conflicts;
    }

    /** Every conflict kept in the workspace, file by file in name order. */
    public List<Conflict> all() throws IOException {
        Path folder = root.resolve(FOLDER).resolve("conflicts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Conflict> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path stored : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                all.addAll(of(folder.relativize(stored).toString().replace(java.io.File.separatorChar, '/')));
            }
        }
        return all;
    }

    /**
     * Settles a conflict: the row's cell in the workspace file takes {@code value} (for a {@link Conflict#ROW}
     * conflict, an empty value deletes the row and any other keeps it as it is), and the conflict is forgotten.
     * The file is read and written inside the workspace lock, so an edit saved meanwhile is not lost.
     */
    public void resolve(Conflict conflict, String value) throws IOException {
        WorkspaceLock.update(root, root.resolve(conflict.file()), WorkspaceLock.DEFAULT_TIMEOUT, () -> {
            Path target = root.resolve(conflict.file());
            if (Files.isRegularFile(target)) {
                CsvTable table = CsvTable.read(target);
                CsvKind kind = CsvKind.of(conflict.file(), table.header());
                List<String> header = new ArrayList<>(table.header());
                if (!conflict.isRow() && !header.contains(conflict.column())) {
                    header.add(conflict.column());
                }
                List<List<String>> rows = new ArrayList<>();
                boolean changed = false;
                for (CsvTable.Row row : table.rows()) {
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() < header.size()) {
                        cells.add("");
                    }
                    if (!kind.ownKey(table.header(), row.cells()).equals(conflict.key())) {
                        rows.add(cells);
                    } else if (conflict.isRow()) {
                        changed |= value.isEmpty();
                        if (!value.isEmpty()) {
                            rows.add(cells);
                        }
                    } else {
                        int column = header.indexOf(conflict.column());
                        changed |= !cells.get(column).equals(value);
                        cells.set(column, value);
                        rows.add(cells);
                    }
                }
                if (changed) {
                    CsvTable.save(target, header, rows);
                }
            }
            List<Conflict> left = new ArrayList<>(of(conflict.file()));
            left.removeIf(c -> c.key().equals(conflict.key()) && c.column().equals(conflict.column()));
            write(conflict.file(), left);
            return null;
        });
    }

    private void write(String file, List<Conflict> conflicts) throws IOException {
        Path stored = fileFor(file);
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(stored);
            Files.deleteIfExists(AtomicFiles.backupOf(stored));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Conflict c : conflicts) {
            rows.add(List.of(c.key(), c.label(), c.column(), c.base(), c.ours(), c.theirs()));
        }
        Files.createDirectories(stored.getParent());
        AtomicFiles.writeString(stored, CsvTable.format(HEADER, rows));
    }
}
