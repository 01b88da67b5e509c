package org.triptych.memory;

import org.triptych.glossary.TermIndex;
import org.triptych.io.DocumentCodec;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a document's empty cells from the translation memory: a cell gets the best translation of each of its
 * paragraph's sentences when every sentence has one scoring at least the minimum (100: the same English), marked
 * draft. The document is read again, changed and written atomically under the workspace lock, so a cell filled
 * meanwhile by someone else is kept.
 *
 * <p>Runs on the calling thread (never the EDT).
 */
public final class Pretranslation {

    /** The cells filled, by language. */
    public record Result(Map<String, Integer> filled) {
        public Result {
            filled = Map.copyOf(filled);
        }
    }

    private Pretranslation() {
    }

    /** Fills the empty cells of {@code document} from {@code memory} (which may hold the document's own units). */
    public static Result run(Path document, TranslationMemory memory, TermIndex glossary, int minScore) throws IOException {
        return WorkspaceLock.updateFile(document, () -> {
            Document current = DocumentCodec.read(document);
            Map<String, Integer> filled = new LinkedHashMap<>();
            current.targets().forEach(lang -> filled.put(lang, 0));
            List<Paragraph> paragraphs = new ArrayList<>(current.paragraphs().size());
            for (Paragraph p : current.paragraphs()) {
                Paragraph changed = p;
                if (current.targets().stream().anyMatch(lang -> p.target(lang).isEmpty()) && !p.source().isBlank()) {
                    WorkspaceMemory.Suggestions found = WorkspaceMemory.suggest(memory, glossary, document, p, minScore, 1);
                    for (String lang : current.targets()) {
                        Optional<String> whole = found.whole(lang);
                        if (p.target(lang).isEmpty() && whole.isPresent()) {
                            changed = changed.withTarget(lang, new Translation(whole.get(), Status.DRAFT));
                            filled.merge(lang, 1, Integer::sum);
                        }
                    }
                }
                paragraphs.add(changed);
            }
            if (filled.values().stream().anyMatch(n -> n > 0)) {
                DocumentCodec.save(current.withParagraphs(paragraphs));
            }
            return new Result(filled);
        });
    }
}
