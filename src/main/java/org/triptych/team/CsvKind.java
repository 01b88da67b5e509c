package org.triptych.team;

import org.triptych.glossary.edit.DuplicateTerms;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Workspace;

import java.util.List;

/**
 * The two kinds of workspace CSV and how each names its rows across versions: a document's row by its paragraph
 * {@code id}; a glossary's row (a concept) by its {@code id} column, which {@link ConceptIds} fills in before every
 * commit, or, for a row written without one (by hand, or before the workspace was shared), by its preferred English
 * term. Plain Java; any thread.
 */
public enum CsvKind {
    DOCUMENT, GLOSSARY;

    /** The column a glossary keeps its concept ids in; not a language tag ({@link Columns#isLanguageTag}). */
    public static final String CONCEPT_ID = Columns.ID;

    /**
     * The kind of a workspace file from its path ({@code translations/…}, {@code glossaries/…}), or, for a path that
     * says nothing (a temporary file git hands a merge driver), from its header: a document has a status column or
     * starts with {@code id}, a glossary has a forbidden column or does not.
     */
    public static CsvKind of(String relativePath, List<String> header) {
        String path = relativePath == null ? "" : relativePath.replace('\\', '/');
        if (path.startsWith(Workspace.TRANSLATIONS + "/") || path.contains("/" + Workspace.TRANSLATIONS + "/")) {
            return DOCUMENT;
        }
        if (path.startsWith(Workspace.GLOSSARIES + "/") || path.contains("/" + Workspace.GLOSSARIES + "/")) {
            return GLOSSARY;
        }
        if (header.stream().anyMatch(c -> c.endsWith(Columns.FORBIDDEN_SUFFIX))) {
            return GLOSSARY;
        }
        if (header.stream().anyMatch(c -> c.endsWith(Columns.STATUS_SUFFIX))) {
            return DOCUMENT;
        }
        return !header.isEmpty() && header.get(0).equals(Columns.ID) ? DOCUMENT : GLOSSARY;
    }

    /** True for the workspace files Triptych merges by row and cell. */
    public static boolean isWorkspaceCsv(String relativePath) {
        String path = relativePath.replace('\\', '/');
        return path.endsWith(".csv") && path.indexOf('/') == path.lastIndexOf('/')
                && (path.startsWith(Workspace.TRANSLATIONS + "/") || path.startsWith(Workspace.GLOSSARIES + "/"));
    }

    /** The key of a row with the given cells, without looking at other versions; "" when it has none. */
    String ownKey(List<String> header, List<String> cells) {
        int id = header.indexOf(Columns.ID);
        String ownId = id >= 0 && id < cells.size() ? cells.get(id).strip() : "";
        if (this == DOCUMENT || !ownId.isEmpty()) {
            return ownId;
        }
        return englishKey(header, cells);
    }

    /** A glossary row's preferred English term as duplicate detection compares terms, marked so it never equals an id. */
    static String englishKey(List<String> header, List<String> cells) {
        int en = header.indexOf(Columns.SOURCE);
        List<String> terms = en >= 0 && en < cells.size() ? GlossaryCodec.split(cells.get(en)) : List.of();
        return terms.isEmpty() ? "" : "en:" + DuplicateTerms.key(terms.get(0));
    }

    /** What people call a row: the paragraph id, or the concept's preferred English term. */
    String label(List<String> header, List<String> cells) {
        if (this == GLOSSARY) {
            int en = header.indexOf(Columns.SOURCE);
            List<String> terms = en >= 0 && en < cells.size() ? GlossaryCodec.split(cells.get(en)) : List.of();
            if (!terms.isEmpty()) {
                return terms.get(0);
            }
        }
        int id = header.indexOf(Columns.ID);
        return id >= 0 && id < cells.size() ? cells.get(id) : "";
    }
}
