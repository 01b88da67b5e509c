package org.triptych.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A glossary file: concepts with renderings in several languages.
 *
 * @param columns   the header in file order, including unknown columns
 * @param languages the language tags that have term columns, in header order ({@code en} first in the sample)
 */
public record Glossary(Path path, List<String> columns, List<String> languages, List<Concept> concepts) {

    public Glossary {
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
        languages = List.copyOf(languages);
        concepts = List.copyOf(concepts);
    }

    public Glossary withConcepts(List<Concept> newConcepts) {
        return new Glossary(path, columns, languages, newConcepts);
    }

    public Glossary withConcept(Concept added) {
        List<Concept> copy = new ArrayList<>(concepts);
        copy.add(added);
        return withConcepts(copy);
    }
}
