package org.triptych.ui;

import javax.swing.SwingUtilities;

/**
 * The window's one threading rule, enforced at run time: Swing components are touched only on the event
 * dispatch thread, and file or engine work never runs on it.
 */
public final class Edt {

    private Edt() {
    }

    /** Fails fast when called off the event dispatch thread. */
    public static void mustBeEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("must run on the event dispatch thread, not " + Thread.currentThread().getName());
        }
    }

    /** Fails fast when slow work is started on the event dispatch thread. */
    public static void mustNotBeEdt() {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("must not run on the event dispatch thread");
        }
    }

    /** Runs {@code task} on the event dispatch thread: at once when already there, else later. */
    public static void run(Runnable task) {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
        } else {
            SwingUtilities.invokeLater(task);
        }
    }
}
