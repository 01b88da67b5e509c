package org.triptych.team;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.RuleProvider;
import org.triptych.check.Severity;
import org.triptych.check.Terminology;
import org.triptych.io.Columns;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a paragraph with a conflict a team merge left unsettled ({@link ConflictStore}): the target whose cell (or
 * status) both sides changed, and, for the English, the note, another column or the whole row, the paragraph's first
 * target. The store is read again only when its file changed. Any thread (the engine calls it from several).
 */
public final class UnresolvedConflictRule implements Rule {

    public static final String ID = "unresolved-conflict";

    /** What {@link java.util.ServiceLoader} instantiates. */
    public static final class Provider implements RuleProvider {
        @Override
        public List<Rule> rules(Terminology terminology) {
            return List.of(new UnresolvedConflictRule());
        }
    }

    private record Kept(FileTime modified, List<Conflict> conflicts) {
    }

    private final Map<Path, Kept> read = new ConcurrentHashMap<>();
    /** Per document, its workspace's conflict store and the store's file of it: worked out once, not per paragraph. */
    private final Map<Path, Stored> stores = new ConcurrentHashMap<>();

    private record Stored(ConflictStore store, String file, Path path) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext target) {
        List<Conflict> conflicts = conflicts(target.document());
        if (conflicts.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String lang = target.lang();
        String first = target.paragraph().targets().keySet().stream().sorted().findFirst().orElse(lang);
        for (Conflict c : conflicts) {
            if (!c.key().equals(target.paragraph().id())) {
                continue;
            }
            boolean mine = c.column().equals(lang) || c.column().equals(Columns.statusColumn(lang));
            boolean elsewhere = !Columns.isLanguageTag(c.column()) && !c.column().endsWith(Columns.STATUS_SUFFIX)
                    || c.column().equals(Columns.SOURCE);
            if (mine || elsewhere && lang.equals(first)) {
                findings.add(target.finding(ID, null, null, c.isRow() ? "finding.unresolved-conflict.row"
                        : "finding.unresolved-conflict", c.column(), c.theirs()));
            }
        }
        return findings;
    }

    private List<Conflict> conflicts(Path document) {
        if (document == null || document.getParent() == null) {
            return List.of();
        }
        Stored where = stores.computeIfAbsent(document, d -> {
            String file = Workspace.TRANSLATIONS + "/" + d.getFileName();
            ConflictStore store = new ConflictStore(WorkspaceStore.workspaceOf(d.toAbsolutePath()));
            return new Stored(store, file, store.fileFor(file));
        });
        ConflictStore store = where.store();
        String file = where.file();
        Path stored = where.path();
        try {
            if (!Files.isRegularFile(stored)) {
                return List.of();
            }
            FileTime modified = Files.getLastModifiedTime(stored);
            Kept kept = read.get(stored);
            if (kept == null || !kept.modified().equals(modified)) {
                kept = new Kept(modified, store.of(file));
                read.put(stored, kept);
            }
            return kept.conflicts();
        } catch (IOException e) {
            return List.of(); // an unreadable store is reported by the window's conflict list, not per paragraph
        }
    }
}
