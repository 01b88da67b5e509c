package org.triptych.ui;

import org.triptych.task.Progress;
import org.triptych.task.TaskRunner;

import javax.swing.SwingUtilities;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs file work (an import, an export) as a task of the window's {@link TaskRunner}, behind a {@link ProgressDialog}
 * whose bar follows the work's {@link Progress} and whose Cancel (or the status bar's) asks it to stop. The outcome is reported on the EDT as it really
 * happened: work that finished writing before it saw the Cancel reports success. EDT only, but for the work.
 */
public final class BackgroundTask {

    /** The work; runs on a background thread and calls {@link Progress#advance} now and then. */
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What became of the work; called on the EDT. */
    public interface Outcome<T> {
        void done(T value);

        void failed(Throwable cause);

        void cancelled();
    }

    private BackgroundTask() {
    }

    /** Runs {@code work} as a task of {@code tasks}; the progress window appears if it takes longer than a moment. EDT only. */
    public static <T> void start(TaskRunner tasks, ProgressDialog dialog, Work<T> work, Outcome<T> outcome) {
        Edt.mustBeEdt();
        WatchedProgress progress = new WatchedProgress(dialog);
        run(tasks, dialog, progress, () -> work.run(progress), outcome);
    }

    /**
     * Hands the work to a thread of its own (the one that saves the document or the glossaries): {@code begin}
     * is called on the EDT with the progress to report to and returns the work's future, which a task of
     * {@code tasks} waits for. EDT only.
     */
    static <T> void startOn(TaskRunner tasks, ProgressDialog dialog, Function<Progress, Future<T>> begin, Outcome<T> outcome) {
        Edt.mustBeEdt();
        WatchedProgress progress = new WatchedProgress(dialog);
        Future<T> future = begin.apply(progress);
        run(tasks, dialog, progress, future::get, outcome);
    }

    private static <T> void run(TaskRunner tasks, ProgressDialog dialog, WatchedProgress progress, Callable<T> body,
                                Outcome<T> outcome) {
        TaskRunner.Task<T> task = tasks.submit(dialog.label(), runner -> {
            Edt.mustNotBeEdt();
            progress.reportTo(runner);
            return body.call();
        });
        // Not an interrupt: interrupting a thread in the middle of an atomic write helps nobody, and the work knows
        // the safe points to stop at.
        dialog.onCancel(progress::cancel);
        task.result().whenComplete((value, failure) -> SwingUtilities.invokeLater(() -> {
            dialog.close();
            if (failure == null) {
                outcome.done(value);
                return;
            }
            Throwable cause = unwrap(failure);
            if (cause instanceof CancellationException) {
                outcome.cancelled();
            } else {
                outcome.failed(cause);
            }
        }));
        dialog.showAfterDelay();
    }

    /** The real failure inside the wrappers that futures put around it. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.io.UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Progress reported from any thread to the dialog on the EDT (the latest step only), and the Cancel flag. */
    private static final class WatchedProgress implements Progress {
        private final ProgressDialog dialog;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<int[]> latest = new AtomicReference<>();
        /** The runner's view of the task: the status bar's progress and Cancel. */
        private volatile Progress runner = Progress.NONE;

        WatchedProgress(ProgressDialog dialog) {
            this.dialog = dialog;
        }

        void reportTo(Progress task) {
            runner = task;
        }

        void cancel() {
            cancelled.set(true);
        }

        @Override
        public void step(int done, int total) {
            runner.step(done, total);
            if (latest.getAndSet(new int[]{done, total}) == null) {
                SwingUtilities.invokeLater(() -> {
                    int[] step = latest.getAndSet(null);
                    dialog.setProgress(step[0], step[1]);
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get() || runner.isCancelled();
        }

        @Override
        public void advance(int done, int total) {
            // The last step means the work is done (an import has written its file): too late to stop, and
            // saying "cancelled" then would not be true.
            if (done < total && isCancelled()) {
                throw new CancellationException("cancelled");
            }
            step(done, total);
        }
    }
}
