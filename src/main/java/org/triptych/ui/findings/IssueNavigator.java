package org.triptych.ui.findings;

import org.triptych.check.Finding;
import org.triptych.session.FindingSteps;
import org.triptych.ui.Edt;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.ParagraphTableModel;

import javax.swing.JTextArea;
import java.util.Optional;

/**
 * Next issue (F8) and previous issue (Shift+F8): steps through the live check's findings in reading order from
 * where the translator is, selects the finding's span in its cell, and selects its row in the Issues panel. EDT only.
 */
public final class IssueNavigator {

    private final IssuesController issues;
    private final EditorController editor;
    private final EditorTable table;
    private final ParagraphTableModel model;
    /** The finding last stepped to and where that left the caret; stepping goes on from it while the caret stays. */
    private Finding last;
    private int lastRow = -1;
    private String lastLang;
    private int lastDot = -1;
    private int lastMark = -1;

    public IssueNavigator(IssuesController issues, EditorController editor, EditorTable table, ParagraphTableModel model) {
        this.issues = issues;
        this.editor = editor;
        this.table = table;
        this.model = model;
    }

    /** Goes to the next finding; false when there is none. */
    public boolean next() {
        return step(true);
    }

    /** Goes to the previous finding; false when there is none. */
    public boolean previous() {
        return step(false);
    }

    private boolean step(boolean forward) {
        Edt.mustBeEdt();
        FindingSteps steps = new FindingSteps(issues.all(), model::rowOf, model.targets());
        String lang = editor.currentLang();
        int row = Math.max(0, editor.currentRow());
        JTextArea area = table.editorArea();
        boolean inTarget = table.isEditing() && !table.isViewingSource();
        int offset = inTarget ? area.getSelectionStart() : 0;
        FindingSteps.Place here = new FindingSteps.Place(row, Math.max(0, model.targets().indexOf(lang)), offset);
        boolean stillThere = inTarget && last != null && row == lastRow && lastLang.equals(lang)
                && area.getCaret().getDot() == lastDot && area.getCaret().getMark() == lastMark;
        Finding from = stillThere ? last : null;
        Optional<Finding> target = forward ? steps.next(here, from) : steps.previous(here, from);
        if (target.isEmpty()) {
            return false;
        }
        Finding finding = target.get();
        editor.jumpTo(finding);
        issues.show(finding);
        last = finding;
        lastRow = editor.currentRow();
        lastLang = editor.currentLang();
        lastDot = area.getCaret().getDot();
        lastMark = area.getCaret().getMark();
        return true;
    }
}
