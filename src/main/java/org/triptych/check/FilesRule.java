package org.triptych.check;

import org.triptych.model.Document;

import java.nio.file.Path;
import java.util.List;

/**
 * A rule that also reports what the check of each paragraph's targets cannot show: a problem of a workspace file
 * as such (a glossary row), or of a paragraph the check passes over (a target left empty). The engine asks it once
 * per full check, after the documents ({@link CheckEngine#checkFiles}). Implementations are thread-safe.
 */
public interface FilesRule extends Rule {

    /**
     * The findings about the files of {@code workspace} and the paragraphs of {@code documents} (those checked) that
     * no paragraph's check reports, each with {@code severity}, in a stable order.
     */
    List<Finding> checkFiles(Path workspace, List<Document> documents, Severity severity);
}
