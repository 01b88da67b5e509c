package org.triptych.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A workspace folder: its documents in {@code translations/} and its glossaries in {@code glossaries/}. */
public record Workspace(Path root, List<Document> documents, List<Glossary> glossaries) {

    public static final String TRANSLATIONS = "translations";
    public static final String GLOSSARIES = "glossaries";
    /** Where an import of an updated source keeps the paragraphs it removed. */
    public static final String BACKUPS = "backups";

    public Workspace {
        Objects.requireNonNull(root, "root");
        documents = List.copyOf(documents);
        glossaries = List.copyOf(glossaries);
    }

    /** Every concept of every glossary, in file order. */
    public List<Concept> concepts() {
        return glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
    }
}
