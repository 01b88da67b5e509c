package org.triptych.importer;

import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Translation;
import org.triptych.model.Workspace;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings an English source into a workspace: a new document {@code translations/<name>.csv}, or, when that
 * document exists, an update of its source (see {@link SourceUpdate}) whose removed paragraphs are saved to
 * {@code backups/}. The source is kept as the document's copy in {@code sources/}, and each paragraph's place
 * in it in the {@value SourceFiles#LOCATOR_COLUMN} column ({@link SourceFiles}). Everything is read and computed
 * before the first file is written.
 */
public final class SourceImport {

    public static final String BACKUPS = Workspace.BACKUPS;

    /**
     * What happened, for the report.
     *
     * @param backup the file holding removed paragraphs, or null when none were removed
     */
    public record Report(Path document, boolean updated, int paragraphs, int unchanged, int changed, int added,
                         int removed, Path backup, String encoding) {
    }

    private SourceImport() {
    }

    /**
     * Imports {@code source} into the workspace at {@code root}.
     *
     * @param name    the document name; blank for the source file's name without extension
     * @param targets the target languages of a new document (ignored when updating)
     */
    public static Report run(Path root, Path source, String name, boolean lines, String encoding, List<String> targets,
                             Progress progress) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new BadFileException(root, 0, "not a folder");
        }
        progress.advance(0, 3);
        SourceText text = SourceReader.read(source, lines, encoding);
        if (text.paragraphs().isEmpty()) {
            throw new BadFileException(source, 0, "no text: the file has no paragraphs to translate");
        }
        progress.advance(1, 3);
        Path file = root.resolve(Workspace.TRANSLATIONS).resolve(documentName(source, name) + ".csv");
        return WorkspaceLock.update(root, file, WorkspaceLock.DEFAULT_TIMEOUT, () -> {
            // The copy first: a document whose save fails then points at a newer copy, which the export detects.
            SourceFiles.keep(root, documentName(source, name), source, encoding);
            return write(root, file, text, targets, progress);
        });
    }

    /** Creates or updates the document; runs under the workspace lock, so the document read is the one replaced. */
    private static Report write(Path root, Path file, SourceText text, List<String> targets, Progress progress) throws IOException {
        if (!Files.exists(file)) {
            Document created = withLocators(create(file, text.paragraphs(), targets), text.locators());
            progress.advance(2, 3);
            DocumentCodec.save(created);
            progress.advance(3, 3);
            return new Report(file, false, created.paragraphs().size(), 0, 0, created.paragraphs().size(), 0, null, text.encoding());
        }
        Document old = DocumentCodec.read(file);
        SourceUpdate.Result applied = SourceUpdate.apply(old, text.paragraphs());
        SourceUpdate.Result result = new SourceUpdate.Result(withLocators(applied.document(), text.locators()),
                applied.removed(), applied.unchanged(), applied.changed(), applied.added());
        Document removed = null;
        if (!result.removed().isEmpty()) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
            Path backup = root.resolve(BACKUPS).resolve(old.name() + "-removed-" + stamp + ".csv");
            removed = old.withParagraphs(result.removed()).withPath(backup);
        }
        progress.advance(2, 3);
        if (removed != null) {
            DocumentCodec.save(removed); // first: the document no longer holds these
        }
        DocumentCodec.save(result.document());
        progress.advance(3, 3);
        return new Report(file, true, result.document().paragraphs().size(), result.unchanged(), result.changed(),
                result.added(), result.removed().size(), removed == null ? null : removed.path(), text.encoding());
    }

    /** The document with each paragraph's place in the source (paragraphs in source order, one locator each). */
    static Document withLocators(Document document, List<String> locators) {
        List<String> columns = new ArrayList<>(document.columns());
        if (!columns.contains(SourceFiles.LOCATOR_COLUMN)) {
            columns.add(SourceFiles.LOCATOR_COLUMN);
        }
        List<Paragraph> paragraphs = new ArrayList<>(locators.size());
        for (int i = 0; i < locators.size(); i++) {
            Paragraph p = document.paragraphs().get(i);
            Map<String, String> extra = new LinkedHashMap<>(p.extra());
            extra.put(SourceFiles.LOCATOR_COLUMN, locators.get(i));
            paragraphs.add(new Paragraph(p.id(), p.source(), p.targets(), p.note(), extra, p.line()));
        }
        return new Document(document.path(), columns, document.targets(), paragraphs);
    }

    static Document create(Path file, List<String> texts, List<String> targets) {
        List<String> columns = new ArrayList<>(List.of(Columns.ID, Columns.SOURCE));
        columns.addAll(targets);
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Translation> empty = new LinkedHashMap<>();
            targets.forEach(t -> empty.put(t, Translation.EMPTY));
            paragraphs.add(new Paragraph("p" + (i + 1), texts.get(i), empty, "", Map.of(), 0));
        }
        return new Document(file, columns, targets, paragraphs);
    }

    /** The given name, or the source's file name without extension; reduced to what is safe as a file name. */
    static String documentName(Path source, String name) {
        String base = name == null || name.isBlank() ? source.getFileName().toString() : name.strip();
        if ((name == null || name.isBlank()) && base.lastIndexOf('.') > 0) {
            base = base.substring(0, base.lastIndexOf('.'));
        }
        if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            base = base.substring(0, base.length() - 4);
        }
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        if (safe.isEmpty() || safe.startsWith(".")) {
            throw new IllegalArgumentException("\"" + base + "\" cannot be a document name");
        }
        return safe;
    }
}
