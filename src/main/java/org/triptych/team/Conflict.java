package org.triptych.team;

/**
 * One cell both sides of a merge changed differently, or one row deleted on one side and edited on the other. The
 * merged file holds {@code ours} (for a row, the edited row is kept); the conflict waits in {@link ConflictStore}
 * until someone chooses.
 *
 * @param file   the workspace file, relative to the workspace root with {@code /} ({@code translations/a.csv})
 * @param key    the row's key ({@link CsvKind}): a paragraph id, a concept id, or {@code en:} and an English term
 * @param label  what people call the row: the paragraph id or the concept's English term
 * @param column the column as named in the file, or {@link #ROW} for a row deleted on one side and edited on the
 *               other (then {@code ours} or {@code theirs} is empty for the side that deleted it)
 */
public record Conflict(String file, String key, String label, String column, String base, String ours, String theirs) {

    /** The column of a conflict about a whole row. */
    public static final String ROW = "*";

    /** True when the conflict is about a whole row (deleted on one side, edited on the other). */
    public boolean isRow() {
        return column.equals(ROW);
    }

    /** The same conflict seen from the other side. */
    Conflict swapped() {
        return new Conflict(file, key, label, column, base, theirs, ours);
    }
}
