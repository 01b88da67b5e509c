package org.triptych.ui;

import org.triptych.task.Progress;

import javax.swing.SwingWorker;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs file work (an import, an export) off the EDT in a {@link SwingWorker} behind a {@link ProgressDialog}
 * whose bar follows the work's {@link Progress} and whose Cancel asks it to stop. The outcome is reported on
 * the EDT as it really happened: work that finished writing before it saw the Cancel reports success.
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

    /** Starts {@code work}; the progress window appears if it takes longer than a moment. EDT only. */
    static <T> void start(ProgressDialog dialog, Work<T> work, Outcome<T> outcome) {
        Edt.mustBeEdt();
        AtomicBoolean cancelled = new AtomicBoolean();
        SwingWorker<T, int[]> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                Edt.mustNotBeEdt();
                return work.run(new Progress() {
                    @Override
                    public void step(int done, int total) {
                        publish(new int[]{done, total});
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }

                    @Override
                    public void advance(int done, int total) {
                        // The last step means the work is done (an import has written its file): too late to
                        // stop, and saying "cancelled" then would not be true.
                        if (done < total && cancelled.get()) {
                            throw new CancellationException("cancelled");
                        }
                        step(done, total);
                    }
                });
            }

            @Override
            protected void process(List<int[]> steps) {
                int[] last = steps.get(steps.size() - 1);
                dialog.setProgress(last[0], last[1]);
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
        dialog.onCancel(() -> cancelled.set(true));
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
}
