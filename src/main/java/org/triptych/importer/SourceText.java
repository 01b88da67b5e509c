package org.triptych.importer;

import java.util.List;

/**
 * English paragraphs read from a source file, where each one is in the file, and how the file was decoded.
 *
 * @param locators one per paragraph: where it is in the source ({@link DocxLayout}, {@link TextLayout})
 * @param encoding a description such as {@code windows-1251 (detected windows-1251, confidence 63%)}, or {@code DOCX}
 */
public record SourceText(List<String> paragraphs, List<String> locators, String encoding) {

    public SourceText {
        paragraphs = List.copyOf(paragraphs);
        locators = List.copyOf(locators);
        if (locators.size() != paragraphs.size()) {
            throw new IllegalArgumentException("one locator per paragraph");
        }
    }
}
