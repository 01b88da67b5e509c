package org.triptych.team;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.triptych.io.AtomicFiles;
import org.triptych.io.BadFileException;
import org.triptych.io.CsvTable;
import org.triptych.io.TextFiles;
import org.triptych.io.WorkspaceLock;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Workspace;
import org.triptych.task.Progress;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A workspace folder as a git repository shared through a remote ({@code origin}): share, join and synchronise, with
 * JGit (no git program needed). Synchronising fetches, then commits what changed here (under the
 * {@link WorkspaceLock}, so a window saving at the same time is never cut in half): straight onto the remote's
 * commit when everything committed here is already there, otherwise as a commit of its own merged with the remote's.
 * Workspace CSVs changed on both sides merge by row and cell ({@link FileMerge}, never git's line merge; conflicts
 * keep ours in the file and go to the {@link ConflictStore}). It writes the merged files atomically and pushes,
 * starting again from the fetch when someone pushed meanwhile. Whatever fails, the work stays committed here and the
 * next synchronisation sends it.
 *
 * <p>Threads: any thread but the EDT (network and file work); one operation at a time per repository.
 */
public final class TeamRepository implements AutoCloseable {

    public static final String REMOTE = "origin";
    /** How often a synchronisation fetches again when the remote moved while it merged. */
    private static final int ATTEMPTS = 5;
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    /**
     * zlib's fastest level for the objects and packs of a workspace repository. A book-length document is a
     * 17 MB blob written again on every synchronisation (the commit, the merge, the pack pushed): at git's default
     * level 6 deflating it was the largest cost of a synchronisation; level 1 takes about 40% of that time, for
     * objects about 40% larger (6.5 MB instead of 4.6 MB) until git packs them as deltas; pushes send deltas.
     */
    static final int COMPRESSION = 1;
    /** JGit's choice of SHA-1: its own, which detects crafted collisions, or the JDK's. */
    static final String SHA1_PROPERTY = "org.eclipse.jgit.util.sha1.implementation";

    static {
        useTheJdksSha1UnlessChosen();
    }

    private final Path root;
    private final Git git;
    private final Repository repo;
    private final ConflictStore conflicts;

    private TeamRepository(Path root, Git git) {
        this.root = root.toAbsolutePath().normalize();
        this.git = git;
        this.repo = git.getRepository();
        this.conflicts = new ConflictStore(this.root);
    }

    /** True when {@code root} is the top of a git repository. */
    public static boolean isRepository(Path root) {
        return Files.exists(root.resolve(Constants.DOT_GIT));
    }

    /** Opens the repository at the workspace root. */
    public static TeamRepository open(Path root) throws IOException {
        try {
            return new TeamRepository(root, Git.open(root.toFile()));
        } catch (RepositoryNotFoundException e) {
            throw new TeamException(TeamException.Reason.NOT_SHARED,
                    root + " is not shared: it is not a git repository (share it first)", e);
        }
    }

    /**
     * Shares a workspace: makes it a repository when it is not one (branch {@code main}), writes the team files
     * ({@link TeamFiles}), gives the glossaries' concepts ids, commits, sets {@code remoteUrl} as {@code origin} and
     * synchronises with it (an empty remote simply receives the workspace).
     */
    public static TeamRepository share(Path root, String remoteUrl, Author fallback, Credentials credentials)
            throws IOException {
        Path workspace = root.toAbsolutePath().normalize();
        if (!WorkspaceStore.isWorkspace(workspace)) {
            throw new BadFileException(workspace, 0, "not a workspace (no translations/ or glossaries/ folder)");
        }
        if (!isRepository(workspace)) {
            try {
                Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call().close();
            } catch (GitAPIException e) {
                throw new TeamException(TeamException.Reason.OTHER, "cannot make " + workspace + " a git repository: "
                        + e.getMessage(), e);
            }
        }
        TeamRepository team = open(workspace);
        try {
            team.compressFast();
            TeamFiles.write(workspace);
            team.setRemote(remoteUrl);
            team.synchronise(fallback, credentials);
            return team;
        } catch (IOException | RuntimeException e) {
            team.close();
            throw e;
        }
    }

