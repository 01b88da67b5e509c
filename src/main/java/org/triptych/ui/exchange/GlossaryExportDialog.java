package org.triptych.ui.exchange;

import org.triptych.export.GlossaryExport;
import org.triptych.ui.i18n.Messages;

import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import java.awt.Window;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Glossary > Export glossary: which glossary, the format (TBX, OmegaT, CSV) and the target languages. EDT only. */
public final class GlossaryExportDialog {

    /** What the user chose; {@code glossary} indexes the list of glossaries shown. */
    public record Choice(int glossary, GlossaryExport.Format format, List<String> languages) {
    }

    private GlossaryExportDialog() {
    }

    /** Asks how to export one of the glossaries named {@code glossaries}, offering the languages {@code targets}. */
    public static Optional<Choice> show(Window owner, Messages messages, List<String> glossaries, List<String> targets) {
        FormDialog form = new FormDialog(owner, messages.get("exportGlossary.title"), "exportGlossaryDialog",
                messages.get("export.ok"), messages);
        JComboBox<String> which = new JComboBox<>(glossaries.toArray(String[]::new));
        which.setName("exportGlossary.glossary");
        form.addRow(messages.get("exportGlossary.glossary"), which);
        JPanel formats = new JPanel();
        formats.setLayout(new BoxLayout(formats, BoxLayout.PAGE_AXIS));
        ButtonGroup group = new ButtonGroup();
        Map<GlossaryExport.Format, JRadioButton> buttons = new EnumMap<>(GlossaryExport.Format.class);
        for (GlossaryExport.Format format : GlossaryExport.Format.values()) {
            String key = format.name().toLowerCase(Locale.ROOT);
            JRadioButton button = new JRadioButton(messages.get("exportGlossary.format." + key));
            button.setName("glossaryFormat." + format.name());
            group.add(button);
            formats.add(button);
            buttons.put(format, button);
        }
        form.addRow(messages.get("export.format"), formats);
        JTextArea note = form.addNote("", 2);
        Map<String, JCheckBox> languages = form.addLanguages(messages.get("export.languages"), targets);
        Runnable update = () -> note.setText(messages.get("exportGlossary.note."
                + selected(buttons).name().toLowerCase(Locale.ROOT)));
        buttons.values().forEach(b -> b.addActionListener(e -> update.run()));
        buttons.get(GlossaryExport.Format.TBX).setSelected(true);
        update.run();
        if (!form.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Choice(which.getSelectedIndex(), selected(buttons), FormDialog.ticked(languages)));
    }

    private static GlossaryExport.Format selected(Map<GlossaryExport.Format, JRadioButton> buttons) {
        return buttons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(GlossaryExport.Format.TBX);
    }
}
