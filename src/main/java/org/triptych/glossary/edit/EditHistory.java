package org.triptych.glossary.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable values: each edit records a whole new value, so undoing is just going
 * back to the previous one. Not thread-safe; the owner confines it to one thread (the EDT in the UI).
 *
 * @param <T> an immutable value type with a meaningful {@code equals}
 */
public final class EditHistory<T> {

    private final int limit;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private T current;

    /** A history starting at {@code initial} that remembers at most {@code limit} undo steps. */
    public EditHistory(T initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.current = Objects.requireNonNull(initial, "initial");
        this.limit = limit;
    }

    public T current() {
        return current;
    }

    /**
     * Makes {@code next} the current value, undoably, and forgets what could be redone.
     *
     * @return false, recording nothing, when {@code next} equals the current value
     */
    public boolean apply(T next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current)) {
            return false;
        }
        undo.push(current);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        return true;
    }

    /** Goes back one step; empty when there is nothing to undo. */
    public Optional<T> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        current = undo.pop();
        return Optional.of(current);
    }

    /** Goes forward one undone step; empty when there is nothing to redo. */
    public Optional<T> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        current = redo.pop();
        return Optional.of(current);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Starts over at {@code value}, forgetting every step (the older values no longer apply). */
    public void reset(T value) {
        current = Objects.requireNonNull(value, "value");
        undo.clear();
        redo.clear();
    }
}
