package org.triptych.session;

import org.triptych.importer.ReviewImport;
import org.triptych.importer.ReviewImport.Change;
import org.triptych.model.Paragraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The changes of a review file waiting for the translator: each is pending until accepted (then the editor makes
 * it, as one undoable step, and the document is saved as after any edit) or rejected (then nothing happens to the
 * document). Nothing of a review reaches the document before a decision. Taking a new review file replaces the
 * changes still pending.
 *
 * <p>Threads: the editor's owner thread (the EDT in the window), like the {@link DocumentEditor}; listeners are
 * called on it after each change.
 */
public final class PendingReview {

    /** What became of a change. */
    public enum Decision { PENDING, ACCEPTED, REJECTED }

    /** A change of the review and what the translator decided. */
    public record Item(Change change, Decision decision) {
    }

    /** Told after changes were taken in or decided. */
    public interface Listener {
        void reviewChanged(PendingReview review);
    }

    private final DocumentEditor editor;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private Path file;

    public PendingReview(DocumentEditor editor) {
        this.editor = editor;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Takes the changes of a review file read against the document; those of an earlier file still pending go. */
    public void offer(ReviewImport.Review review) {
        items.clear();
        review.changes().forEach(c -> items.add(new Item(c, Decision.PENDING)));
        file = review.file();
        fire();
    }

    /** The review file the changes came from, or null. */
    public Path file() {
        return file;
    }

    /** Every change of the last review file, in document order, with its decision. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    public int pending() {
        return count(Decision.PENDING);
    }

    public int accepted() {
        return count(Decision.ACCEPTED);
    }

    public int rejected() {
        return count(Decision.REJECTED);
    }

    /**
     * Makes change {@code index} in the document: the reviewer's text with the change's status (draft, unless the
     * reviewer marked it reviewed), or the note with the comment. Returns false when its paragraph is no longer in
     * the document or the document does not take edits now (it is closing); then the change stays pending.
     */
    public boolean accept(int index) {
        Item item = items.get(index);
        if (item.decision() != Decision.PENDING) {
            return item.decision() == Decision.ACCEPTED;
        }
        int row = editor.rowOf(item.change().id());
        if (row < 0 || !editor.isEditable()) {
            return false;
        }
        Paragraph before = editor.paragraph(row);
        editor.seal();
        editor.replace(row, ReviewImport.apply(before, item.change()), DocumentEditor.Origin.EDIT);
        editor.seal();
        items.set(index, new Item(item.change(), Decision.ACCEPTED));
        fire();
        return true;
    }

    /** Leaves the document as it is for change {@code index}. */
    public void reject(int index) {
        Item item = items.get(index);
        if (item.decision() == Decision.PENDING) {
            items.set(index, new Item(item.change(), Decision.REJECTED));
            fire();
        }
    }

    /** Accepts every pending change; returns how many were made. */
    public int acceptAll() {
        int made = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).decision() == Decision.PENDING && accept(i)) {
                made++;
            }
        }
        return made;
    }

    /** Rejects every pending change. */
    public void rejectAll() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).decision() == Decision.PENDING) {
                items.set(i, new Item(items.get(i).change(), Decision.REJECTED));
            }
        }
        fire();
    }

    private int count(Decision decision) {
        return (int) items.stream().filter(i -> i.decision() == decision).count();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.reviewChanged(this);
        }
    }
}
