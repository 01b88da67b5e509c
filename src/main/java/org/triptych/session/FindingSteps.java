package org.triptych.session;

import org.triptych.check.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Next issue / previous issue: the findings of the live check in reading order (paragraph, then target language in
 * the document's order, then position in the cell), and the step from where the translator is to the next or
 * previous one, wrapping around. Immutable; any thread.
 */
public final class FindingSteps {

    /**
     * A place in the document: a row, the index of a target language in the document's targets, and a character
     * offset in that cell.
     */
    public record Place(int row, int lang, int offset) implements Comparable<Place> {
        private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::row)
                .thenComparingInt(Place::lang).thenComparingInt(Place::offset);

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    private record Located(Finding finding, Place place) {
    }

    private final List<Located> ordered;

    /**
     * @param findings the live check's findings
     * @param rowOf    the row of a paragraph id, or -1 (findings of paragraphs no longer there, and those of no
     *                 paragraph, are left out)
     * @param targets  the document's target languages, in column order
     */
    public FindingSteps(List<Finding> findings, ToIntFunction<String> rowOf, List<String> targets) {
        List<Located> located = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int row = f.paragraph() == null ? -1 : rowOf.applyAsInt(f.paragraph()); // null: a glossary row's
            int lang = targets.indexOf(f.lang());
            if (row >= 0 && lang >= 0) {
                located.add(new Located(f, new Place(row, lang, f.hasTargetSpan() ? f.start() : 0)));
            }
        }
        located.sort(Comparator.comparing(Located::place)); // stable: findings at one place keep the check's order
        this.ordered = List.copyOf(located);
    }

    public int size() {
        return ordered.size();
    }

    /**
     * The finding after the translator's position: after {@code current} when the translator is still on the
     * finding last stepped to (null otherwise), else the first at or after {@code here}; wraps to the first.
     */
    public Optional<Finding> next(Place here, Finding current) {
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        int at = indexOf(current);
        if (at >= 0) {
            return Optional.of(ordered.get((at + 1) % ordered.size()).finding());
        }
        for (Located l : ordered) {
            if (l.place().compareTo(here) >= 0) {
                return Optional.of(l.finding());
            }
        }
        return Optional.of(ordered.get(0).finding());
    }

    /**
     * The finding before the translator's position: before {@code current} when the translator is still on the
     * finding last stepped to (null otherwise), else the last before {@code here}; wraps to the last.
     */
    public Optional<Finding> previous(Place here, Finding current) {
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        int at = indexOf(current);
        if (at >= 0) {
            return Optional.of(ordered.get(Math.floorMod(at - 1, ordered.size())).finding());
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (ordered.get(i).place().compareTo(here) < 0) {
                return Optional.of(ordered.get(i).finding());
            }
        }
        return Optional.of(ordered.get(ordered.size() - 1).finding());
    }

    private int indexOf(Finding finding) {
        if (finding == null) {
            return -1;
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).finding().equals(finding)) {
                return i;
            }
        }
        return -1;
    }
}
