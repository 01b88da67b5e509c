package org.triptych.ui;

import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import java.awt.BorderLayout;
import java.awt.Window;
import java.nio.file.Path;

/**
 * A small progress window with Cancel for opening a workspace; it appears only when opening takes longer
 * than a moment, so quick opens do not flash. EDT only.
 */
final class LoadDialog {

    private static final int DELAY_MS = 400;

    private final JDialog dialog;
    private final JButton cancel;
    private final Timer delay;
    private boolean closed;

    LoadDialog(Window owner, Messages messages, Path path) {
        if (owner == null) {
            dialog = null;
            cancel = null;
            delay = null;
            return;
        }
        dialog = new JDialog(owner, messages.get("app.title"));
        dialog.setName("loadDialog");
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        panel.add(new JLabel(messages.format("status.opening", path.getFileName() == null ? path : path.getFileName())),
                BorderLayout.NORTH);
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        panel.add(bar, BorderLayout.CENTER);
        cancel = new JButton(messages.get("issues.cancel"));
        cancel.setName("loadCancel");
        panel.add(cancel, BorderLayout.EAST);
        dialog.setContentPane(panel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        delay = new Timer(DELAY_MS, e -> {
            if (!closed) {
                dialog.setVisible(true);
            }
        });
        delay.setRepeats(false);
    }

    void onCancel(Runnable action) {
        if (cancel != null) {
            cancel.addActionListener(e -> action.run());
        }
    }

    void showAfterDelay() {
        if (delay != null) {
            delay.start();
        }
    }

    void close() {
        closed = true;
        if (delay != null) {
            delay.stop();
            dialog.dispose();
        }
    }
}
