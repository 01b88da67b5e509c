package org.triptych.ui.exchange;

import org.triptych.paths.FileNames;
import org.triptych.ui.i18n.Messages;

import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Window;
import java.util.Optional;
import java.util.Set;

/**
 * File > Import source: the chosen English text becomes a new document, or updates the English of the open
 * one; paragraphs are split on blank lines or one per line. A new document's name must be a plain file name
 * ({@link FileNames}): the dialog says why not and keeps its OK button off. EDT only.
 */
public final class SourceImportDialog {

    /** What the user chose: a new document called {@code name}, or an update of the open document. */
    public record Choice(boolean update, String name, boolean oneParagraphPerLine) {
    }

    private SourceImportDialog() {
    }

    /**
     * @param suggested      the new document's name to offer (the source's file name without extension)
     * @param existing       the names of the workspace's documents, which a new document must not take
     * @param currentDocument the open document's name, or null when it cannot be updated
     */
    public static Optional<Choice> show(Window owner, Messages messages, String sourceFile, String suggested,
                                        Set<String> existing, String currentDocument) {
        FormDialog form = new FormDialog(owner, messages.format("importSource.title", sourceFile), "importSourceDialog",
                messages.get("importSource.ok"), messages);
        JRadioButton asNew = new JRadioButton(messages.get("importSource.new"), true);
        asNew.setName("importSource.new");
        JTextField name = new JTextField(suggested, 20);
        name.setName("importSource.name");
        JPanel newRow = new JPanel(new BorderLayout(8, 0));
        newRow.add(asNew, BorderLayout.WEST);
        newRow.add(name, BorderLayout.CENTER);
        form.addRow(messages.get("importSource.as"), newRow);
        JRadioButton update = new JRadioButton(currentDocument == null ? messages.get("importSource.updateNone")
                : messages.format("importSource.update", currentDocument));
        update.setName("importSource.update");
        update.setEnabled(currentDocument != null);
        form.addRow(null, update);
        ButtonGroup group = new ButtonGroup();
        group.add(asNew);
        group.add(update);
        form.addNote(messages.get("importSource.updateNote"), 3);
        JCheckBox lines = new JCheckBox(messages.get("importSource.lines"));
        lines.setName("importSource.lines");
        form.addRow(messages.get("importSource.paragraphs"), lines);
        JLabel warning = new JLabel(" ");
        warning.setName("importSource.warning");
        form.addRow(null, warning);

        Runnable check = () -> {
            String wanted = name.getText().strip();
            boolean taken = existing.contains(wanted);
            Optional<FileNames.Problem> problem = FileNames.problem(wanted);
            name.setEnabled(asNew.isSelected());
            String says = !asNew.isSelected() || wanted.isEmpty() ? " "
                    : problem.map(p -> messages.format("fileName.problem." + p.name(), FileNames.printable(wanted)))
                            .orElse(taken ? messages.format("importSource.taken", wanted) : " ");
            warning.setText(says);
            form.ok().setEnabled(update.isSelected() || problem.isEmpty() && !taken);
        };
        asNew.addActionListener(e -> check.run());
        update.addActionListener(e -> check.run());
        name.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                check.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                check.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                check.run();
            }
        });
        check.run();
        if (!form.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Choice(update.isSelected(), name.getText().strip(), lines.isSelected()));
    }
}
