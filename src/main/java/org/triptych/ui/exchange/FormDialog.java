package org.triptych.ui.exchange;

import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame of the import and export dialogs: a modal dialog with a column of captioned rows, wrapped notes
 * and OK/Cancel buttons (Enter confirms, Escape cancels). EDT only.
 */
final class FormDialog {

    /** Width of the wrapped notes, in characters. */
    private static final int NOTE_COLUMNS = 46;

    private final JDialog dialog;
    private final JPanel form = new JPanel(new GridBagLayout());
    private final JButton ok;
    private int row;
    private boolean confirmed;

    FormDialog(Window owner, String title, String name, String okText, Messages messages) {
        dialog = new JDialog(owner, title, Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(name);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        ok = new JButton(new AbstractAction(okText) {
            @Override
            public void actionPerformed(ActionEvent e) {
                confirmed = true;
                dialog.dispose();
            }
        });
        ok.setName(name + ".ok");
        AbstractAction cancelAction = new AbstractAction(messages.get("issues.cancel")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                dialog.dispose();
            }
        };
        JButton cancel = new JButton(cancelAction);
        cancel.setName(name + ".cancel");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        dialog.getRootPane().getActionMap().put("cancel", cancelAction);
        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
    }

    /** A row with a caption on the left; a null caption leaves the left column empty. */
    void addRow(String caption, JComponent input) {
        GridBagConstraints label = new GridBagConstraints();
        label.gridx = 0;
        label.gridy = row;
        label.anchor = GridBagConstraints.FIRST_LINE_START;
        label.insets = new Insets(5, 0, 3, 12);
        if (caption != null) {
            JLabel text = new JLabel(caption);
            text.setLabelFor(input);
            form.add(text, label);
        }
        GridBagConstraints field = new GridBagConstraints();
        field.gridx = 1;
        field.gridy = row++;
        field.weightx = 1;
        field.fill = GridBagConstraints.HORIZONTAL;
        field.anchor = GridBagConstraints.LINE_START;
        field.insets = new Insets(3, 0, 3, 0);
        form.add(input, field);
    }

    /** A note in smaller, dimmed text, wrapped to the dialog's width; its text may change later. */
    JTextArea addNote(String text, int lines) {
        JTextArea note = new JTextArea(text, lines, NOTE_COLUMNS);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setEditable(false);
        note.setFocusable(false);
        note.setOpaque(false);
        note.setBorder(null);
        note.setFont(UIManager.getFont("Label.font").deriveFont(UIManager.getFont("Label.font").getSize2D() - 1f));
        note.setForeground(UIManager.getColor("Label.disabledForeground"));
        addRow(null, note);
        return note;
    }

    /** Check boxes for languages, all ticked, named {@code lang.<tag>} and labelled with each language's own name. */
    Map<String, JCheckBox> addLanguages(String caption, List<String> tags) {
        JPanel boxes = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        Map<String, JCheckBox> checks = new LinkedHashMap<>();
        for (String tag : tags) {
            JCheckBox box = new JCheckBox(Messages.nativeName(Locale.forLanguageTag(tag)), true);
            box.setName("lang." + tag);
            box.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 14));
            box.addActionListener(e -> ok.setEnabled(checks.values().stream().anyMatch(JCheckBox::isSelected)));
            checks.put(tag, box);
            boxes.add(box);
        }
        addRow(caption, boxes);
        return checks;
    }

    JButton ok() {
        return ok;
    }

    JDialog dialog() {
        return dialog;
    }

    /** Shows the dialog and waits until it is closed; true when the user confirmed. */
    boolean showAndWait() {
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        dialog.setLocationRelativeTo(dialog.getOwner());
        dialog.setVisible(true);
        return confirmed;
    }

    static List<String> ticked(Map<String, JCheckBox> checks) {
        return checks.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }
}
