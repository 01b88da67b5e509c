package org.triptych.ui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import java.awt.BorderLayout;
import java.awt.Window;

/**
 * A small progress window with Cancel for long file work (opening a workspace, importing, exporting). It
 * appears only when the work takes longer than a moment, so quick operations do not flash; the bar turns
 * from indeterminate to a percentage once the work reports its steps. EDT only.
 */
public final class ProgressDialog {

    private static final int DELAY_MS = 400;

    private final JDialog dialog;
    private final JProgressBar bar;
    private final JButton cancel;
    private final Timer delay;
    private final String label;
    private boolean closed;

    /**
     * @param owner  the window the dialog belongs to; null makes a dialog that never shows (the screenshot)
     * @param label  what is being done, e.g. "Exporting article.html…"
     * @param cancelText the Cancel button's text; null for work that cannot stop half-way (no button then)
     */
    public ProgressDialog(Window owner, String title, String label, String cancelText) {
        this.label = label;
        if (owner == null) {
            dialog = null;
            bar = null;
            cancel = null;
            delay = null;
            return;
        }
        dialog = new JDialog(owner, title);
        dialog.setName("progressDialog");
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JLabel what = new JLabel(label);
        what.setName("progressLabel");
        panel.add(what, BorderLayout.NORTH);
        bar = new JProgressBar();
        bar.setName("progressBar");
        bar.setIndeterminate(true);
        panel.add(bar, BorderLayout.CENTER);
        cancel = cancelText == null ? null : new JButton(cancelText);
        if (cancel != null) {
            cancel.setName("progressCancel");
            panel.add(cancel, BorderLayout.EAST);
        }
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

    /** Runs {@code action} when the user presses Cancel; the button is then disabled, as the work winds down. */
    public void onCancel(Runnable action) {
        if (cancel != null) {
            cancel.addActionListener(e -> {
                cancel.setEnabled(false);
                action.run();
            });
        }
    }

    /** Shows {@code done} of {@code total} on the bar. */
    public void setProgress(int done, int total) {
        if (bar != null && total > 0) {
            bar.setIndeterminate(false);
            bar.setMaximum(total);
            bar.setValue(Math.min(done, total));
        }
    }

    public void showAfterDelay() {
        if (delay != null) {
            delay.start();
        }
    }

    public void close() {
        closed = true;
        if (delay != null) {
            delay.stop();
            dialog.dispose();
        }
    }

    /** What is being done, as the dialog says it. */
    public String label() {
        return label;
    }
}
