package org.triptych.ui;

import org.triptych.task.Progress;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs file work (an import, an export) off the EDT behind a {@link ProgressDialog} whose bar follows the
 * work's {@link Progress} and whose Cancel asks it to stop. The outcome is reported on the EDT as it really
 * happened: work that finished writing before it saw the Cancel reports success.
 */
final class BackgroundTask {

    /** The work; runs on a background thread and calls {@link Progress#advance} now and then. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What became of the work; called on the EDT. */
    interface Outcome<T> {
        void done(T value);

        void failed(Throwable cause);

        void cancelled();
    }

    private BackgroundTask() {
    }

    /** Runs {@code work} on a SwingWorker thread; the progress window appears if it takes longer than a moment. EDT only. */
    static <T> void start(ProgressDialog dialog, Work<T> work, Outcome<T> outcome) {
        Edt.mustBeEdt();
        WatchedProgress progress = new WatchedProgress(dialog);
        run(dialog, progress, () -> work.run(progress), outcome);
    }

    /**
     * Hands the work to a thread of its own (the one that saves the document or the glossaries): {@code begin}
     * is called on the EDT with the progress to report to and returns the work's future, which a SwingWorker
     * waits for. EDT only.
     */
    static <T> void startOn(ProgressDialog dialog, Function<Progress, Future<T>> begin, Outcome<T> outcome) {
        Edt.mustBeEdt();
        WatchedProgress progress = new WatchedProgress(dialog);
        Future<T> future = begin.apply(progress);
        run(dialog, progress, future::get, outcome);
    }

    private static <T> void run(ProgressDialog dialog, WatchedProgress progress, Callable<T> body, Outcome<T> outcome) {
        SwingWorker<T, Void> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                Edt.mustNotBeEdt();
                return body.call();
            }

            @Override
            protected void done() {
                dialog.close();
                try {
                    outcome.done(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    Throwable cause = unwrap(e.getCause());
                    if (cause instanceof CancellationException) {
                        outcome.cancelled();
                    } else {
                        outcome.failed(cause);
                    }
                }
            }
        };
        // Not SwingWorker.cancel: interrupting a thread in the middle of an atomic write helps nobody, and
        // the work knows the safe points to stop at.
        dialog.onCancel(progress::cancel);
        worker.execute();
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

        WatchedProgress(ProgressDialog dialog) {
            this.dialog = dialog;
        }

        void cancel() {
            cancelled.set(true);
        }

        @Override
        public void step(int done, int total) {
            if (latest.getAndSet(new int[]{done, total}) == null) {
                SwingUtilities.invokeLater(() -> {
                    int[] step = latest.getAndSet(null);
                    dialog.setProgress(step[0], step[1]);
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void advance(int done, int total) {
            // The last step means the work is done (an import has written its file): too late to stop, and
            // saying "cancelled" then would not be true.
            if (done < total && cancelled.get()) {
                throw new CancellationException("cancelled");
            }
            step(done, total);
        }
    }
}
