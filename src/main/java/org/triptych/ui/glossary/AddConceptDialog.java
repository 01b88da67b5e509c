package org.triptych.ui.glossary;

import com.ibm.icu.text.Normalizer2;
import org.triptych.glossary.edit.DuplicateTerms;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.translit.KoreanNames;
import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Add to glossary" dialog prefilled from selections: terms per language, forbidden variants per target
 * language, a note; returns the new concept, or empty if cancelled. Speaks the interface language it is given.
 * EDT only.
 */
public final class AddConceptDialog {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String KOREAN = "ko";
    private static final String UKRAINIAN = "uk";

    private final JDialog dialog;
    private final Messages messages;
    private final List<Concept> existing;
    private final Map<String, JTextField> fields = new LinkedHashMap<>();
    /** Forbidden variants by target language tag. */
    private final Map<String, JTextField> forbiddenFields = new LinkedHashMap<>();
    private final JTextField note = new JTextField(28);
    private final JLabel warning = new JLabel(" ");
    /** The Ukrainian spelling of a Korean person's name, offered under the Ukrainian field. */
    private final JLabel suggestion = new JLabel(" ");
    private final JButton useSuggestion = new JButton();
    private final JButton ok = new JButton();
    private Concept result;

    private AddConceptDialog(Window owner, Messages messages, List<String> languages, List<Concept> existing,
                             String english, Map<String, String> targetSelections) {
        this.messages = messages;
        this.existing = existing;
        this.dialog = new JDialog(owner, messages.get("addConcept.title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("addConceptDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        List<String> tags = new ArrayList<>(languages);
        if (!tags.contains(Columns.SOURCE)) {
            tags.add(0, Columns.SOURCE);
        }
        for (String tag : tags) {
            JTextField field = new JTextField(28);
            field.setName("addConcept." + tag);
            field.setText(cleanSelection(tag.equals(Columns.SOURCE) ? english : targetSelections.getOrDefault(tag, "")));
            fields.put(tag, field);
            if (!tag.equals(Columns.SOURCE)) {
                JTextField forbidden = new JTextField(28);
                forbidden.setName("addConcept." + Columns.forbiddenColumn(tag));
                forbiddenFields.put(tag, forbidden);
            }
        }
        note.setName("addConcept.note");
        warning.setName("addConcept.warning");
        suggestion.setName("addConcept.suggestion");
        useSuggestion.setName("addConcept.useSuggestion");
        dialog.setContentPane(content());
        fields.get(Columns.SOURCE).getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                englishChanged();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                englishChanged();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                englishChanged();
            }
        });
        englishChanged();
        for (String tag : List.of(Columns.SOURCE, KOREAN, UKRAINIAN)) {
            JTextField field = fields.get(tag);
            if (field != null) {
                field.getDocument().addDocumentListener(new DocumentListener() {
                    @Override
                    public void insertUpdate(DocumentEvent e) {
                        suggest();
                    }

                    @Override
                    public void removeUpdate(DocumentEvent e) {
                        suggest();
                    }

                    @Override
                    public void changedUpdate(DocumentEvent e) {
                        suggest();
                    }
                });
            }
        }
        suggest();
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        dialog.setLocationRelativeTo(owner);
    }

    /**
     * Shows the dialog in the language of {@code messages} with a field per language (English first, added
     * when missing) and one for each target language's forbidden variants, and returns the concept the user
     * confirmed. {@code targetSelections} maps language tags to prefilled text. Blocks until closed.
     */
    public static Optional<Concept> show(Window owner, Messages messages, List<String> languages, String english,
                                         Map<String, String> targetSelections) {
        return open(owner, messages, languages, List.of(), english, targetSelections);
    }

    /**
     * As {@link #show(Window, Messages, List, String, Map)} for {@code glossary}'s languages, warning when the
     * English term is already in it.
     */
    public static Optional<Concept> show(Window owner, Messages messages, Glossary glossary, String english,
                                         Map<String, String> targetSelections) {
        return open(owner, messages, glossary.languages(), glossary.concepts(), english, targetSelections);
    }

    private static Optional<Concept> open(Window owner, Messages messages, List<String> languages,
                                          List<Concept> existing, String english, Map<String, String> targetSelections) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Swing components are used on the Event Dispatch Thread only");
        }
        AddConceptDialog form = new AddConceptDialog(owner, messages, languages, existing, english, targetSelections);
        form.dialog.setVisible(true); // modal: returns once the dialog is closed
        return Optional.ofNullable(form.result);
    }

    private JComponent content() {
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        GridBagConstraints label = new GridBagConstraints();
        label.anchor = GridBagConstraints.LINE_START;
        label.insets = new Insets(3, 0, 3, 10);
        label.gridx = 0;
        GridBagConstraints field = new GridBagConstraints();
        field.fill = GridBagConstraints.HORIZONTAL;
        field.weightx = 1;
        field.insets = new Insets(3, 0, 3, 0);
        field.gridx = 1;
        int row = 0;
        for (Map.Entry<String, JTextField> entry : fields.entrySet()) {
            addRow(form, Messages.nativeName(entry.getKey()), entry.getValue(), label, field, row++);
            if (entry.getKey().equals(UKRAINIAN) && fields.containsKey(KOREAN)) {
                JPanel offer = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
                suggestion.setFont(ScriptFonts.derive(suggestion.getFont()));
                offer.add(suggestion);
                offer.add(Box.createHorizontalStrut(8));
                useSuggestion.setAction(new AbstractAction(messages.get("addConcept.useSuggestion")) {
                    @Override
                    public void actionPerformed(ActionEvent e) {
                        acceptSuggestion();
                    }
                });
                offer.add(useSuggestion);
                GridBagConstraints under = (GridBagConstraints) field.clone();
                under.gridy = row++;
                form.add(offer, under);
            }
        }
        for (Map.Entry<String, JTextField> entry : forbiddenFields.entrySet()) {
            addRow(form, messages.format("addConcept.forbidden", Messages.nativeName(entry.getKey())), entry.getValue(),
                    label, field, row++);
        }
        addRow(form, messages.get("addConcept.note"), note, label, field, row++);
        GridBagConstraints wide = new GridBagConstraints();
        wide.gridx = 1;
        wide.anchor = GridBagConstraints.LINE_START;
        wide.insets = new Insets(2, 0, 2, 0);
        wide.gridy = row++;
        JLabel hint = new JLabel(messages.get("addConcept.hint"));
        hint.setFont(ScriptFonts.derive(hint.getFont()));
        hint.setEnabled(false);
        form.add(hint, wide);
        wide.gridy = row;
        warning.setFont(ScriptFonts.derive(warning.getFont()));
        form.add(warning, wide);

        ok.setAction(new AbstractAction(messages.get("addConcept.ok")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                confirm();
            }
        });
        ok.setName("addConcept.ok");
        AbstractAction cancelAction = new AbstractAction(messages.get("addConcept.cancel")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                dialog.dispose();
            }
        };
        JButton cancel = new JButton(cancelAction);
        cancel.setName("addConcept.cancel");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "addConcept.cancel");
        dialog.getRootPane().getActionMap().put("addConcept.cancel", cancelAction);

        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        return content;
    }

    private static void addRow(JPanel form, String text, JTextField input, GridBagConstraints label,
                               GridBagConstraints field, int row) {
        JLabel caption = new JLabel(text);
        caption.setFont(ScriptFonts.derive(caption.getFont()));
        caption.setLabelFor(input);
        input.setFont(ScriptFonts.derive(input.getFont()));
        label.gridy = row;
        field.gridy = row;
        form.add(caption, label);
        form.add(input, field);
    }

    /**
     * Offers the Kontsevych spelling when the Korean is a person's name ({@link KoreanNames#personName}) and the
     * Ukrainian field does not hold it yet; the user takes it with the button, nothing is filled in silently.
     */
    private void suggest() {
        JTextField korean = fields.get(KOREAN);
        JTextField ukrainian = fields.get(UKRAINIAN);
        if (korean == null || ukrainian == null) {
            return;
        }
        Optional<String> name = KoreanNames.personName(NFC.normalize(korean.getText().strip()),
                NFC.normalize(fields.get(Columns.SOURCE).getText().strip()));
        boolean offered = name.isPresent() && !GlossaryCodec.split(NFC.normalize(ukrainian.getText())).contains(name.get());
        suggestion.setText(offered ? messages.format("addConcept.suggestion", name.get()) : " ");
        useSuggestion.setVisible(offered);
        if (offered && dialog.isShowing() && dialog.getPreferredSize().height > dialog.getHeight()) {
            dialog.pack();
        }
    }

    /** Puts the offered spelling first in the Ukrainian field, keeping alternatives already typed. */
    private void acceptSuggestion() {
        JTextField ukrainian = fields.get(UKRAINIAN);
        Optional<String> name = KoreanNames.personName(NFC.normalize(fields.get(KOREAN).getText().strip()),
                NFC.normalize(fields.get(Columns.SOURCE).getText().strip()));
        if (name.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>(alternatives(ukrainian));
        alternatives.remove(name.get());
        alternatives.add(0, name.get());
        ukrainian.setText(String.join(" | ", alternatives));
        ukrainian.requestFocusInWindow();
    }

    private void englishChanged() {
        List<String> alternatives = GlossaryCodec.split(NFC.normalize(fields.get(Columns.SOURCE).getText()));
        ok.setEnabled(!alternatives.isEmpty());
        List<Concept> clashes = DuplicateTerms.conceptsSharing(existing, Columns.SOURCE, alternatives);
        if (clashes.isEmpty()) {
            warning.setText(" ");
            warning.setIcon(null);
        } else {
            warning.setText(messages.format("addConcept.exists",
                    clashes.stream().map(Concept::english).collect(Collectors.joining(", "))));
            warning.setIcon(new WarningIcon(warning.getFontMetrics(warning.getFont()).getAscent()));
        }
    }

    private void confirm() {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        fields.forEach((tag, field) -> {
            List<String> alternatives = alternatives(field);
            List<Term> list = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                list.add(new Term(tag, alternatives.get(i), i == 0));
            }
            if (!list.isEmpty()) {
                terms.put(tag, list);
            }
        });
        if (!terms.containsKey(Columns.SOURCE)) {
            return; // OK is disabled then; Enter in a field must not slip past that
        }
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        forbiddenFields.forEach((tag, field) -> {
            List<String> variants = alternatives(field);
            if (!variants.isEmpty()) {
                forbidden.put(tag, variants);
            }
        });
        result = new Concept(terms, forbidden, NFC.normalize(note.getText().strip()), Map.of(), 0);
        dialog.dispose();
    }

    /** The field's {@code |}-separated alternatives, NFC, trimmed, empty ones dropped. */
    private static List<String> alternatives(JTextField field) {
        return GlossaryCodec.split(NFC.normalize(field.getText()));
    }

    /** A selection as a term: NFC, line breaks and runs of spaces made single spaces, trimmed. */
    private static String cleanSelection(String selection) {
        return selection == null ? "" : SPACES.matcher(NFC.normalize(selection)).replaceAll(" ").strip();
    }
}
