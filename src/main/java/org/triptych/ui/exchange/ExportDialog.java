package org.triptych.ui.exchange;

import org.triptych.export.ExportFormat;
import org.triptych.ui.i18n.Messages;

import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import java.awt.Window;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** File > Export: the format, the target languages and, for DOCX and HTML, a glossary appendix. EDT only. */
public final class ExportDialog {

    /** What the user chose. */
    public record Choice(ExportFormat format, List<String> languages, boolean glossaryAppendix) {
    }

    private ExportDialog() {
    }

    /**
     * Asks how to export a document with the target languages {@code targets}; {@code hasGlossary} offers the
     * appendix. Blocks until closed; empty when cancelled.
     */
    public static Optional<Choice> show(Window owner, Messages messages, String documentName, List<String> targets,
                                        boolean hasGlossary) {
        FormDialog form = new FormDialog(owner, messages.format("export.title", documentName), "exportDialog",
                messages.get("export.ok"), messages);
        JPanel formats = new JPanel();
        formats.setLayout(new BoxLayout(formats, BoxLayout.PAGE_AXIS));
        ButtonGroup group = new ButtonGroup();
        Map<ExportFormat, JRadioButton> buttons = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : ExportFormat.values()) {
            JRadioButton button = new JRadioButton(messages.get("export.format." + format.name().toLowerCase(Locale.ROOT)));
            button.setName("format." + format.name());
            group.add(button);
            formats.add(button);
            buttons.put(format, button);
        }
        form.addRow(messages.get("export.format"), formats);
        JTextArea note = form.addNote("", 3);
        note.setName("exportNote");
        Map<String, JCheckBox> languages = form.addLanguages(messages.get("export.languages"), targets);
        JCheckBox appendix = new JCheckBox(messages.get("export.appendix"), hasGlossary);
        appendix.setName("exportAppendix");
        form.addRow(null, appendix);
        Runnable update = () -> {
            ExportFormat format = selected(buttons);
            note.setText(messages.get("export.note." + format.name().toLowerCase(Locale.ROOT)));
            boolean offersAppendix = format == ExportFormat.DOCX || format == ExportFormat.HTML;
            appendix.setEnabled(hasGlossary && offersAppendix);
        };
        buttons.values().forEach(b -> b.addActionListener(e -> update.run()));
        buttons.get(ExportFormat.DOCX).setSelected(true);
        update.run();
        if (!form.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Choice(selected(buttons), FormDialog.ticked(languages),
                appendix.isEnabled() && appendix.isSelected()));
    }

    private static ExportFormat selected(Map<ExportFormat, JRadioButton> buttons) {
        return buttons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(ExportFormat.DOCX);
    }
}
