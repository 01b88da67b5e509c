package org.triptych.session;

import org.triptych.team.Author;
import org.triptych.team.Conflict;
import org.triptych.team.ConflictStore;
import org.triptych.team.Credentials;
import org.triptych.team.SyncResult;
import org.triptych.team.TeamException;
import org.triptych.team.TeamRepository;
import org.triptych.task.TaskRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The team side of an open workspace: share it, synchronise it with its remote, list and settle the conflicts a
 * merge left, read a cell's history. Synchronising first writes what the document and the glossaries have unsaved,
 * then commits, fetches, merges and pushes ({@link TeamRepository}); the merged files are then taken in by the
 * document's and the glossaries' usual merge with the disk, so the caret and an edit in progress stay.
 *
 * <p>Threads: every method returns at once; the work runs in order on the session's {@value #LANE} lane, and the
 * futures complete there (the window continues on the EDT itself).
 */
public final class TeamWork implements AutoCloseable {

    static final String LANE = "team";

    private final Path root;
    private final DocumentSync document;
    private final GlossaryService<?> glossaries;
    private final ScheduledExecutorService lane;
    /** Checks the open document again: the conflicts are findings, and a kept conflict changes no file. */
    private final Runnable recheck;
    private ScheduledFuture<?> periodic;

    TeamWork(Path root, DocumentSync document, GlossaryService<?> glossaries, TaskRunner tasks, Runnable recheck) {
        this.root = root;
        this.document = document;
        this.glossaries = glossaries;
        this.recheck = recheck;
        this.lane = tasks.lane(LANE + " " + root.getFileName(), true);
    }

    /** True when the workspace folder is a git repository with a remote (blocking file check, any thread). */
    public boolean isShared() {
        if (!TeamRepository.isRepository(root)) {
            return false;
        }
        try (TeamRepository team = TeamRepository.open(root)) {
            return team.remoteUrl().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** The author git's configuration names, if any. */
    public CompletableFuture<Optional<Author>> configuredAuthor() {
        return run(() -> {
            if (!TeamRepository.isRepository(root)) {
                return Optional.empty();
            }
            try (TeamRepository team = TeamRepository.open(root)) {
                return team.configuredAuthor();
            }
        });
    }

    /** Writes what is unsaved, then shares the workspace to {@code url} (see {@link TeamRepository#share}). */
    public CompletableFuture<SyncResult> share(String url, Author author, Credentials credentials) {
        return run(() -> {
            saveAll();
            try (TeamRepository team = TeamRepository.share(root, url, author, credentials)) {
                if (author != null && team.configuredAuthor().isEmpty()) {
                    team.rememberAuthor(author);
                }
            }
            takeIn();
            return new SyncResult(List.of(), List.of(), List.of(), new ConflictStore(root).all().size(), List.of(), true);
        });
    }

    /** Writes what is unsaved, synchronises with the remote and takes the merged files in. */
    public CompletableFuture<SyncResult> synchronise(Author fallback, Credentials credentials) {
        return run(() -> synchroniseHere(fallback, credentials));
    }

    /** On the lane. */
    private SyncResult synchroniseHere(Author fallback, Credentials credentials) throws IOException {
        saveAll();
        SyncResult result;
        try (TeamRepository team = TeamRepository.open(root)) {
            if (fallback != null && team.configuredAuthor().isEmpty()) {
                team.rememberAuthor(fallback);
            }
            result = team.synchronise(fallback, credentials);
        }
        takeIn();
        if (!result.newConflicts().isEmpty()) {
            recheck.run();
        }
        return result;
    }

    /**
     * Synchronises every {@code period} (none when null), telling {@code done} of each result or failure (a {@link
     * TeamException} when the remote could not be reached). Replaces any earlier period.
     */
    public synchronized void synchroniseEvery(Duration period, Author fallback, Credentials credentials,
                                              Consumer<Object> done) {
        if (periodic != null) {
            periodic.cancel(false);
            periodic = null;
        }
        if (period != null) {
            periodic = lane.scheduleWithFixedDelay(() -> {
                Object outcome;
                try {
                    outcome = synchroniseHere(fallback, credentials); // already on the lane: run, never wait for it
                } catch (IOException | RuntimeException e) {
                    outcome = e;
                }
                done.accept(outcome);
            }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The conflicts merges left in the workspace. */
    public CompletableFuture<List<Conflict>> conflicts() {
        return run(() -> new ConflictStore(root).all());
    }

    /** Settles a conflict with {@code value} (see {@link ConflictStore#resolve}) and takes the file in. */
    public CompletableFuture<Void> resolve(Conflict conflict, String value) {
        return run(() -> {
            saveAll();
            new ConflictStore(root).resolve(conflict, value);
            takeIn();
            recheck.run();
            return null;
        });
    }

    /** The versions of one cell, newest first ({@link TeamRepository#history}). */
    public CompletableFuture<List<TeamRepository.CellVersion>> history(String file, String key, String column) {
        return run(() -> {
            if (!TeamRepository.isRepository(root)) {
                return List.of();
            }
            try (TeamRepository team = TeamRepository.open(root)) {
                return team.history(file, key, column, 50);
            }
        });
    }

    private void saveAll() throws IOException {
        if (document != null && !document.flush()) {
            throw new TeamException(TeamException.Reason.OTHER, "cannot save " + document.file()
                    + " before synchronising; nothing was sent", null);
        }
        glossaries.flush().join();
    }

    /** Lets the document and the glossaries merge what the team step wrote, at once rather than at the next poll. */
    private void takeIn() {
        glossaries.reloadFromDisk().join();
        if (document != null) {
            document.changeOnDisk(() -> null).join();
        }
    }

    private interface Work<T> {
        T call() throws IOException;
    }

    private <T> CompletableFuture<T> run(Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, lane);
    }

    @Override
    public synchronized void close() {
        if (periodic != null) {
            periodic.cancel(false);
        }
        lane.shutdown(); // what was asked before closing still runs
    }
}
