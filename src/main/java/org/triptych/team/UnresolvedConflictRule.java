package org.triptych.team;

import org.triptych.check.CheckContext;
import org.triptych.check.FilesRule;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.RuleProvider;
import org.triptych.check.Severity;
import org.triptych.check.Terminology;
import org.triptych.io.Columns;
import org.triptych.io.CsvTable;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports the conflicts a team merge left unsettled ({@link ConflictStore}). A document's conflict is found on its
 * paragraph: in the target whose cell (or status) both sides changed, and, for the English, the note, another column
 * or the whole row, in the paragraph's first target. A glossary's conflict is found on every paragraph whose English
 * mentions the concept, naming the concept and the language: in that language's target for a rendering or a forbidden
 * spelling, in the first target for the English, the note, another column or the whole concept. A stored file is
 * read again only when it changed. Once per full check ({@link FilesRule}) it reports what no paragraph shows: each
 * glossary conflict on its row of the glossary (so a concept no document mentions is not forgotten), and each
 * document conflict whose target is empty here (the check passes over empty targets). Any thread (the engine calls
 * it from several).
 */
public final class UnresolvedConflictRule implements FilesRule {

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

    private record KeptGlossaries(FileTime modified, Map<String, List<Conflict>> byConcept) {
    }

    private final Map<Path, Kept> read = new ConcurrentHashMap<>();
    private final Map<Path, KeptGlossaries> readGlossaries = new ConcurrentHashMap<>();
    /** Where a workspace keeps its glossaries' conflicts. */
    private record GlossaryStore(ConflictStore store, Path folder) {
    }

    /** The glossaries' conflict folder of each document's workspace: found once, looked at on every call. */
    private final Map<Path, GlossaryStore> storeOfDocument = new ConcurrentHashMap<>();

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
        if (conflicts.isEmpty() && target.mentioned().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String lang = target.lang();
        String first = target.paragraph().targets().keySet().stream().sorted().findFirst().orElse(lang);
        for (Conflict c : conflicts) {
            if (!c.key().equals(target.paragraph().id())) {
                continue;
            }
            String about = languageOf(c.column()); // as checkFiles reads it, for the conflicts passed over here
            if (lang.equals(about) || about == null && lang.equals(first)) {
                findings.add(target.finding(ID, null, null, c.isRow() ? "finding.unresolved-conflict.row"
                        : "finding.unresolved-conflict", c.column(), c.theirs()));
            }
        }
        if (!target.mentioned().isEmpty()) {
            Map<String, List<Conflict>> byConcept = glossaryConflicts(target.document());
            if (!byConcept.isEmpty()) {
                for (Concept concept : target.mentioned().keySet()) {
                    for (Conflict c : byConcept.getOrDefault(key(concept), List.of())) {
                        String about = conceptLanguage(c.column());
                        if (lang.equals(about) || about == null && lang.equals(first)) {
                            findings.add(target.finding(ID, null, concept, c.isRow()
                                            ? "finding.unresolved-conflict.concept.row" : "finding.unresolved-conflict.concept",
                                    c.label(), about == null ? c.column() : about, c.column(), c.theirs()));
                        }
                    }
                }
            }
        }
        return findings;
    }

    @Override
    public List<Finding> checkFiles(Path workspace, List<Document> documents, Severity severity) {
        List<Finding> findings = new ArrayList<>();
        try {
            ConflictStore store = new ConflictStore(workspace);
            ofGlossaries(store, store.fileFor(Workspace.GLOSSARIES)).forEach((file, conflicts) ->
                    findings.addAll(onGlossaryRows(workspace.resolve(file), file, conflicts, severity)));
        } catch (IOException e) {
            // an unreadable store is reported by the window's conflict list and by sync, not as findings
        }
        for (Document document : documents) {
            findings.addAll(passedOver(document, severity));
        }
        return findings;
    }

