package org.triptych.task;

import java.util.concurrent.CancellationException;

/** Reports how far a long operation has come and lets its caller cancel it; plain Java so the core can use it. */
public interface Progress {

    /** Progress nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void step(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units of work are finished. */
    void step(int done, int total);

    /** True once the caller asked the operation to stop. */
    boolean isCancelled();

    /** Reports a step and stops the operation with a {@link CancellationException} when it was cancelled. */
    default void advance(int done, int total) {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
        step(done, total);
    }
}
