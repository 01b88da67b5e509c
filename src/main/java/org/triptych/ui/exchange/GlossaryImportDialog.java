package org.triptych.ui.exchange;

import org.triptych.ui.i18n.Messages;

import javax.swing.JComboBox;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Glossary > Import glossary: which workspace glossary receives the concepts (an existing one or a new file)
 * and, for an OmegaT glossary, which language its targets are in. EDT only.
 */
public final class GlossaryImportDialog {

    /** What the user chose: the glossary CSV to add to (created when missing) and the OmegaT target language. */
    public record Choice(Path glossary, String language) {
    }

    private GlossaryImportDialog() {
    }

    /**
     * @param glossaries     the workspace's glossary files
     * @param newGlossary    the file a new glossary would get
     * @param targets        the target languages to offer for an OmegaT glossary
     * @param needsLanguage  true when the file may be an OmegaT glossary, which does not name its target language
     */
    public static Optional<Choice> show(Window owner, Messages messages, String file, List<Path> glossaries,
                                        Path newGlossary, List<String> targets, boolean needsLanguage) {
        FormDialog form = new FormDialog(owner, messages.format("importGlossary.title", file), "importGlossaryDialog",
                messages.get("importGlossary.ok"), messages);
        List<Path> choices = new ArrayList<>(glossaries);
        List<String> names = new ArrayList<>();
        glossaries.forEach(g -> names.add(g.getFileName().toString()));
        if (!choices.contains(newGlossary)) {
            choices.add(newGlossary);
            names.add(messages.format("importGlossary.new", newGlossary.getFileName()));
        }
        JComboBox<String> into = new JComboBox<>(names.toArray(String[]::new));
        into.setName("importGlossary.into");
        form.addRow(messages.get("importGlossary.into"), into);
        JComboBox<String> language = new JComboBox<>(targets.stream()
                .map(t -> Messages.nativeName(Locale.forLanguageTag(t))).toArray(String[]::new));
        language.setName("importGlossary.language");
        for (int i = 0; i < targets.size(); i++) {
            // OmegaT glossaries are often named after their language pair: en-uk.txt, glossary_ko.txt
            if (Pattern.compile("(?i)(^|[^a-z])" + Pattern.quote(targets.get(i)) + "([^a-z]|$)").matcher(file).find()) {
                language.setSelectedIndex(i);
            }
        }
        language.setEnabled(needsLanguage && !targets.isEmpty());
        form.addRow(messages.get("importGlossary.language"), language);
        form.addNote(messages.get(needsLanguage ? "importGlossary.omegatNote" : "importGlossary.tbxNote"), 2);
        if (!form.showAndWait()) {
            return Optional.empty();
        }
        String lang = language.isEnabled() ? targets.get(language.getSelectedIndex()) : "";
        return Optional.of(new Choice(choices.get(into.getSelectedIndex()), lang));
    }
}
