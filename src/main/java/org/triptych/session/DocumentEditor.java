package org.triptych.session;

import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open document's truth: its live (possibly unsaved) paragraphs, the status rules applied to every edit,
 * and undo/redo. Listeners hear of each change.
 *
 * <p>Threads: changes are made on one owner thread (the EDT in the window) and listeners are called on it,
 * after the change, outside the editor's lock. {@link #current()}, {@link #snapshot()} and {@link #revision()}
 * may be called from any thread (saving reads them from the file thread).
 */
public final class DocumentEditor {

    /**
     * Where a change comes from, so undo history and saving can tell them apart: the translator's edit, an undo or
     * redo, a merge from disk, or a change Triptych made on the translator's behalf (a repeated paragraph filled
     * in), which is saved like an edit but is no step of the undo history.
     */
    public enum Origin { EDIT, HISTORY, DISK, AUTOMATIC }

    /** Told about every change of content, on the thread that made it. */
    public interface Listener {
        /** One paragraph changed; {@code origin} says whether an edit, an undo/redo, or a merge from disk did it. */
        void paragraphChanged(int row, Paragraph before, Paragraph after, Origin origin);

        /** All rows were replaced (a document opened or reloaded); {@code previous} is what was there before. */
        void documentReplaced(Document previous, Document now);
    }

    /** The content at one revision; the revision grows by one with every change. */
    public record Revision(Document document, long number) {
    }

    private static final int UNDO_LIMIT = 500;

    private record Step(int row, Paragraph before, Paragraph after) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Guarded by this. */
    private Document document;
    private final ArrayList<Paragraph> paragraphs = new ArrayList<>();
    private long revision;
    /** Owner thread only. */
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private boolean typing;
    /** False while the document is being closed: edits would not reach the disk. */
    private volatile boolean editable = true;

