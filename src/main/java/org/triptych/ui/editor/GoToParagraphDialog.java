package org.triptych.ui.editor;

import org.triptych.session.DocumentEditor;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;

/**
 * Go to paragraph (Ctrl+G): a small dialog taking a paragraph id or a 1-based number. A reference that matches
 * neither keeps the dialog open and says so beside the field. EDT only.
 */
final class GoToParagraphDialog {

    /** Names of the parts, for tests and accessibility tools. */
    static final String NAME = "goToDialog";
    static final String FIELD = "goToField";
    static final String MESSAGE = "goToMessage";

    private GoToParagraphDialog() {
    }

    /** Asks for a paragraph of {@code document}; returns its row, or -1 when the translator cancelled. */
    static int ask(Window owner, Messages messages, DocumentEditor document) {
        JDialog dialog = new JDialog(owner, messages.get("goTo.title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(NAME);
        JTextField field = new JTextField(16);
        field.setName(FIELD);
        JLabel message = new JLabel(" ");
        message.setName(MESSAGE);
        JButton go = new JButton(messages.get("goTo.go"));
        go.setName("goToGo");
        JButton cancel = new JButton(messages.get("goTo.cancel"));
        int[] chosen = {-1};
        go.addActionListener(e -> {
            int row = document.rowOfReference(field.getText());
            if (row >= 0) {
                chosen[0] = row;
                dialog.dispose();
            } else {
                message.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
                message.setText(messages.format("goTo.notFound", field.getText().strip(), document.size()));
                field.selectAll();
                field.requestFocusInWindow();
                dialog.pack();
            }
        });
        cancel.addActionListener(e -> dialog.dispose());

        JPanel form = new JPanel(new GridLayout(0, 1, 0, 4));
        form.setBorder(BorderFactory.createEmptyBorder(10, 12, 4, 12));
        form.add(new JLabel(messages.format("goTo.prompt", document.size())));
        form.add(field);
        form.add(message);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(go);
        buttons.add(cancel);
        dialog.getContentPane().add(form, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.getRootPane().setDefaultButton(go);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true); // modal: returns once closed
        return chosen[0];
    }
}
