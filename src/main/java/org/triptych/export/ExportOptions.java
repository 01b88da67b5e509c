package org.triptych.export;

import org.triptych.model.Concept;

import java.util.List;
import java.util.Objects;

/**
 * What an export shows beside the paragraphs.
 *
 * @param title    the heading of DOCX and HTML exports; empty uses the document's name
 * @param glossary concepts for a glossary appendix (DOCX and HTML); empty for none
 */
public record ExportOptions(String title, List<Concept> glossary) {

    public static final ExportOptions DEFAULT = new ExportOptions("", List.of());

    public ExportOptions {
        Objects.requireNonNull(title, "title");
        glossary = List.copyOf(glossary);
    }

    String titleOr(String fallback) {
        return title.isBlank() ? fallback : title;
    }
}
