package org.triptych.ui.team;

import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Team > Join workspace…: asks the shared workspace's git address and the folder to put it in (proposed from the
 * address, beside the workspace open now, until the user types a folder of their own). EDT only.
 */
final class JoinDialog {

    /** Names of the parts, for tests and accessibility tools. */
    static final String NAME = "team.join";
    static final String URL = "team.join.url";
    static final String FOLDER = "team.join.folder";
    static final String OK = "team.join.ok";

    /** What to clone where. */
    record Request(String url, Path folder) {
    }

    private JoinDialog() {
    }

    /** Asks; empty when the user cancelled. {@code parent} is where a proposed folder goes. */
    static Optional<Request> ask(Window owner, Messages messages, Path parent) {
        JDialog dialog = new JDialog(owner, messages.get("team.join.title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(NAME);
        JTextField url = new JTextField(40);
        url.setName(URL);
        JTextField folder = new JTextField(40);
        folder.setName(FOLDER);
        boolean[] proposing = {true};
        url.getDocument().addDocumentListener(new Edits(() -> {
            if (proposing[0]) {
                String name = folderName(url.getText());
                folder.setText(name.isEmpty() ? "" : parent.resolve(name).toString());
                proposing[0] = true; // the listener below saw our own change
            }
        }));
        folder.getDocument().addDocumentListener(new Edits(() -> proposing[0] = false));
        JButton choose = new JButton(messages.get("team.join.choose"));
        choose.setName("team.join.choose");
        choose.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(parent.toFile());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showDialog(dialog, messages.get("team.join.choose")) == JFileChooser.APPROVE_OPTION) {
                folder.setText(chooser.getSelectedFile().toPath().toString());
            }
        });
        JLabel problem = new JLabel(" ");
        problem.setName("team.join.problem");
        JButton ok = new JButton(messages.get("team.join.ok"));
        ok.setName(OK);
        JButton cancel = new JButton(messages.get("issues.cancel"));
        Request[] chosen = {null};
        ok.addActionListener(e -> {
            Optional<Path> target = path(folder.getText());
            if (url.getText().isBlank()) {
                problem.setText(messages.get("team.join.noUrl"));
            } else if (target.isEmpty()) {
                problem.setText(messages.get("team.join.noFolder"));
            } else {
                chosen[0] = new Request(url.getText().strip(), target.get());
                dialog.dispose();
            }
        });
        cancel.addActionListener(e -> dialog.dispose());

        JPanel form = new JPanel(new GridLayout(0, 1, 0, 4));
        form.setBorder(BorderFactory.createEmptyBorder(10, 12, 4, 12));
        form.add(new JLabel(messages.get("team.join.urlPrompt")));
        form.add(url);
        form.add(new JLabel(messages.get("team.join.folderPrompt")));
        JPanel folderRow = new JPanel(new BorderLayout(4, 0));
        folderRow.add(folder, BorderLayout.CENTER);
        folderRow.add(choose, BorderLayout.EAST);
        form.add(folderRow);
        form.add(problem);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.getContentPane().add(form, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true); // modal: returns once closed
        return Optional.ofNullable(chosen[0]);
    }

    /** The folder git would clone {@code url} into: its last part without {@code .git}; "" when it has none. */
    static String folderName(String url) {
        String trimmed = url.strip().replace('\\', '/');
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
        return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }

    private static Optional<Path> path(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.strip()).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code changed} on every change of a text field. */
    private record Edits(Runnable changed) implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent e) {
            changed.run();
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            changed.run();
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
            changed.run();
        }
    }
}
