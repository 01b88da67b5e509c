package org.triptych.ui;

import org.triptych.task.TaskRunner;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The status bar: progress per language on the left, saved state and messages on the right, and, while background
 * work of the {@link TaskRunner} has run for more than a moment, its name, a progress bar (when its length is
 * known) and Cancel. EDT only.
 */
public final class StatusBar extends JPanel {

    /** Work shorter than this never shows, so quick counts do not flicker. */
    private static final long SHOW_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final JLabel progress = new JLabel();
    private final JLabel saved = new JLabel();
    private final JPanel work = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    private final JLabel workName = new JLabel();
    private final JProgressBar workBar = new JProgressBar();
    private final JButton cancel = new JButton();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    public StatusBar() {
        super(new BorderLayout(12, 0));
        setName("statusBar");
        progress.setName("statusProgress");
        saved.setName("statusSaved");
        workName.setName("statusTask");
        workBar.setName("statusTaskProgress");
        cancel.setName("statusTaskCancel");
        Color line = UIManager.getColor("Separator.foreground");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, line == null ? Color.LIGHT_GRAY : line),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        work.setOpaque(false);
        work.add(workName);
        work.add(workBar);
        work.add(cancel);
        work.setVisible(false);
        JPanel right = new JPanel(new BorderLayout(12, 0));
        right.setOpaque(false);
        right.add(work, BorderLayout.WEST);
        right.add(saved, BorderLayout.EAST);
        add(progress, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    public void setProgress(String text) {
        progress.setText(text);
    }

    public void setSaved(String text) {
        saved.setText(text);
    }

    /** Shows what {@code tasks} runs, with a Cancel that asks every running task to stop. */
    public void watch(TaskRunner tasks, Supplier<Messages> messages) {
        cancel.addActionListener(e -> tasks.cancelAll());
        tasks.addListener(() -> {
            if (refreshQueued.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> {
                    refreshQueued.set(false);
                    show(tasks, messages.get());
                });
            }
        });
    }

    private void show(TaskRunner tasks, Messages messages) {
        List<TaskRunner.Running> running = tasks.running();
        long now = System.nanoTime();
        TaskRunner.Running oldest = running.isEmpty() ? null : running.get(0);
        if (oldest == null) {
            work.setVisible(false);
            return;
        }
        long shownIn = oldest.startedNanos() + SHOW_AFTER_NANOS - now;
        if (shownIn > 0) {
            // Looked at again when it has run long enough, if it still runs then.
            javax.swing.Timer later = new javax.swing.Timer((int) TimeUnit.NANOSECONDS.toMillis(shownIn) + 1, e -> show(tasks, messages));
            later.setRepeats(false);
            later.start();
            return;
        }
        workName.setText(running.size() == 1 ? oldest.name() : oldest.name() + " (+" + (running.size() - 1) + ")");
        // No indeterminate bar for work of unknown length: its animation repaints all the time and slowed opening.
        workBar.setVisible(oldest.total() > 0);
        if (oldest.total() > 0) {
            workBar.setMaximum(oldest.total());
            workBar.setValue(oldest.done());
        }
        cancel.setText(messages.get("issues.cancel"));
        work.setVisible(true);
    }
}
