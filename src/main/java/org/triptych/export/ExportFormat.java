package org.triptych.export;

import java.util.Locale;

/** The formats a document can be exported to, with their file extensions. */
public enum ExportFormat {
    DOCX("docx"),
    /** A bilingual DOCX for a reviewer, protected except the targets and a comment column; read back by import-review. */
    REVIEW_DOCX("docx"),
    HTML("html"),
    TMX("tmx"),
    XLIFF("xlf"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The name typed on the command line: {@code docx}, {@code review-docx}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a format name as typed on the command line ({@code docx}, {@code xliff}...). */
    public static ExportFormat parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
