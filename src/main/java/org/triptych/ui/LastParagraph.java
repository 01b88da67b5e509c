package org.triptych.ui;

import org.triptych.session.DocumentEditor;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.ParagraphTableModel;

/**
 * Remembers, per document, the paragraph the translator is at (in {@link UiSettings}), so that the document
 * reopens there rather than at its first paragraph. EDT only.
 */
final class LastParagraph {

    private final UiSettings settings;

    LastParagraph(UiSettings settings, EditorTable table, ParagraphTableModel model) {
        this.settings = settings;
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && row < model.getRowCount()) {
                settings.setLastParagraph(model.document().path(), model.paragraph(row).id());
            }
        });
    }

    /** The row to open {@code editor}'s document at: where the translator left it, else the first. */
    int rowToOpen(DocumentEditor editor) {
        String id = settings.lastParagraph(editor.document().path());
        return id.isEmpty() ? 0 : Math.max(0, editor.rowOf(id));
    }
}
