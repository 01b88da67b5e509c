package org.triptych.ui.editor;

import org.triptych.model.Concept;
import org.triptych.model.Status;
import org.triptych.ui.Edt;
import org.triptych.check.Finding;

import javax.swing.JTextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The translator's moves in the paragraph table: next and previous paragraph, next to translate, the
 * other target language, mark translated, insert a glossary rendering, undo and redo, jump to a span.
 * Knows which target language has the keyboard. EDT only.
 */
public final class EditorController {

    private final ParagraphTableModel model;
    private final EditorTable table;
    private final Supplier<List<Concept>> concepts;
    private final Consumer<String> allTranslated;
    private String currentLang;

    /**
     * @param concepts      the concepts of the Glossary panel, in its order (for Ctrl+1..9)
     * @param allTranslated told the language when every paragraph is translated or reviewed in it
     */
    public EditorController(ParagraphTableModel model, EditorTable table, Supplier<List<Concept>> concepts,
                            Consumer<String> allTranslated) {
        this.model = model;
        this.table = table;
        this.concepts = concepts;
        this.allTranslated = allTranslated;
        table.getColumnModel().getSelectionModel().addListSelectionListener(e -> {
            int column = table.getSelectedColumn();
            if (column >= 0 && table.convertColumnIndexToModel(column) > 0) {
                currentLang = model.langOf(table.convertColumnIndexToModel(column));
            }
        });
    }

    /** The language of the target being edited, or of the last one edited; null when there is none. */
    public String currentLang() {
        return currentLang;
    }

    public void setCurrentLang(String lang) {
        currentLang = lang;
    }

    public int currentRow() {
        return table.getSelectedRow();
    }

    /** Edits the current language's target of {@code row}. */
    public void goTo(int row) {
        Edt.mustBeEdt();
        if (row >= 0 && row < model.getRowCount() && currentLang != null) {
            table.editTarget(row, currentLang);
        }
    }

    public void nextParagraph() {
        goTo(Math.min(model.getRowCount() - 1, currentRow() + 1));
    }

    public void previousParagraph() {
        goTo(Math.max(0, currentRow() - 1));
    }

    /** Moves to the next paragraph whose current target is empty or a draft, wrapping around (Ctrl+U). */
    public void nextUntranslated() {
        if (currentLang == null) {
            return;
        }
        int row = model.editor().nextToTranslate(currentRow(), currentLang);
        if (row >= 0) {
            goTo(row);
        } else {
            allTranslated.accept(currentLang);
        }
    }

    /** Moves the keyboard to the next ({@code +1}) or previous ({@code -1}) target language. */
    public void switchLanguage(int delta) {
        List<String> targets = model.targets();
        if (targets.isEmpty() || currentLang == null) {
            return;
        }
        int i = (targets.indexOf(currentLang) + delta + targets.size()) % targets.size();
        currentLang = targets.get(i);
        goTo(Math.max(0, currentRow()));
    }

    /** Marks the current target translated and moves to the next paragraph (Ctrl+Enter). */
    public void markTranslatedAndNext() {
        markAndNext(Status.TRANSLATED);
    }

    /** Marks the current target reviewed and moves to the next paragraph (Ctrl+Shift+Enter). */
    public void markReviewedAndNext() {
        markAndNext(Status.REVIEWED);
    }

    private void markAndNext(Status status) {
        int row = currentRow();
        if (row < 0 || currentLang == null) {
            return;
        }
        model.editor().seal();
        model.setStatus(row, currentLang, status);
        model.editor().seal();
        nextParagraph();
    }

    /** Inserts the rendering of the n-th concept of the Glossary panel (1-based) at the caret. */
    public void insertRendering(int n) {
        List<Concept> list = concepts.get();
        if (n < 1 || n > list.size() || currentLang == null) {
            return;
        }
        String rendering = list.get(n - 1).preferred(currentLang);
        if (rendering.isEmpty()) {
            return;
        }
        if (!table.isEditing()) {
            goTo(currentRow());
        }
        JTextArea area = table.editorArea();
        model.editor().seal();
        area.replaceSelection(rendering);
        model.editor().seal();
        area.requestFocusInWindow();
    }

    public void undo() {
        restoreAfter(model.editor().undo());
    }

    public void redo() {
        restoreAfter(model.editor().redo());
    }

    private void restoreAfter(int row) {
        if (row >= 0) {
            goTo(row);
        }
    }

    /** Selects a span of a cell: a target in its editor; for the English, moves to the paragraph. */
    public void selectText(int row, String lang, int start, int end) {
        if (lang.equals("en")) {
            goTo(row);
            return;
        }
        currentLang = lang;
        table.editTarget(row, lang);
        JTextArea area = table.editorArea();
        int length = area.getDocument().getLength();
        area.select(Math.min(start, length), Math.min(end, length));
    }

    /** Goes to a finding: its paragraph and language, its text selected when it has a span. */
    public void jumpTo(Finding issue) {
        int row = model.rowOf(issue.paragraph());
        if (row < 0) {
            return;
        }
        if (issue.hasTargetSpan()) {
            selectText(row, issue.lang(), issue.start(), issue.end());
        } else {
            currentLang = issue.lang();
            goTo(row);
        }
    }
}