    /** Each glossary conflict on the line of its concept's row (0 when the row is gone), in the stored order. */
    private static List<Finding> onGlossaryRows(Path glossary, String file, List<Conflict> conflicts, Severity severity) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            CsvTable table = CsvTable.read(glossary);
            CsvKind kind = CsvKind.of(file, table.header());
            for (CsvTable.Row row : table.rows()) {
                lines.putIfAbsent(kind.ownKey(table.header(), row.cells()), row.line());
            }
        } catch (IOException e) {
            // a glossary that cannot be read is reported when it is loaded; the conflicts still count, at line 0
        }
        List<Finding> findings = new ArrayList<>();
        for (Conflict c : conflicts) {
            String about = conceptLanguage(c.column());
            findings.add(new Finding(ID, severity, glossary, null, lines.getOrDefault(c.key(), 0),
                    about == null ? Columns.SOURCE : about, -1, -1, c.label(), "", "", -1, -1,
                    c.isRow() ? "finding.unresolved-conflict.concept.row" : "finding.unresolved-conflict.concept",
                    List.of(c.label(), about == null ? c.column() : about, c.column(), c.theirs())));
        }
        return findings;
    }

    /** The conflicts of {@code document} that its paragraphs' check cannot report: their target is empty or gone. */
    private List<Finding> passedOver(Document document, Severity severity) {
        List<Conflict> conflicts = conflicts(document.path());
        if (conflicts.isEmpty()) {
            return List.of();
        }
        Map<String, Paragraph> byId = new HashMap<>();
        for (Paragraph paragraph : document.paragraphs()) {
            byId.put(paragraph.id(), paragraph);
        }
        List<Finding> findings = new ArrayList<>();
        for (Conflict c : conflicts) {
            Paragraph paragraph = byId.get(c.key());
            String lang = languageOf(c.column());
            if (paragraph != null && lang == null) {
                lang = paragraph.targets().keySet().stream().sorted().findFirst().orElse(null);
            }
            if (paragraph != null && lang != null && !paragraph.target(lang).isEmpty()) {
                continue; // the paragraph's check reports it
            }
            findings.add(new Finding(ID, severity, document.path(), c.key(), paragraph == null ? 0 : paragraph.line(),
                    lang == null ? Columns.SOURCE : lang, -1, -1, "", "", "", -1, -1,
                    c.isRow() ? "finding.unresolved-conflict.row" : "finding.unresolved-conflict",
                    List.of(c.column(), c.theirs())));
        }
        return findings;
    }

    /** The target language a document column belongs to (its text or its status); null for any other column. */
    private static String languageOf(String column) {
        String lang = column.endsWith(Columns.STATUS_SUFFIX)
                ? column.substring(0, column.length() - Columns.STATUS_SUFFIX.length()) : column;
        return Columns.isLanguageTag(lang) && !lang.equals(Columns.SOURCE) ? lang : null;
    }

    /** The language a glossary column holds renderings or forbidden spellings of; null for any other column. */
    private static String conceptLanguage(String column) {
        String lang = column.endsWith(Columns.FORBIDDEN_SUFFIX)
                ? column.substring(0, column.length() - Columns.FORBIDDEN_SUFFIX.length()) : column;
        return Columns.isLanguageTag(lang) && !lang.equals(Columns.SOURCE) ? lang : null;
    }

    /** The key a merge knows a concept by ({@link CsvKind}): its id, or its preferred English term. */
    private static String key(Concept concept) {
        String id = concept.extra().getOrDefault(CsvKind.CONCEPT_ID, "").strip();
        return id.isEmpty() ? CsvKind.englishKey(List.of(Columns.SOURCE), List.of(concept.english())) : id;
    }

    /** The glossaries' conflicts by concept key; the folder is listed again only when a conflict file came or went. */
    private Map<String, List<Conflict>> glossaryConflicts(Path document) {
        if (document == null || document.getParent() == null) {
            return Map.of();
        }
        GlossaryStore place = storeOfDocument.computeIfAbsent(document, d -> {
            ConflictStore store = new ConflictStore(WorkspaceStore.workspaceOf(d.toAbsolutePath()));
            return new GlossaryStore(store, store.fileFor(Workspace.GLOSSARIES)); // the folder of their files
        });
        ConflictStore store = place.store();
        Path folder = place.folder();
        try {
            if (!Files.isDirectory(folder)) {
                return Map.of();
            }
            // Conflict files are replaced atomically or deleted, both of which change the folder's time.
            FileTime modified = Files.getLastModifiedTime(folder);
            KeptGlossaries kept = readGlossaries.get(folder);
            if (kept == null || !kept.modified().equals(modified)) {
                Map<String, List<Conflict>> byConcept = new HashMap<>();
                for (List<Conflict> ofFile : ofGlossaries(store, folder).values()) {
                    for (Conflict c : ofFile) {
                        byConcept.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
                    }
                }
                kept = new KeptGlossaries(modified, byConcept);
                readGlossaries.put(folder, kept);
            }
            return kept.byConcept();
        } catch (IOException e) {
            return Map.of(); // an unreadable store is reported by the window's conflict list, not per paragraph
        }
    }

    /**
     * The glossaries' conflicts kept in {@code store}, by glossary file ({@code glossaries/NAME.csv}) in name order;
     * {@code folder} is the store's folder of them, which may be absent.
     */
    private static Map<String, List<Conflict>> ofGlossaries(ConflictStore store, Path folder) throws IOException {
        Map<String, List<Conflict>> byFile = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            for (Path stored : WorkspaceStore.csvFiles(folder)) {
                String file = Workspace.GLOSSARIES + "/" + stored.getFileName();
                List<Conflict> conflicts = store.of(file);
                if (!conflicts.isEmpty()) {
                    byFile.put(file, conflicts);
                }
            }
        }
        return byFile;
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