    public DocumentEditor(Document document) {
        this.document = document;
        paragraphs.addAll(document.paragraphs());
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** The current content as an immutable document (cheap: one list copy). Any thread. */
    public synchronized Document snapshot() {
        return document.withParagraphs(paragraphs);
    }

    /** The current content and its revision, read together. Any thread. */
    public synchronized Revision current() {
        return new Revision(document.withParagraphs(paragraphs), revision);
    }

    /** Counts changes: equal revisions mean equal content. Any thread. */
    public synchronized long revision() {
        return revision;
    }

    /** The document as opened (its path, columns and targets); its paragraphs may be stale, see {@link #snapshot()}. */
    public synchronized Document document() {
        return document;
    }

    public synchronized List<String> targets() {
        return document.targets();
    }

    public synchronized int size() {
        return paragraphs.size();
    }

    public synchronized Paragraph paragraph(int row) {
        return paragraphs.get(row);
    }

    /** The row of a paragraph id, or -1. */
    public synchronized int rowOf(String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next row after {@code row}, wrapping around, whose {@code lang} cell still needs work: empty, a
     * draft, or text without a status. Returns -1 when every cell is translated or reviewed.
     */
    public synchronized int nextToTranslate(int row, String lang) {
        int n = paragraphs.size();
        for (int step = 1; step <= n; step++) {
            int candidate = Math.floorMod(row + step, n);
            if (!paragraphs.get(candidate).target(lang).isDone()) {
                return candidate;
            }
        }
        return -1;
    }

    /**
     * The next row after {@code row}, wrapping around, whose {@code lang} cell is a draft; -1 when there is none
     * (Go > Next draft).
     */
    public synchronized int nextDraft(int row, String lang) {
        int n = paragraphs.size();
        for (int step = 1; step <= n; step++) {
            int candidate = Math.floorMod(row + step, n);
            if (paragraphs.get(candidate).target(lang).status() == Status.DRAFT) {
                return candidate;
            }
        }
        return -1;
    }

    /**
     * The row a translator means by {@code reference} (Go to paragraph): the paragraph with that id, else the
     * paragraph at that 1-based number; -1 when neither matches. Surrounding spaces and a leading '#' are ignored.
     */
    public synchronized int rowOfReference(String reference) {
        String wanted = reference.strip();
        if (wanted.startsWith("#")) {
            wanted = wanted.substring(1).strip();
        }
        if (wanted.isEmpty()) {
            return -1;
        }
        int byId = rowOf(wanted);
        if (byId >= 0) {
            return byId;
        }
        if (wanted.chars().allMatch(c -> c >= '0' && c <= '9') && wanted.length() <= 9) {
            int number = Integer.parseInt(wanted);
            return number >= 1 && number <= paragraphs.size() ? number - 1 : -1;
        }
        return -1;
    }

    // ---- changing --------------------------------------------------------------------------------------

    /** False stops every edit, undo and redo (not changes from disk) while the document is being closed. */
    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    public boolean isEditable() {
        return editable;
    }

    /** Replaces the whole document (open or reload); clears the undo history. */
    public void setDocument(Document newDocument) {
        Document previous;
        synchronized (this) {
            previous = document.withParagraphs(paragraphs);
            document = newDocument;
            paragraphs.clear();
            paragraphs.addAll(newDocument.paragraphs());
            paragraphs.trimToSize();
            revision++;
        }
        clearHistory();
        for (Listener l : listeners) {
            l.documentReplaced(previous, newDocument);
        }
    }

    /**
     * Sets a target's text and applies the status rules: text typed into an empty cell makes it a draft;
     * changing the text of a translated or reviewed cell lowers it to draft (it must be looked at again);
     * emptying a cell clears its status.
     */
    public void setText(int row, String lang, String text) {
        Translation old = paragraph(row).target(lang);
        if (old.text().equals(text)) {
            return;
        }
        replace(row, ownedByTranslator(paragraph(row), lang)
                .withTarget(lang, new Translation(text, statusAfterEdit(old.status(), text))), Origin.EDIT);
    }

    /**
     * Replaces {@code [start, end)} of the target of paragraph {@code paragraphId} in {@code lang} with
     * {@code replacement} as one undoable edit (a finding's fix, a spelling suggestion) under the status rules of
     * {@link #setText}, when that span still reads {@code expected}.
     *
     * @return false, changing nothing, when the paragraph is gone or its text changed since
     */
    public boolean replaceSpan(String paragraphId, String lang, int start, int end, String expected, String replacement) {
        int row = rowOf(paragraphId);
        if (row < 0 || !isEditable()) {
            return false;
        }
        String text = paragraph(row).target(lang).text();
        if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(expected)) {
            return false;
        }
        seal();
        setText(row, lang, text.substring(0, start) + replacement + text.substring(end));
        seal();
        return true;
    }

    /** The paragraph with {@code lang}'s text no longer marked as written by Triptych: the translator took it over. */
    private static Paragraph ownedByTranslator(Paragraph p, String lang) {
        return p.withExtra(Columns.originColumn(lang), "");
    }

    /** The status rule of a text edit, given the status the cell had. */
    static Status statusAfterEdit(Status before, String newText) {
        if (newText.isBlank()) {
            return Status.NONE;
        }
        return before == Status.NONE || before.isDone() ? Status.DRAFT : before;
    }

    /**
     * Marks a target; an empty cell has no status to mark, so it is left as it is. Marking it translated or
     * reviewed makes text Triptych filled in the translator's own.
     */
    public void setStatus(int row, String lang, Status status) {
        Translation old = paragraph(row).target(lang);
        if (old.status() != status && !old.isEmpty()) {
            Paragraph p = status.isDone() ? ownedByTranslator(paragraph(row), lang) : paragraph(row);
            replace(row, p.withTarget(lang, old.withStatus(status)), Origin.EDIT);
        }
    }

    /**
     * Sets the note of a paragraph. The translations and their statuses stay as they are: a note is about the
     * paragraph, not a change of its text. One call is one undo step.
     */
    public void setNote(int row, String note) {
        if (paragraph(row).note().equals(note)) {
            return;
        }
        seal();
        replace(row, paragraph(row).withNote(note), Origin.EDIT);
        seal();
    }

    /** Replaces one paragraph as it is (no status rule) and tells the listeners. */
    public void replace(int row, Paragraph after, Origin origin) {
        if (origin != Origin.DISK && !editable) {
            return;
        }
        Paragraph before;
        synchronized (this) {
            before = paragraphs.get(row);
            if (before.equals(after)) {
                return;
            }
            paragraphs.set(row, after);
            revision++;
        }
        record(row, before, after, origin);
        for (Listener l : listeners) {
            l.paragraphChanged(row, before, after, origin);
        }
    }

    // ---- undo and redo ---------------------------------------------------------------------------------

    /** Ends the current typing run: the next keystroke starts a new undo step. */
    public void seal() {
        typing = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last step; returns its row, or -1 when there was nothing to undo. */
    public int undo() {
        if (!editable) {
            return -1;
        }
        Step step = undo.pollFirst();
        if (step == null) {
            return -1;
        }
        typing = false;
        redo.addFirst(step);
        replace(step.row(), step.before(), Origin.HISTORY);
        return step.row();
    }

    /** Redoes the last undone step; returns its row, or -1 when there was nothing to redo. */
    public int redo() {
        if (!editable) {
            return -1;
        }
        Step step = redo.pollFirst();
        if (step == null) {
            return -1;
        }
        typing = false;
        undo.addFirst(step);
        replace(step.row(), step.after(), Origin.HISTORY);
        return step.row();
    }

    /**
     * Keeps the undo history: consecutive keystrokes in one cell coalesce into one step until the translator
     * moves on ({@link #seal()}); changes from disk clear it, since undoing across them would bring back text
     * another program replaced.
     */
    private void record(int row, Paragraph before, Paragraph after, Origin origin) {
        switch (origin) {
            case HISTORY, AUTOMATIC -> {
            }
            case DISK -> clearHistory();
            case EDIT -> {
                Step top = undo.peekFirst();
                if (typing && top != null && top.row() == row && sameCellChanged(top, after)) {
                    undo.pollFirst();
                    undo.addFirst(new Step(row, top.before(), after));
                } else {
                    undo.addFirst(new Step(row, before, after));
                    if (undo.size() > UNDO_LIMIT) {
                        undo.pollLast();
                    }
                }
                typing = true;
                redo.clear();
            }
        }
    }

    /** True when the new change touches the same target cell as the open step (so they coalesce). */
    private static boolean sameCellChanged(Step top, Paragraph after) {
        if (!top.after().note().equals(after.note()) || !top.before().note().equals(top.after().note())) {
            return false; // a note change is a step of its own
        }
        int changed = 0;
        for (String lang : after.targets().keySet()) {
            boolean inStep = !top.before().target(lang).equals(top.after().target(lang));
            boolean inNew = !top.after().target(lang).equals(after.target(lang));
            if (inNew && !inStep) {
                return false;
            }
            if (inNew) {
                changed++;
            }
        }
        return changed <= 1;
    }

    private void clearHistory() {
        undo.clear();
        redo.clear();
        typing = false;
    }
}
