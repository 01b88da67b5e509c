package org.triptych.importer;

import java.util.List;

/**
 * English paragraphs read from a source file, and how the file was decoded.
 *
 * @param encoding a description such as {@code windows-1251 (detected windows-1251, confidence 63%)}, or {@code DOCX}
 */
public record SourceText(List<String> paragraphs, String encoding) {

    public SourceText {
        paragraphs = List.copyOf(paragraphs);
    }
}
