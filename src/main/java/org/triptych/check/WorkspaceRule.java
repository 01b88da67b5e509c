package org.triptych.check;

import org.triptych.model.Document;

import java.util.List;

/**
 * A rule that compares a paragraph with the rest of the workspace (consistency of names, of repeated paragraphs).
 * Before a full check the engine hands it the documents checked together ({@link CheckEngine#prepare}); the rule
 * it returns judges each paragraph against them, and the live check keeps using it for edits until the next full
 * check. Unprepared, it finds nothing. Implementations are immutable and thread-safe.
 */
public interface WorkspaceRule extends Rule {

    /** This rule knowing {@code documents}; called off the interface thread, once per full check. */
    WorkspaceRule prepared(List<Document> documents);

    /**
     * {@link #prepared(List)}, with the English of {@code documents} already read by the engine (indexes as in
     * {@code documents}), for a rule that reads the English too.
     */
    default WorkspaceRule prepared(List<Document> documents, PreparedEnglish english) {
        return prepared(documents);
    }
}
