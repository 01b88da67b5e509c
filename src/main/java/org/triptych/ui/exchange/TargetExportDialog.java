package org.triptych.ui.exchange;

import org.triptych.ui.i18n.Messages;

import javax.swing.JCheckBox;
import java.awt.Window;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** File > Export translated document: the languages to write, each as a copy of the source. EDT only. */
public final class TargetExportDialog {

    private TargetExportDialog() {
    }

    /**
     * Asks which of {@code targets} to write as translated documents of the source {@code sourceName}. Blocks
     * until closed; empty when cancelled or when no language is ticked.
     */
    public static Optional<List<String>> show(Window owner, Messages messages, String documentName, String sourceName,
                                              List<String> targets) {
        FormDialog form = new FormDialog(owner, messages.format("targetExport.title", documentName), "targetExportDialog",
                messages.get("export.ok"), messages);
        form.addNote(messages.format("targetExport.note", sourceName), 4).setName("targetExportNote");
        Map<String, JCheckBox> languages = form.addLanguages(messages.get("export.languages"), targets);
        if (!form.showAndWait()) {
            return Optional.empty();
        }
        List<String> ticked = FormDialog.ticked(languages);
        return ticked.isEmpty() ? Optional.empty() : Optional.of(ticked);
    }
}
