package org.triptych.team;

import java.util.List;

/**
 * What a synchronisation did.
 *
 * @param committed    the messages of the commits made of local changes (none when there were none)
 * @param takenIn      the workspace files the remote's changes rewrote here
 * @param newConflicts the conflicts this merge raised (kept in the {@link ConflictStore})
 * @param conflictsLeft how many conflicts the workspace has unsettled now, old ones included
 * @param keptOurs     files other than workspace CSVs both sides changed, kept as they were here
 * @param pushed       true when the remote now has everything committed here
 */
public record SyncResult(List<String> committed, List<String> takenIn, List<Conflict> newConflicts, int conflictsLeft,
                         List<String> keptOurs, boolean pushed) {
    public SyncResult {
        committed = List.copyOf(committed);
        takenIn = List.copyOf(takenIn);
        newConflicts = List.copyOf(newConflicts);
        keptOurs = List.copyOf(keptOurs);
    }
}
