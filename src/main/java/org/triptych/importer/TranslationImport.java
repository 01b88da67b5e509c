package org.triptych.importer;

import org.triptych.exchange.ExchangeFile;
import org.triptych.exchange.LanguageTags;
import org.triptych.exchange.TmxCodec;
import org.triptych.exchange.TranslationUnit;
import org.triptych.exchange.XliffCodec;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.DocumentCodec;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings translations made in other tools (XLIFF 2.x or 1.2, TMX) back into a document. A unit matches the
 * paragraph with its id when the English agrees, otherwise every paragraph with the same English (white space
 * aside). A unit's status is kept when the file records one; otherwise the text counts as translated.
 *
 * <p>A unit's note (a reviewer's remark, or the note Triptych exported) goes to the paragraph when the unit
 * matched exactly one paragraph, and never loses the local note (see {@link #mergeNote}). Pure functions apart
 * from {@link #run}; any thread.
 */
public final class TranslationImport {

    /** A unit that matched no paragraph. */
    public record Unmatched(String id, long line, String source) {
    }

    /**
     * The outcome: the updated document and what matched.
     *
     * @param changed      per language, the number of paragraphs whose translation or status changed
     * @param notesChanged the number of paragraphs whose note changed
     */
    public record Result(Document document, int units, int matched, List<Unmatched> unmatched, Map<String, Integer> changed,
                         int notesChanged) {
        public Result {
            unmatched = List.copyOf(unmatched);
            changed = Map.copyOf(changed);
        }
    }

    private TranslationImport() {
    }

    /** Reads TMX or XLIFF, chosen by the root element. */
    public static ExchangeFile read(Path file) throws IOException {
        Limits.checkReadable(file, Limits.MAX_EXCHANGE_FILE_BYTES);
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (java.nio.file.FileSystemException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
        if (head.contains("<tmx")) {
            return TmxCodec.read(file);
        }
        if (head.contains("<xliff")) {
            return XliffCodec.read(file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tmx") ? TmxCodec.read(file) : XliffCodec.read(file);
    }

    /**
     * Reads {@code file}, applies it to the document at {@code documentFile} and saves it when all went well. The
     * document is read, updated and written under the {@link WorkspaceLock}, so a concurrent writer's change is kept.
     */
    public static Result run(Path file, Path documentFile, Progress progress) throws IOException {
        ExchangeFile exchange = read(file);
        return WorkspaceLock.updateFile(documentFile, () -> {
            Result result = apply(DocumentCodec.read(documentFile), exchange, progress);
            if (result.notesChanged() > 0 || result.changed().values().stream().anyMatch(n -> n > 0)) {
                DocumentCodec.save(result.document());
            }
            return result;
        });
    }

    /** Applies the units of {@code exchange} to {@code document}; writes nothing. */
    public static Result apply(Document document, ExchangeFile exchange, Progress progress) throws BadFileException {
        if (!exchange.sourceLang().isBlank() && !exchange.sourceLang().equals("*all*")
                && !LanguageTags.matches(exchange.sourceLang(), Columns.SOURCE)) {
            throw new BadFileException(exchange.file(), 0, "the source language is \"" + exchange.sourceLang()
                    + "\"; the document's source is English (en)");
        }
        if (!exchange.targetLang().isBlank()
                && document.targets().stream().noneMatch(t -> LanguageTags.matches(exchange.targetLang(), t))) {
            throw new BadFileException(exchange.file(), 0, "the target language \"" + exchange.targetLang()
                    + "\" is not a target of " + document.path().getFileName() + " (" + String.join(", ", document.targets()) + ")");
        }
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int i = 0; i < document.paragraphs().size(); i++) {
            byText.computeIfAbsent(SourceReader.tidy(document.paragraphs().get(i).source()), k -> new ArrayList<>()).add(i);
        }
        List<Paragraph> paragraphs = new ArrayList<>(document.paragraphs());
        Map<String, Integer> changed = new LinkedHashMap<>();
        document.targets().forEach(t -> changed.put(t, 0));
        List<Unmatched> unmatched = new ArrayList<>();
        int matched = 0;
        int notesChanged = 0;
        int done = 0;
        for (TranslationUnit unit : exchange.units()) {
            String source = unit.text(exchange.sourceLang().isBlank() ? Columns.SOURCE : exchange.sourceLang());
            String key = source == null ? "" : SourceReader.tidy(source);
            List<Integer> targets = new ArrayList<>();
            int byId = document.indexOf(unit.id());
            if (byId >= 0 && SourceReader.tidy(document.paragraphs().get(byId).source()).equals(key)) {
                targets.add(byId);
            } else {
                targets.addAll(byText.getOrDefault(key, List.of()));
            }
            if (targets.isEmpty() || key.isEmpty()) {
                unmatched.add(new Unmatched(unit.id(), unit.line(), key));
            } else {
                matched++;
                String fileName = exchange.file().getFileName().toString();
                for (int index : targets) {
                    Paragraph merged = merge(paragraphs.get(index), unit, document.targets(), changed);
                    if (targets.size() == 1) {
                        String note = mergeNote(merged.note(), unit.note(), fileName);
                        if (!note.equals(merged.note())) {
                            merged = merged.withNote(note);
                            notesChanged++;
                        }
                    }
                    paragraphs.set(index, merged);
                }
            }
            if (++done % 500 == 0) {
                progress.advance(done, exchange.units().size());
            }
        }
        progress.advance(exchange.units().size(), exchange.units().size());
        return new Result(document.withParagraphs(paragraphs), exchange.units().size(), matched, unmatched, changed, notesChanged);
    }

    /**
     * The paragraph's note after a unit with note {@code incoming} came back from {@code fileName}. Nothing is
     * dropped: an empty incoming note keeps the local one; an empty local note takes the incoming one; of two
     * notes where one begins with the other (a reviewer who added to the exported note, or a local note added
     * to since the export) the longer is kept; otherwise the incoming note is added on a new line as
     * "— fileName: note", once. White space and Unicode form are ignored when comparing, so a file that reflowed
     * the note changes nothing.
     */
    public static String mergeNote(String local, String incoming, String fileName) {
        String taken = SourceReader.nfc(incoming.strip());
        String localKey = SourceReader.tidy(local);
        String incomingKey = SourceReader.tidy(taken);
        String added = "— " + fileName + ": " + taken;
        String addedKey = SourceReader.tidy(added);
        boolean alreadyAdded = localKey.endsWith(addedKey) || localKey.contains(addedKey + " ");
        if (incomingKey.isEmpty() || startsWithWhole(localKey, incomingKey) || alreadyAdded) {
            return local;
        }
        if (localKey.isEmpty() || startsWithWhole(incomingKey, localKey)) {
            return taken;
        }
        return local.stripTrailing() + "\n" + added;
    }

    /** True when {@code text} begins with {@code start} and does not go on in the middle of a word. */
    private static boolean startsWithWhole(String text, String start) {
        return text.startsWith(start)
                && (text.length() == start.length() || !Character.isLetterOrDigit(text.codePointAt(start.length())));
    }

    private static Paragraph merge(Paragraph paragraph, TranslationUnit unit, List<String> targets, Map<String, Integer> changed) {
        Paragraph result = paragraph;
        for (String tag : targets) {
            String text = unit.text(tag);
            if (text == null || text.isBlank()) {
                continue;
            }
            Status status = unit.status(tag);
            Translation incoming = new Translation(SourceReader.nfc(text), status == null ? Status.TRANSLATED : status);
            if (!incoming.equals(result.target(tag))) {
                result = result.withTarget(tag, incoming);
                changed.merge(tag, 1, Integer::sum);
            }
        }
        return result;
    }
}