    /** Joins a shared workspace: clones {@code remoteUrl} into {@code folder} (see the four-argument form). */
    public static TeamRepository join(String remoteUrl, Path folder, Credentials credentials) throws IOException {
        return join(remoteUrl, folder, credentials, Progress.NONE);
    }

    /**
     * Joins a shared workspace: clones {@code remoteUrl} into {@code folder}, which must not exist or be empty,
     * reporting each step of the transfer to {@code progress}. What was cloned must be a workspace: otherwise, and
     * when cancelled or failed, the folder is left as it was found (JGit removes what it cloned).
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled
     * @throws TeamException when the folder is taken, the remote cannot be read (reason {@code CREDENTIALS} when it
     *                       wants a user name and password) or holds no workspace
     */
    public static TeamRepository join(String remoteUrl, Path folder, Credentials credentials, Progress progress)
            throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new TeamException(TeamException.Reason.OTHER, "cannot join " + remoteUrl + ": " + target
                    + " is not an empty folder", null);
        }
        boolean existed = Files.exists(target);
        Git git;
        try {
            git = Git.cloneRepository().setURI(remoteUrl).setDirectory(target.toFile())
                    .setCredentialsProvider(provider(credentials)).setProgressMonitor(new Monitor(progress)).call();
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("joining " + remoteUrl + " was cancelled");
            }
            throw failure("cannot join " + remoteUrl, e);
        }
        if (!WorkspaceStore.isWorkspace(target)) {
            git.close();
            removeClone(target, existed);
            throw new TeamException(TeamException.Reason.OTHER, "cannot join " + remoteUrl + ": it holds no Triptych "
                    + "workspace (no translations/ or glossaries/ folder)", null);
        }
        TeamRepository team = new TeamRepository(target, git);
        team.compressFast();
        return team;
    }

    /**
     * Hashes with the JDK's SHA-1 (intrinsic, about 30 times faster here) unless the user chose an implementation
     * (the system property, or {@code core.sha1Implementation} in the git configuration). JGit's own detects the
     * crafted collisions of a SHAttered-style attack; to plant one in a team workspace an attacker must already be
     * able to push to it, and hashing the 17 MB blob of a book-length document twice a synchronisation with it
     * took a third of the round trip.
     */
    private static void useTheJdksSha1UnlessChosen() {
        if (System.getProperty(SHA1_PROPERTY) != null) {
            return;
        }
        try {
            String configured = org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig()
                    .getString(org.eclipse.jgit.lib.ConfigConstants.CONFIG_CORE_SECTION, null,
                            org.eclipse.jgit.lib.ConfigConstants.SHA1_IMPLEMENTATION);
            if (configured == null) {
                System.setProperty(SHA1_PROPERTY, "jdkNative");
            }
        } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
            // an unreadable git configuration: JGit keeps its default
        }
    }

    /** Sets {@link #COMPRESSION} in this repository's configuration unless someone chose a level there already. */
    private void compressFast() throws IOException {
        StoredConfig config = repo.getConfig();
        if (config.getString("core", null, "compression") == null) {
            config.setInt("core", null, "compression", COMPRESSION);
            config.save();
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Removes a clone that holds no workspace: the folder itself when joining made it, else what is in it. JGit's
     * automatic gc, started by the clone's fetch, may still hold its log's lock file there for a moment from a
     * thread of its own: the removal is then tried again.
     */
    private static void removeClone(Path folder, boolean keepFolder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteTree(folder, keepFolder);
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                if (attempt == 20) {
                    throw e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while removing " + folder);
            }
        }
    }

    private static void deleteTree(Path folder, boolean keepFolder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!(keepFolder && path.equals(folder))) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** JGit's progress of a transfer, step by step, as {@link Progress} reports it; JGit stops when cancelled. */
    private static final class Monitor implements org.eclipse.jgit.lib.ProgressMonitor {
        private final Progress progress;
        private int total;
        private int done;

        Monitor(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void start(int totalTasks) {
        }

        @Override
        public void beginTask(String title, int totalWork) {
            total = totalWork == UNKNOWN ? 0 : totalWork;
            done = 0;
            progress.step(0, total);
        }

        @Override
        public void update(int completed) {
            done += completed;
            progress.step(done, total);
        }

        @Override
        public void endTask() {
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }

        @Override
        public void showDuration(boolean enabled) {
        }
    }

    public Path root() {
        return root;
    }

    public ConflictStore conflicts() {
        return conflicts;
    }

    /** The remote's address, or empty when the workspace has none. */
    public Optional<String> remoteUrl() {
        return Optional.ofNullable(repo.getConfig().getString("remote", REMOTE, "url"));
    }

    private void setRemote(String url) throws IOException {
        try {
            if (remoteUrl().isPresent()) {
                git.remoteSetUrl().setRemoteName(REMOTE).setRemoteUri(new URIish(url)).call();
            } else {
                git.remoteAdd().setName(REMOTE).setUri(new URIish(url)).call();
            }
        } catch (URISyntaxException e) {
            throw new TeamException(TeamException.Reason.OTHER, "not a git remote address: " + url, e);
        } catch (GitAPIException e) {
            throw failure("cannot set the remote " + url, e);
        }
        StoredConfig config = repo.getConfig();
        config.setString("branch", "main", "remote", REMOTE);
        config.setString("branch", "main", "merge", "refs/heads/main");
        config.save();
    }

    /** The author git's configuration names (this repository's, the user's or the system's), if it names one. */
    public Optional<Author> configuredAuthor() {
        StoredConfig config = repo.getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(new Author(name, email == null ? "" : email));
    }

    /** Remembers the author in this repository's own configuration (the first-run dialog's answer). */
    public void rememberAuthor(Author author) throws IOException {
        StoredConfig config = repo.getConfig();
        config.setString("user", null, "name", author.name());
        config.setString("user", null, "email", author.email());
        config.save();
    }

    /**
     * Registers Triptych's merge driver for plain git in this repository's configuration ({@code merge.triptych}):
     * git runs {@code command merge-file %O %A %B --path %P} for the files {@link TeamFiles#ATTRIBUTES} route to it.
     *
     * @param command how to run Triptych from a shell, e.g. {@code java -jar /opt/triptych/triptych.jar}
     */
    public void installMergeDriver(String command) throws IOException {
        StoredConfig config = repo.getConfig();
        config.setString("merge", TeamFiles.DRIVER, "name", "Triptych: workspace CSVs by row and cell, glossaries by concept");
        config.setString("merge", TeamFiles.DRIVER, "driver", command + " merge-file %O %A %B --path %P");
        config.save();
    }

    // ---- synchronising ----------------------------------------------------------------------------------------

    /**
     * Commits what changed here, fetches, merges by row and cell, writes the merged files and pushes; fetches and
     * merges again when the remote moved meanwhile.
     *
     * @param fallback the author when git's configuration names none (null: then there must be one)
     * @throws TeamException when the remote cannot be reached or refuses the push: the local work is committed
     *                       and the message says so
     */
    public SyncResult synchronise(Author fallback, Credentials credentials) throws IOException {
        Author author = configuredAuthor().orElse(fallback);
        if (author == null) {
            throw new TeamException(TeamException.Reason.NO_AUTHOR,
                    "no author: git's configuration has no user.name; give a name and e-mail first", null);
        }
        if (remoteUrl().isEmpty()) {
            throw new TeamException(TeamException.Reason.NOT_SHARED, root + " has no remote to synchronise with", null);
        }
        compressFast();
        List<String> committed = new ArrayList<>();
        List<String> takenIn = new ArrayList<>();
        List<Conflict> raised = new ArrayList<>();
        List<String> keptOurs = new ArrayList<>();
        Versions versions = new Versions();
        String branch = repo.getBranch();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                fetch(credentials);
            } catch (TeamException e) {
                try {
                    locked(() -> commitPending(author, committed, versions));
                } catch (IOException notCommitted) {
                    e.addSuppressed(notCommitted);
                }
                throw e;
            }
            Ref remote = repo.exactRef(Constants.R_REMOTES + REMOTE + "/" + branch);
            locked(() -> {
                if (remote == null) {
                    commitPending(author, committed, versions);
                } else if (!commitOnto(remote.getObjectId(), author, committed, takenIn, raised, keptOurs, versions)) {
                    commitPending(author, committed, versions);
                    takeIn(remote.getObjectId(), author, takenIn, raised, keptOurs, versions);
                }
                return null;
            });
            if (repo.resolve(Constants.HEAD) == null) {
                break; // nothing here and nothing there
            }
            if (push(branch, credentials)) {
                return new SyncResult(committed, takenIn, raised, conflicts.all().size(), keptOurs, true);
            }
        }
        throw new TeamException(TeamException.Reason.REJECTED, "the remote kept changing while synchronising; your "
                + "changes are committed here: synchronise again", null);
    }

    /**
     * What one synchronisation already holds of the workspace CSVs, by blob id, so that no version is read and
     * parsed twice: the versions the commit compared (the last commit's and the file's) are the merge's base and
     * ours, and the merged file is written from memory.
     */
    private final class Versions {
        private final Map<ObjectId, TableMerge.Table> tables = new HashMap<>();
        private final Map<ObjectId, byte[]> merged = new HashMap<>();

        /** The blob {@code id} of {@code path} as a table; zero id: the empty table. */
        TableMerge.Table table(String path, String version, ObjectId id) throws IOException {
            if (id == null || id.equals(ObjectId.zeroId())) {
                return TableMerge.Table.EMPTY;
            }
            TableMerge.Table table = tables.get(id);
            if (table == null) {
                table = FileMerge.table(path, version, repo.open(id, Constants.OBJ_BLOB).getBytes());
                tables.put(id, table);
            }
            return table;
        }

        void remember(ObjectId id, TableMerge.Table table) {
            tables.put(id, table);
        }

        void rememberMerged(ObjectId id, byte[] content) {
            merged.put(id, content);
        }

        /** The content of blob {@code id}: the merged file kept in memory, or the object git holds. */
        byte[] content(ObjectId id) throws IOException {
            byte[] content = merged.get(id);
            return content != null ? content : repo.open(id, Constants.OBJ_BLOB).getBytes();
        }
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T locked(Locked<T> work) throws IOException {
        return WorkspaceLock.update(root, LOCK_WAIT, work::run);
    }

    /** Commits every change of the working folder, concept ids given first; returns the message, or null. */
    private String commitPending(Author author, List<String> committed, Versions versions) throws IOException {
        assignConceptIds();
        try {
            // Only what status finds changed is hashed again: a book-length document is not read twice.
            Status found = git.status().call();
            if (found.isClean()) {
                return null;
            }
            List<String> toAdd = new ArrayList<>(found.getModified());
            toAdd.addAll(found.getUntracked());
            if (!toAdd.isEmpty()) {
                var add = git.add();
                toAdd.forEach(add::addFilepattern);
                add.call();
            }
            if (!found.getMissing().isEmpty()) {
                var remove = git.rm().setCached(true);
                found.getMissing().forEach(remove::addFilepattern);
                remove.call();
            }
            Status status = git.status().call();
            List<String> changed = new ArrayList<>();
            changed.addAll(status.getAdded());
            changed.addAll(status.getChanged());
            changed.addAll(status.getRemoved());
            if (changed.isEmpty()) {
                return null;
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            DirCache index = repo.readDirCache();
            ChangeSummary summary = new ChangeSummary();
            for (String path : changed.stream().sorted().toList()) {
                if (CsvKind.isWorkspaceCsv(path)) {
                    Path file = root.resolve(path);
                    byte[] now = Files.exists(file) ? Files.readAllBytes(file) : null;
                    try {
                        TableMerge.Table before = versions.table(path, "before", head == null ? null : blobId(head, path));
                        TableMerge.Table after = FileMerge.table(path, "now", now);
                        DirCacheEntry added = index.getEntry(path);
                        if (added != null) {
                            versions.remember(added.getObjectId(), after); // the blob the commit holds
                        }
                        summary.add(path, before, after);
                    } catch (BadFileException e) {
                        summary.addOther();
                    }
                } else {
                    summary.addOther();
                }
            }
            String message = summary.message(head == null ? "Shared the workspace" : "Changed files");
            PersonIdent who = new PersonIdent(author.name(), author.email());
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setNoVerify(true).call();
            committed.add(message);
            return message;
        } catch (GitAPIException e) {
            throw failure("cannot commit the changes in " + root, e);
        }
    }

    private void assignConceptIds() throws IOException {
        for (Path glossary : WorkspaceStore.csvFiles(root.resolve(Workspace.GLOSSARIES))) {
            ConceptIds.assign(glossary);
        }
    }

    /**
     * When everything committed here is already in the remote's commit {@code theirs}, commits the working folder's
     * changes straight onto it: each file changed here that the remote changed too merges by row and cell (the last
     * commit here is the base), and the working folder takes the result in. History stays one line, with one commit
     * per synchronisation, and a book-length document gets one new version to store and push instead of two (ours
     * and the merge). Holds the lock.
     *
     * @return false, having done nothing, when the folder is clean or commits made here are not in {@code theirs}
     */
    private boolean commitOnto(ObjectId theirs, Author author, List<String> committed, List<String> takenIn,
                               List<Conflict> raised, List<String> keptOurs, Versions versions) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null || head.equals(theirs)) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            if (!walk.isMergedInto(walk.parseCommit(head), walk.parseCommit(theirs))) {
                return false;
            }
        }
        assignConceptIds();
        SortedSet<String> changedHere = new TreeSet<>();
        try {
            Status status = git.status().call();
            changedHere.addAll(status.getUncommittedChanges());
            changedHere.addAll(status.getUntracked());
        } catch (GitAPIException e) {
            throw failure("cannot read the changes in " + root, e);
        }
        if (changedHere.isEmpty()) {
            return false;
        }
        List<Conflict> found = new ArrayList<>();
        Map<String, ObjectId> onDisk = new HashMap<>();
        ChangeSummary summary = new ChangeSummary();
        DirCache tree = DirCache.newInCore();
        DirCacheBuilder builder = tree.builder();
        try (ObjectInserter inserter = repo.newObjectInserter(); TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            walk.addTree(repo.parseCommit(theirs).getTree());
            while (walk.next()) {
                if (!changedHere.contains(walk.getPathString())) {
                    add(builder, walk.getPathString(), walk.getFileMode(0), walk.getObjectId(0));
                }
            }
            for (String path : changedHere) {
                Path file = root.resolve(path);
                byte[] now = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                ObjectId base = blobId(head, path);
                ObjectId their = blobId(theirs, path);
                TableMerge.Table ours = null;
                if (CsvKind.isWorkspaceCsv(path)) {
                    try {
                        ours = FileMerge.table(path, "now", now);
                        summary.add(path, versions.table(path, "before", base), ours);
                    } catch (BadFileException e) {
                        summary.addOther(); // committed as it is; the window reports what is wrong with it
                    }
                } else {
                    summary.addOther();
                }
                byte[] result = now;
                if (!Objects.equals(base, their)) {
                    if (ours == null) {
                        keptOurs.add(path);
                    } else {
                        try {
                            FileMerge.Result merged = FileMerge.merge(path, versions.table(path, "base", base), ours,
                                    versions.table(path, "theirs", their));
                            found.addAll(merged.conflicts());
                            result = merged.merged();
                        } catch (BadFileException e) {
                            keptOurs.add(path); // a version git holds is not a CSV Triptych reads: keep ours
                        }
                    }
                }
                onDisk.put(path, now == null ? null : inserter.idFor(Constants.OBJ_BLOB, now));
                if (result != null) {
                    ObjectId blob = inserter.insert(Constants.OBJ_BLOB, result);
                    versions.rememberMerged(blob, result);
                    add(builder, path, FileMode.REGULAR_FILE, blob);
                }
            }
            builder.finish();
            String message = summary.message("Changed files") + keptAsOurs(found);
            ObjectId id = insertCommit(inserter, tree, author, message, theirs);
            try (RevWalk commits = new RevWalk(repo)) {
                moveTo(commits.parseCommit(head), commits.parseCommit(id), takenIn, versions, onDisk);
            }
            committed.add(message);
        }
        raised.addAll(found);
        keep(found);
        return true;
    }

    /** Keeps {@code found} in the {@link ConflictStore}, each beside its file. Holds the lock. */
    private void keep(List<Conflict> found) throws IOException {
        for (String file : found.stream().map(Conflict::file).distinct().toList()) {
            conflicts.addLocked(file, found.stream().filter(c -> c.file().equals(file)).toList());
        }
    }

    private void fetch(Credentials credentials) throws IOException {
        try {
            git.fetch().setRemote(REMOTE).setCredentialsProvider(provider(credentials)).call();
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw failure("cannot fetch from " + remoteUrl().orElse(REMOTE) + "; your changes are committed here", e);
        }
    }

    /** True when pushed (or nothing to push); false when the remote moved meanwhile. */
    private boolean push(String branch, Credentials credentials) throws IOException {
        Iterable<PushResult> results;
        try {
            results = git.push().setThin(!remoteIsFolder()).setRemote(REMOTE).setRefSpecs(new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch))
                    .setCredentialsProvider(provider(credentials)).call();
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw failure("cannot push to " + remoteUrl().orElse(REMOTE) + "; your changes are committed here and the "
                    + "next synchronisation sends them", e);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default -> throw new TeamException(TeamException.Reason.REJECTED, "the remote "
                            + remoteUrl().orElse(REMOTE) + " refused the changes (" + describe(update)
                            + "); they are committed here and the next synchronisation sends them", null);
                }
            }
        }
        return true;
    }

    /**
     * True when the remote is a folder on this machine or a shared drive. A push over the network is thin (deltas
     * against what the remote holds: kilobytes for a few edited cells); a push to a folder sends whole objects, since
     * there the receiving side (this process) would otherwise read, inflate and deflate the delta's base again:
     * about 0.3 s for a book-length document, more than the bytes saved are worth on a local disk.
     */
    private boolean remoteIsFolder() {
        try {
            String scheme = new URIish(remoteUrl().orElse("")).getScheme();
            return scheme == null || scheme.equals("file");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String describe(RemoteRefUpdate update) {
        String message = update.getMessage();
        return update.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Takes the remote's commit in: nothing, a fast-forward, or a merge by row and cell. Holds the lock. */
    private Void takeIn(ObjectId theirs, Author author, List<String> takenIn, List<Conflict> raised,
                        List<String> keptOurs, Versions versions) throws IOException {
        ObjectId ours = repo.resolve(Constants.HEAD);
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit theirCommit = walk.parseCommit(theirs);
            if (ours == null) {
                moveTo(null, theirCommit, takenIn, versions);
                return null;
            }
            RevCommit ourCommit = walk.parseCommit(ours);
            if (walk.isMergedInto(theirCommit, ourCommit)) {
                return null;
            }
            walk.reset();
            if (walk.isMergedInto(ourCommit, theirCommit)) {
                moveTo(ourCommit, theirCommit, takenIn, versions);
                return null;
            }
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(theirs));
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            ObjectId merged = merge(base, walk.parseCommit(ours), walk.parseCommit(theirs), author, raised, keptOurs,
                    versions);
            moveTo(walk.parseCommit(ours), walk.parseCommit(merged), takenIn, versions);
            keep(raised);
            return null;
        }
    }

    /** Builds the merge commit of ours and theirs; workspace CSVs changed on both sides merge by row and cell. */
    private ObjectId merge(RevCommit base, RevCommit ours, RevCommit theirs, Author author, List<Conflict> raised,
                           List<String> keptOurs, Versions versions) throws IOException {
        DirCache tree = DirCache.newInCore();
        DirCacheBuilder builder = tree.builder();
        try (ObjectInserter inserter = repo.newObjectInserter(); TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            if (base == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(base.getTree());
            }
            walk.addTree(ours.getTree());
            walk.addTree(theirs.getTree());
            while (walk.next()) {
                String path = walk.getPathString();
                ObjectId b = walk.getObjectId(0);
                ObjectId o = walk.getObjectId(1);
                ObjectId t = walk.getObjectId(2);
                int side;
                if (o.equals(t) || b.equals(t)) {
                    side = 1;
                } else if (b.equals(o)) {
                    side = 2;
                } else if (CsvKind.isWorkspaceCsv(path)) {
                    side = -1;
                } else {
                    keptOurs.add(path);
                    side = 1;
                }
                if (side > 0) {
                    if (walk.getFileMode(side) != FileMode.MISSING) {
                        add(builder, path, walk.getFileMode(side), walk.getObjectId(side));
                    }
                    continue;
                }
                FileMerge.Result result;
                try {
                    result = FileMerge.merge(path, versions.table(path, "base", b), versions.table(path, "ours", o),
                            versions.table(path, "theirs", t));
                } catch (BadFileException e) {
                    keptOurs.add(path); // a version git holds is not a CSV Triptych reads: keep ours untouched
                    if (walk.getFileMode(1) != FileMode.MISSING) {
                        add(builder, path, walk.getFileMode(1), o);
                    }
                    continue;
                }
                raised.addAll(result.conflicts());
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, result.merged());
                versions.rememberMerged(blob, result.merged());
                add(builder, path, FileMode.REGULAR_FILE, blob);
            }
            builder.finish();
            return insertCommit(inserter, tree, author, "Merged the team's changes" + keptAsOurs(raised), ours, theirs);
        }
    }

    /** Writes {@code tree} and a commit of it by {@code author} on {@code parents}, and flushes them; its id. */
    private static ObjectId insertCommit(ObjectInserter inserter, DirCache tree, Author author, String message,
                                         ObjectId... parents) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree.writeTree(inserter));
        commit.setParentIds(parents);
        PersonIdent who = new PersonIdent(author.name(), author.email());
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    /** What a commit message adds for the conflicts a merge kept as ours: nothing when there were none. */
    private static String keptAsOurs(List<Conflict> conflicts) {
        return conflicts.isEmpty() ? ""
                : " (" + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") + " kept as ours)";
    }

    private static void add(DirCacheBuilder builder, String path, FileMode mode, ObjectId id) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(mode);
        entry.setObjectId(id);
        builder.add(entry);
    }

    /**
     * Makes {@code to} the current commit: the files that differ from {@code from} (the clean working folder) are
     * written atomically or deleted, their index entries take the blob each file now holds (so that nothing is read
     * and hashed again), then HEAD moves. Holds the lock.
     */
    private void moveTo(RevCommit from, RevCommit to, List<String> takenIn, Versions versions) throws IOException {
        moveTo(from, to, takenIn, versions, Map.of());
    }

    /**
     * As {@link #moveTo(RevCommit, RevCommit, List, Versions)} for a working folder that differs from {@code from}
     * in the files {@code onDisk} names: each maps to the blob the file holds now (null: the file is gone). A file
     * that already holds what {@code to} has is not written again, only indexed.
     */
    private void moveTo(RevCommit from, RevCommit to, List<String> takenIn, Versions versions,
                        Map<String, ObjectId> onDisk) throws IOException {
        DirCache index = repo.lockDirCache();
        try {
            DirCacheEditor editor = index.editor();
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.setRecursive(true);
                if (from == null) {
                    walk.addTree(new EmptyTreeIterator());
                } else {
                    walk.addTree(from.getTree());
                }
                walk.addTree(to.getTree());
                while (walk.next()) {
                    String path = walk.getPathString();
                    boolean changedHere = onDisk.containsKey(path);
                    if (!changedHere && walk.getObjectId(0).equals(walk.getObjectId(1))) {
                        continue;
                    }
                    Path file = root.resolve(path);
                    boolean written;
                    if (walk.getFileMode(1) == FileMode.MISSING) {
                        written = Files.deleteIfExists(file);
                        editor.add(new DirCacheEditor.DeletePath(path));
                    } else {
                        ObjectId id = walk.getObjectId(1);
                        FileMode mode = walk.getFileMode(1);
                        byte[] content = versions.content(id);
                        written = !changedHere || !id.equals(onDisk.get(path));
                        if (written) {
                            Files.createDirectories(file.getParent());
                            AtomicFiles.write(file, out -> out.write(content));
                        }
                        Instant modified = Files.getLastModifiedTime(file).toInstant();
                        editor.add(new DirCacheEditor.PathEdit(path) {
                            @Override
                            public void apply(DirCacheEntry entry) {
                                entry.setFileMode(mode);
                                entry.setObjectId(id);
                                entry.setLength(content.length);
                                entry.setLastModified(modified);
                            }
                        });
                    }
                    if (written) {
                        takenIn.add(path);
                    }
                }
            }
            editor.commit();
        } finally {
            index.unlock();
        }
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        head.setNewObjectId(to);
        head.setRefLogMessage("triptych: synchronised", false);
        RefUpdate.Result moved = head.update();
        if (moved != RefUpdate.Result.NEW && moved != RefUpdate.Result.FAST_FORWARD
                && moved != RefUpdate.Result.NO_CHANGE) {
            throw new TeamException(TeamException.Reason.OTHER, "cannot move " + root + " to the merged version ("
                    + moved.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")", null);
        }
    }

    // ---- history ------------------------------------------------------------------------------------------------

    /** One version of a cell: who committed it, when, and the cell's text then. */
    public record CellVersion(String commit, String author, String email, Instant when, String message, String value) {
    }

    /**
     * The versions of one cell of a workspace file, newest first: each commit that changed the cell's text, from the
     * git log of that file. {@code key} is the row's key ({@link CsvKind}: the paragraph id for a document).
     */
    public List<CellVersion> history(String file, String key, String column, int limit) throws IOException {
        List<RevCommit> commits = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try {
            for (RevCommit commit : git.log().addPath(file).call()) {
                commits.add(commit);
                values.add(cellAt(commit, file, key, column));
            }
        } catch (org.eclipse.jgit.api.errors.NoHeadException e) {
            return List.of();
        } catch (GitAPIException e) {
            throw failure("cannot read the history of " + file, e);
        }
        // A commit made the text it has when the next older commit had another (or the row did not exist yet).
        List<CellVersion> versions = new ArrayList<>();
        for (int i = 0; i < commits.size() && versions.size() < limit; i++) {
            boolean oldest = i == commits.size() - 1;
            if (oldest ? !values.get(i).isEmpty() : !values.get(i).equals(values.get(i + 1))) {
                versions.add(version(commits.get(i), values.get(i)));
            }
        }
        return versions;
    }

    private static CellVersion version(RevCommit commit, String value) {
        PersonIdent who = commit.getAuthorIdent();
        return new CellVersion(commit.getName(), who.getName(), who.getEmailAddress(), who.getWhenAsInstant(),
                commit.getShortMessage(), value);
    }

    private String cellAt(RevCommit commit, String file, String key, String column) throws IOException {
        byte[] content = blob(commit, file);
        if (content == null) {
            return "";
        }
        CsvTable table;
        try {
            table = CsvTable.parse(root.resolve(file), TextFiles.decodeUtf8(root.resolve(file), content));
        } catch (BadFileException e) {
            return "";
        }
        CsvKind kind = CsvKind.of(file, table.header());
        int index = table.header().indexOf(column);
        for (CsvTable.Row row : table.rows()) {
            if (kind.ownKey(table.header(), row.cells()).equals(key)) {
                return row.cell(index);
            }
        }
        return "";
    }

    private byte[] blob(ObjectId commit, String path) throws IOException {
        ObjectId id = blobId(commit, path);
        return id == null ? null : repo.open(id, Constants.OBJ_BLOB).getBytes();
    }

    /** The id of {@code path}'s blob in {@code commit}, or null when the commit has no such file. */
    private ObjectId blobId(ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
             TreeWalk tree = TreeWalk.forPath(repo, path, walk.parseCommit(commit).getTree())) {
            return tree == null ? null : tree.getObjectId(0);
        }
    }

    // ---- errors ---------------------------------------------------------------------------------------------------

    private static CredentialsProvider provider(Credentials credentials) {
        return credentials == null ? null : new UsernamePasswordCredentialsProvider(credentials.user(), credentials.password());
    }

    private static TeamException failure(String what, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        TeamException.Reason reason = TeamException.Reason.OTHER;
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("credentials")) {
            reason = TeamException.Reason.CREDENTIALS;
        } else if (e instanceof TransportException) {
            reason = TeamException.Reason.NETWORK;
        }
        return new TeamException(reason, what + ": " + detail, e);
    }

    @Override
    public void close() {
        git.close();
    }
}
