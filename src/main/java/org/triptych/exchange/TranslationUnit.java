package org.triptych.exchange;

import org.triptych.model.Status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of an exchange file (a TMX {@code tu}, an XLIFF {@code unit}): its id, its text per language
 * tag as written in the file, the status of each translation when the file records one, and a note.
 *
 * @param line the line of the file where the unit starts, for reports
 */
public record TranslationUnit(String id, Map<String, String> texts, Map<String, Status> statuses, String note, long line) {

    public TranslationUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        statuses = Map.copyOf(statuses);
    }

    /** The text in the first language matching {@code tag} (see {@link LanguageTags#matches}), or null. */
    public String text(String tag) {
        String exact = texts.get(tag);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (LanguageTags.matches(e.getKey(), tag)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The recorded status of the translation into {@code tag}, or null when the file records none. */
    public Status status(String tag) {
        Status exact = statuses.get(tag);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Status> e : statuses.entrySet()) {
            if (LanguageTags.matches(e.getKey(), tag)) {
                return e.getValue();
            }
        }
        return null;
    }
}
