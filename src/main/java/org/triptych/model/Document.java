package org.triptych.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A translation document: the English paragraphs of one text and their translations.
 *
 * @param path    the CSV file the document lives in (may not exist yet)
 * @param columns the header in file order, including columns Triptych does not know
 * @param targets the target language tags, in header order
 */
public record Document(Path path, List<String> columns, List<String> targets, List<Paragraph> paragraphs) {

    public Document {
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
        targets = List.copyOf(targets);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The file name without its extension. */
    public String name() {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    public Optional<Paragraph> paragraph(String id) {
        return paragraphs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public int indexOf(String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with the paragraph of the same id replaced. */
    public Document withParagraph(Paragraph changed) {
        int index = indexOf(changed.id());
        if (index < 0) {
            throw new IllegalArgumentException("no paragraph with id " + changed.id());
        }
        List<Paragraph> copy = new ArrayList<>(paragraphs);
        copy.set(index, changed);
        return new Document(path, columns, targets, copy);
    }

    public Document withParagraphs(List<Paragraph> newParagraphs) {
        return new Document(path, columns, targets, newParagraphs);
    }

    public Document withPath(Path newPath) {
        return new Document(newPath, columns, targets, paragraphs);
    }
}
