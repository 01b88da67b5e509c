package org.triptych.memory;

import org.triptych.model.Status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of the translation memory: an English sentence (or a run of sentences, or a whole paragraph when its
 * sentences could not be aligned) with its translations by language tag, their statuses, and where it comes from.
 *
 * @param paragraph true when the unit is a whole paragraph kept because its sentences could not be aligned
 */
public record MemoryEntry(String english, Map<String, String> targets, Map<String, Status> statuses, Origin origin,
                          boolean paragraph) {

    /** Where a unit comes from. */
    public enum Kind { DOCUMENT, TMX }

    /**
     * A source of memory: a document of the workspace (its name and the paragraph's id) or a TMX file of
     * {@code tm/} (its name and the unit's line), with the file's last change.
     *
     * @param source the file the unit was read from, the key its units are replaced by
     */
    public record Origin(Kind kind, String source, String name, String unit, long modifiedMillis) {
        public Origin {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }

        /** The key of one paragraph or TMX unit: what an update of it replaces. */
        String unitKey() {
            return source + "#" + unit;
        }
    }

    public MemoryEntry {
        Objects.requireNonNull(english, "english");
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        statuses = Map.copyOf(statuses);
        Objects.requireNonNull(origin, "origin");
    }

    /** The translation into {@code lang}, or an empty string. */
    public String target(String lang) {
        return targets.getOrDefault(lang, "");
    }

    /** The status of the translation into {@code lang}; {@link Status#NONE} when its source records none. */
    public Status status(String lang) {
        return statuses.getOrDefault(lang, Status.NONE);
    }
}
