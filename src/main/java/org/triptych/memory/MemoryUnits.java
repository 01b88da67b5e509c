package org.triptych.memory;

import org.triptych.exchange.TranslationUnit;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes memory units of a paragraph or a TMX unit: its English split into sentences, each translation split and
 * aligned to them ({@link Alignment}); one unit per run of English sentences a bead covers, holding every language
 * aligned to that run; a language whose alignment is not confident is kept as one unit for the whole paragraph.
 * Only finished translations (translated or reviewed) of a document are memory; a TMX's are all taken.
 *
 * <p>Pure functions; any thread.
 */
public final class MemoryUnits {

    private MemoryUnits() {
    }

    /** The units of a document's paragraph: its translated and reviewed cells in {@code targets}. */
    public static List<MemoryEntry> of(Paragraph paragraph, List<String> targets, MemoryEntry.Origin origin) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (String lang : targets) {
            Translation t = paragraph.target(lang);
            if (t.isDone()) {
                texts.put(lang, t.text());
                statuses.put(lang, t.status());
            }
        }
        return units(paragraph.source(), texts, statuses, origin);
    }

    /**
     * The units of a TMX unit whose English is in {@code sourceLang}: its translations into the workspace's
     * {@code targets} (a TMX's uk-UA is the workspace's uk).
     */
    public static List<MemoryEntry> of(TranslationUnit unit, String sourceLang, List<String> targets, MemoryEntry.Origin origin) {
        String english = unit.text(sourceLang.isEmpty() ? "en" : sourceLang);
        if (english == null) {
            english = unit.text("en");
        }
        if (english == null) {
            return List.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (String lang : targets) {
            String text = unit.text(lang);
            if (text != null && !text.isBlank()) {
                texts.put(lang, text);
                Status status = unit.status(lang);
                statuses.put(lang, status == null ? Status.NONE : status);
            }
        }
        return units(english, texts, statuses, origin);
    }

    /** Splits and aligns one English text with its translations. */
    static List<MemoryEntry> units(String english, Map<String, String> texts, Map<String, Status> statuses,
                                   MemoryEntry.Origin origin) {
        if (english.isBlank() || texts.isEmpty()) {
            return List.of();
        }
        List<String> sentences = Sentences.texts(english, "en");
        if (sentences.size() <= 1) {
            return List.of(new MemoryEntry(english.strip(), strip(texts), statuses, origin, false));
        }
        // Per run of English sentences [from, to): the languages aligned to exactly that run.
        Map<Long, Map<String, String>> runs = new LinkedHashMap<>();
        Map<String, String> unaligned = new LinkedHashMap<>();
        for (Map.Entry<String, String> target : texts.entrySet()) {
            List<String> theirs = Sentences.texts(target.getValue(), target.getKey());
            Optional<List<Alignment.Bead>> beads = Alignment.align(sentences, theirs);
            if (beads.isEmpty()) {
                unaligned.put(target.getKey(), target.getValue().strip());
                continue;
            }
            for (Alignment.Bead bead : beads.get()) {
                long run = ((long) bead.enFrom() << 32) | bead.enTo();
                runs.computeIfAbsent(run, r -> new LinkedHashMap<>())
                        .put(target.getKey(), String.join(" ", theirs.subList(bead.targetFrom(), bead.targetTo())));
            }
        }
        List<MemoryEntry> units = new ArrayList<>();
        runs.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(run -> {
                    int from = (int) (run.getKey() >>> 32);
                    int to = (int) (long) run.getKey();
                    units.add(new MemoryEntry(String.join(" ", sentences.subList(from, to)), run.getValue(),
                            only(statuses, run.getValue()), origin, false));
                });
        if (!unaligned.isEmpty()) {
            units.add(new MemoryEntry(english.strip(), unaligned, only(statuses, unaligned), origin, true));
        }
        return units;
    }

    private static Map<String, String> strip(Map<String, String> texts) {
        Map<String, String> stripped = new LinkedHashMap<>();
        texts.forEach((lang, text) -> stripped.put(lang, text.strip()));
        return stripped;
    }

    private static Map<String, Status> only(Map<String, Status> statuses, Map<String, String> languages) {
        Map<String, Status> kept = new LinkedHashMap<>();
        languages.keySet().forEach(lang -> kept.put(lang, statuses.getOrDefault(lang, Status.NONE)));
        return kept;
    }
}
