package org.triptych.ui.editor;

import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;

/**
 * Edits a paragraph's note (Ctrl+M) in a small dialog placed just under the paragraph, so the English stays in
 * view: Enter saves, Shift+Enter starts a new line, Esc cancels. EDT only.
 */
final class NoteDialog {

    /** Names of the parts, for tests and accessibility tools. */
    static final String NAME = "noteDialog";
    static final String FIELD = "noteField";

    private NoteDialog() {
    }

    /**
     * Asks for the note of paragraph {@code id}, prefilled with {@code note}, near {@code paragraphOnScreen} (null
     * to centre on the owner); empty when the translator cancelled.
     */
    static Optional<String> ask(Window owner, Messages messages, String id, String note, Font font,
                                Rectangle paragraphOnScreen) {
        JDialog dialog = new JDialog(owner, messages.format("note.title", id), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(NAME);
        JTextArea field = new WordWrapArea();
        field.setName(FIELD);
        field.setRows(4);
        field.setColumns(40);
        field.setFont(font);
        field.setText(note);
        String[] result = {null};
        Runnable save = () -> {
            result[0] = field.getText().strip();
            dialog.dispose();
        };
        field.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "saveNote");
        field.getActionMap().put("saveNote", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                save.run();
            }
        });
        field.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "insert-break");
        JButton ok = new JButton(messages.get("note.save"));
        ok.setName("noteSave");
        ok.addActionListener(e -> save.run());
        JButton cancel = new JButton(messages.get("note.cancel"));
        cancel.addActionListener(e -> dialog.dispose());

        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
        content.add(new JScrollPane(field), BorderLayout.CENTER);
        JLabel hint = new JLabel(messages.get("note.hint"));
        hint.setForeground(SourceCell.muted());
        content.add(hint, BorderLayout.SOUTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.getContentPane().add(content, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        if (paragraphOnScreen != null && owner != null) {
            dialog.setLocation(DialogPlacement.clearOf(dialog.getBounds(), paragraphOnScreen, usableScreen(owner)));
        }
        field.setCaretPosition(field.getDocument().getLength());
        dialog.setVisible(true); // modal: returns once closed
        return Optional.ofNullable(result[0]);
    }

    /** The screen area of {@code window} without task bars. */
    static Rectangle usableScreen(Window window) {
        GraphicsConfiguration config = window.getGraphicsConfiguration();
        Rectangle bounds = config.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(config);
        return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
    }
}
