package org.triptych.team;

import org.triptych.io.BadFileException;
import org.triptych.io.CsvTable;
import org.triptych.io.TextFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Merges three versions of one workspace CSV given as bytes (from git's objects, or the temporary files git hands a
 * merge driver): parses them strictly, merges them with {@link TableMerge}, and gives back the merged file's bytes
 * and its conflicts. Plain Java; any thread.
 */
public final class FileMerge {

    /** The merged file's bytes (always valid CSV, conflicts settled as ours) and the conflicts. */
    public record Result(byte[] merged, java.util.List<Conflict> conflicts) {
        public Result {
            conflicts = java.util.List.copyOf(conflicts);
        }
    }

    private FileMerge() {
    }

    /**
     * Merges; a missing version is null (a file added on both sides has no base).
     *
     * @param file the file relative to the workspace root with {@code /}: decides its kind and names it in conflicts
     * @throws BadFileException when a version is not a CSV Triptych reads, naming the version and line
     */
    public static Result merge(String file, byte[] base, byte[] ours, byte[] theirs) throws BadFileException {
        return merge(file, table(file, "base", base), table(file, "ours", ours), table(file, "theirs", theirs));
    }

    /** Merges versions already parsed ({@link #table}); a missing version is {@link TableMerge.Table#EMPTY}. */
    public static Result merge(String file, TableMerge.Table b, TableMerge.Table o, TableMerge.Table t) {
        CsvKind kind = CsvKind.of(file, !o.header().isEmpty() ? o.header() : !t.header().isEmpty() ? t.header() : b.header());
        TableMerge.Result result = TableMerge.merge(file, kind, b, o, t);
        return new Result(result.merged().format().getBytes(StandardCharsets.UTF_8), result.conflicts());
    }

    /** One version as a table; null or empty bytes are the empty table. */
    public static TableMerge.Table table(String file, String version, byte[] bytes) throws BadFileException {
        if (bytes == null || bytes.length == 0) {
            return TableMerge.Table.EMPTY;
        }
        Path named = Path.of(file + " (" + version + ")");
        return TableMerge.Table.of(CsvTable.parse(named, TextFiles.decodeUtf8(named, bytes)));
    }
}
