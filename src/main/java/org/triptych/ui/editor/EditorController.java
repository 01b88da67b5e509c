package org.triptych.ui.editor;

import org.triptych.ui.feature.WorkbenchState;

import org.triptych.model.Concept;
import org.triptych.model.Paragraph;
import org.triptych.ui.i18n.Messages;
import org.triptych.model.Status;
import org.triptych.ui.Edt;
import org.triptych.check.Finding;
import org.triptych.check.Terminology;
import org.triptych.morph.RenderingForms;

import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The translator's moves in the paragraph table: next and previous paragraph, next to translate, next draft,
 * go to a paragraph, the other target language, the English, mark translated, edit the note, insert a glossary
 * rendering, undo and redo, jump to a span.
 * Knows which target language has the keyboard. EDT only.
 */
public final class EditorController implements WorkbenchState.Editing {

    private final ParagraphTableModel model;
    private final EditorTable table;
    private final Supplier<List<Concept>> concepts;
    private final Consumer<String> allTranslated;
    private String currentLang;
    /** The last glossary insertion, for Ctrl+N pressed again and for a Korean particle typed after it. */
    private Insertion lastInsertion;

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
        table.editorArea().getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                if (lastInsertion != null && lastInsertion.lang().startsWith("ko")) {
                    // the document cannot be changed while it tells its listeners of a change
                    SwingUtilities.invokeLater(EditorController.this::particleTyped);
                }
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                // a deletion ends no particle
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attribute changes only
            }
        });
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

    /**
     * Moves to the next paragraph whose current target is a draft, wrapping around (Go > Next draft); false when
     * there is none.
     */
    public boolean nextDraft() {
        if (currentLang == null) {
            return false;
        }
        int row = model.editor().nextDraft(currentRow(), currentLang);
        if (row < 0) {
            return false;
        }
        goTo(row);
        return true;
    }

    /** Asks for a paragraph id or number and goes there (Ctrl+G). */
    public void goToParagraph(Window owner, Messages messages) {
        if (model.getRowCount() == 0) {
            return;
        }
        int row = GoToParagraphDialog.ask(owner, messages, model.editor());
        goTo(row >= 0 ? row : Math.max(0, currentRow()));
    }

    /**
     * Edits the note of the current paragraph (Ctrl+M) in a small dialog under it; the note goes through the
     * document editor, so it is saved and undone like any edit and leaves the statuses alone.
     */
    public void editNote(Window owner, Messages messages) {
        int row = currentRow();
        if (row < 0 || !model.editor().isEditable()) {
            return;
        }
        model.editor().seal();
        Paragraph paragraph = model.paragraph(row);
        Optional<String> note = NoteDialog.ask(owner, messages, paragraph.id(), paragraph.note(), table.getFont(),
                rowOnScreen(row));
        if (note.isPresent() && row < model.getRowCount() && model.paragraph(row).id().equals(paragraph.id())) {
            model.setNote(row, note.get());
        }
        goTo(row);
    }

    /** The screen bounds of a row's visible part, or null when the table is not on screen. */
    private Rectangle rowOnScreen(int row) {
        if (!table.isShowing()) {
            return null;
        }
        Rectangle rect = table.getCellRect(row, 0, true).union(table.getCellRect(row, table.getColumnCount() - 1, true));
        Rectangle visible = rect.intersection(table.getVisibleRect());
        Point origin = visible.getLocation();
        SwingUtilities.convertPointToScreen(origin, table);
        return new Rectangle(origin, visible.getSize());
    }

    /**
     * Moves the keyboard into the current paragraph's English (read-only, words can be selected for Ctrl+Shift+G),
     * or from there back to the target being translated (F6).
     */
    public void toggleEnglish() {
        int row = Math.max(0, currentRow());
        if (row >= model.getRowCount()) {
            return;
        }
        if (table.isViewingSource()) {
            goTo(row);
        } else {
            table.viewSource(row);
        }
    }

    /**
     * The screen bounds of the text selected in the cell being edited, or of the current row when nothing is
     * selected there (a match in the English); null when the table is not on screen. Keeps dialogs clear of a match.
     */
    public Rectangle selectionOnScreen() {
        if (!table.isShowing()) {
            return null;
        }
        JTextArea area = table.editorArea();
        if (!table.isEditing() || table.isViewingSource() || area.getSelectionStart() == area.getSelectionEnd()) {
            return currentRow() < 0 ? null : rowOnScreen(currentRow());
        }
        try {
            Rectangle2D start = area.modelToView2D(area.getSelectionStart());
            Rectangle2D end = area.modelToView2D(area.getSelectionEnd());
            if (start == null || end == null) {
                return null;
            }
            Rectangle match = start.getBounds().union(end.getBounds());
            if (match.height > start.getBounds().height) { // spans lines: the whole width of the cell
                match = new Rectangle(0, match.y, area.getWidth(), match.height);
            }
            Point origin = match.getLocation();
            SwingUtilities.convertPointToScreen(origin, area);
            return new Rectangle(origin, match.getSize());
        } catch (BadLocationException e) {
            return null;
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

    /**
     * Inserts the rendering of the n-th concept of the Glossary panel (1-based) at the caret, capitalised when it
     * starts a sentence. Pressed again right after (caret still at its end, text unchanged) it replaces the inserted
     * text with the rendering's next form: the case the preceding preposition governs first, then the other cases,
     * singular and plural ({@link RenderingForms#cycle}). Each press is one undo step.
     */
    public void insertRendering(int n) {
        List<Concept> list = concepts.get();
        if (n < 1 || n > list.size() || currentLang == null) {
            return;
        }
        Concept concept = list.get(n - 1);
        String rendering = concept.preferred(currentLang);
        if (rendering.isEmpty()) {
            return;
        }
        if (!table.isEditing()) {
            goTo(currentRow());
        }
        JTextArea area = table.editorArea();
        Insertion last = lastInsertion;
        if (last != null && last.n() == n && last.row() == currentRow() && last.lang().equals(currentLang)
                && last.isStillIn(area)) {
            int next = (last.index() + 1) % last.forms().size();
            area.select(last.start(), last.end());
            replaceSelection(area, last.forms().get(next));
            lastInsertion = new Insertion(n, last.row(), last.lang(), last.start(), last.forms(), next);
            return;
        }
        int start = area.getSelectionStart();
        List<String> forms = RenderingForms.cycle(currentLang, rendering, area.getText().substring(0, start),
                Terminology.isFeminineName(concept));
        replaceSelection(area, forms.get(0));
        lastInsertion = new Insertion(n, currentRow(), currentLang, start, forms, 0);
    }

    private void replaceSelection(JTextArea area, String text) {
        model.editor().seal();
        area.replaceSelection(text);
        model.editor().seal();
        area.requestFocusInWindow();
    }

    /** Puts text at the caret of {@code lang}'s cell of the current paragraph, as one undo step. */
    @Override
    public void insert(String lang, String text) {
        int row = currentRow();
        if (row < 0 || text.isEmpty() || !model.targets().contains(lang)) {
            return;
        }
        if (!lang.equals(currentLang) || !table.isEditing() || table.isViewingSource()) {
            currentLang = lang;
            goTo(row);
        }
        JTextArea area = table.editorArea();
        model.editor().seal();
        area.replaceSelection(text);
        model.editor().seal();
        area.requestFocusInWindow();
    }

    /** Replaces the text of {@code lang}'s cell of the current paragraph, as one undo step. */
    @Override
    public void replace(String lang, String text) {
        int row = currentRow();
        if (row < 0 || !model.targets().contains(lang)) {
            return;
        }
        model.editor().seal();
        if (lang.equals(currentLang) && table.isEditing() && !table.isViewingSource()) {
            JTextArea area = table.editorArea();
            area.selectAll();
            area.replaceSelection(text);
        } else {
            model.setText(row, lang, text);
        }
        model.editor().seal();
    }

    /**
     * After a Korean rendering was inserted, a particle typed right after it and ended by a space or punctuation
     * is replaced by the allomorph that fits the rendering's final sound (푸틴는 → 푸틴은), as an undo step of its own.
     */
    private void particleTyped() {
        Insertion last = lastInsertion;
        JTextArea area = table.editorArea();
        if (last == null || !last.lang().startsWith("ko") || !table.isEditing() || last.row() != currentRow()
                || !last.lang().equals(currentLang)) {
            return;
        }
        String text = area.getText();
        int end = last.end();
        int caret = area.getCaretPosition();
        if (end > text.length() || caret <= end + 1 || caret > text.length()
                || !text.startsWith(last.forms().get(last.index()), last.start())) {
            return;
        }
        char after = text.charAt(caret - 1);
        String particle = text.substring(end, caret - 1);
        if (!(Character.isWhitespace(after) || ".,!?;:)".indexOf(after) >= 0)
                || !particle.chars().allMatch(c -> c >= '\uAC00' && c <= '\uD7A3')) {
            return;
        }
        RenderingForms.fittingParticle(last.forms().get(last.index()), particle).ifPresent(fitting -> {
            lastInsertion = null;
            area.select(end, end + particle.length());
            replaceSelection(area, fitting);
            area.setCaretPosition(Math.min(area.getDocument().getLength(), end + fitting.length() + 1));
        });
    }

    /** The text a Ctrl+N put into a cell and the forms it cycles through. */
    private record Insertion(int n, int row, String lang, int start, List<String> forms, int index) {

        int end() {
            return start + forms.get(index).length();
        }

        /** True while the inserted form is still there with the caret right after it and nothing selected. */
        boolean isStillIn(JTextArea area) {
            String text = area.getText();
            return area.getSelectionStart() == end() && area.getSelectionEnd() == end() && end() <= text.length()
                    && text.startsWith(forms.get(index), start);
        }
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
        if (issue.paragraph() == null) {
            return; // a finding of a glossary row: no paragraph to go to
        }
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
