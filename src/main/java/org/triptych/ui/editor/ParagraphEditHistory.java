package org.triptych.ui.editor;

import org.triptych.model.Paragraph;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo of paragraph edits. Consecutive keystrokes in one cell coalesce into one step until the
 * translator moves to another cell; changes that come from disk clear the history, since undoing across
 * them would bring back text another program replaced. EDT only.
 */
public final class ParagraphEditHistory implements ParagraphTableModel.ChangeListener {

    private static final int LIMIT = 500;

    private record Step(int row, Paragraph before, Paragraph after) {
    }

    private final ParagraphTableModel model;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private boolean open;
    private Runnable onChange = () -> { };

    public ParagraphEditHistory(ParagraphTableModel model) {
        this.model = model;
        model.addChangeListener(this);
    }

    /** Called after every change of what can be undone or redone (to enable menu items). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Ends the current typing run: the next keystroke starts a new undo step. */
    public void seal() {
        open = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last step; returns its row, or -1 when there was nothing to undo. */
    public int undo() {
        Step step = undo.pollFirst();
        if (step == null) {
            return -1;
        }
        open = false;
        redo.addFirst(step);
        model.replace(step.row(), step.before(), ParagraphTableModel.Origin.HISTORY);
        onChange.run();
        return step.row();
    }

    public int redo() {
        Step step = redo.pollFirst();
        if (step == null) {
            return -1;
        }
        open = false;
        undo.addFirst(step);
        model.replace(step.row(), step.after(), ParagraphTableModel.Origin.HISTORY);
        onChange.run();
        return step.row();
    }

    @Override
    public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
        switch (origin) {
            case HISTORY -> {
                return;
            }
            case DISK -> clear();
            case EDIT -> {
                Step top = undo.peekFirst();
                if (open && top != null && top.row() == row && sameCellChanged(top, after)) {
                    undo.pollFirst();
                    undo.addFirst(new Step(row, top.before(), after));
                } else {
                    undo.addFirst(new Step(row, before, after));
                    if (undo.size() > LIMIT) {
                        undo.pollLast();
                    }
                }
                open = true;
                redo.clear();
            }
        }
        onChange.run();
    }

    /** True when the new change touches the same target cell as the open step (so they coalesce). */
    private static boolean sameCellChanged(Step top, Paragraph after) {
        int changedBefore = 0;
        for (String lang : after.targets().keySet()) {
            boolean inStep = !top.before().target(lang).equals(top.after().target(lang));
            boolean inNew = !top.after().target(lang).equals(after.target(lang));
            if (inNew && !inStep) {
                return false;
            }
            if (inNew) {
                changedBefore++;
            }
        }
        return changedBefore <= 1;
    }

    @Override
    public void documentReplaced() {
        clear();
        onChange.run();
    }

    private void clear() {
        undo.clear();
        redo.clear();
        open = false;
    }
}
