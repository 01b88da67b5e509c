package org.triptych.io;

import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Opens workspaces: every {@code translations/*.csv} and {@code glossaries/*.csv} under a folder. */
public final class WorkspaceStore {

    private WorkspaceStore() {
    }

    /** True when {@code dir} has a {@code translations} or {@code glossaries} folder. */
    public static boolean isWorkspace(Path dir) {
        return Files.isDirectory(dir.resolve(Workspace.TRANSLATIONS)) || Files.isDirectory(dir.resolve(Workspace.GLOSSARIES));
    }

    /**
     * The workspace a document belongs to: the parent of its {@code translations} folder, or the
     * document's own folder when it lies elsewhere.
     */
    public static Path workspaceOf(Path document) {
        Path parent = document.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(Workspace.TRANSLATIONS) && parent.getParent() != null) {
            return parent.getParent();
        }
        return parent;
    }

    /** Loads the whole workspace; any bad file fails the whole load, so nothing is half-loaded. */
    public static Workspace open(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new BadFileException(root, 0, "not a folder");
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : csvFiles(root.resolve(Workspace.TRANSLATIONS))) {
            documents.add(DocumentCodec.read(file));
        }
        return new Workspace(root, documents, readGlossaries(root));
    }

    public static List<Glossary> readGlossaries(Path root) throws IOException {
        List<Glossary> glossaries = new ArrayList<>();
        for (Path file : csvFiles(root.resolve(Workspace.GLOSSARIES))) {
            glossaries.add(GlossaryCodec.read(file));
        }
        return glossaries;
    }

    /** The {@code *.csv} files directly in {@code dir}, sorted by name; none when the folder is missing. */
    public static List<Path> csvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
