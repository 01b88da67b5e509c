package org.triptych.importer;

import org.triptych.io.AtomicFiles;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.paths.OutputTargets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a document keeps what it was imported from, so that its translation can be written in the source's
 * format: a copy of the source in the workspace, {@code sources/<document name>.docx|.md|.txt} (a path
 * relative to the workspace, so it moves with it), and per paragraph its place in that copy, in the
 * {@value #LOCATOR_COLUMN} column. Any thread.
 */
public final class SourceFiles {

    /** The workspace folder holding the copies of imported sources. */
    public static final String SOURCES = "sources";
    /** The document column holding each paragraph's place in its source ({@code body/3}, {@code lines/4-6}). */
    public static final String LOCATOR_COLUMN = "locator";
    /** The extensions of the copies, one per kind of source. */
    public static final List<String> EXTENSIONS = List.of("docx", "md", "txt");

    private SourceFiles() {
    }

    /** The extension the copy of {@code source} gets: docx, md or txt. */
    public static String extensionOf(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return "docx";
        }
        return SourceReader.isMarkdown(source) ? "md" : "txt";
    }

    /** The copy of the document's source, when it has one: {@code sources/NAME.EXT} in its workspace. */
    public static Optional<Path> sourceOf(Document document) {
        Path folder = OutputTargets.workspaceOf(document.path()).resolve(SOURCES);
        for (String extension : EXTENSIONS) {
            Path copy = folder.resolve(document.name() + "." + extension);
            if (Files.isRegularFile(copy)) {
                return Optional.of(copy);
            }
        }
        return Optional.empty();
    }

    /** The paragraph's place in the source, or empty when it has none (added by hand, or imported before locators). */
    public static String locator(Paragraph paragraph) {
        return paragraph.extra().getOrDefault(LOCATOR_COLUMN, "");
    }

    /**
     * Keeps a copy of {@code source} as the document's: a .docx as it is, a text decoded as the import read it,
     * in UTF-8 with LF line ends (the previous copy kept as {@code .bak}); a copy of another kind left by an earlier
     * import is removed.
     */
    static Path keep(Path root, String documentName, Path source, String encoding) throws IOException {
        String extension = extensionOf(source);
        Path copy = root.resolve(SOURCES).resolve(documentName + "." + extension);
        if (extension.equals("docx")) {
            byte[] bytes = Files.readAllBytes(source);
            AtomicFiles.write(copy, out -> out.write(bytes));
        } else {
            AtomicFiles.writeString(copy, SourceReader.readText(source, encoding));
        }
        for (String other : EXTENSIONS) {
            if (!other.equals(extension)) {
                Files.deleteIfExists(root.resolve(SOURCES).resolve(documentName + "." + other));
            }
        }
        return copy;
    }
}
