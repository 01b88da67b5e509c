package org.triptych.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place background work of the application runs and is known: tasks (opening a workspace, counting, an
 * import, an export) with progress and cancel, listed while they run so that the window can show them; and serial
 * lanes, one thread each, for components that rely on doing their work in order (a document's saves, the glossary
 * service, the live check). Plain Java, no Swing: the window observes it.
 *
 * <p>Threads: every method may be called from any thread. Listeners are called on the thread whose task started,
 * advanced or ended; they must return quickly (the window hands the news to the EDT).
 */
public final class TaskRunner {

    /** A task that runs now: what it is, since when ({@link System#nanoTime}), how far it is ({@code total} 0 while unknown). */
    public record Running(long id, String name, long startedNanos, int done, int total) {
    }

    /** The work of a task; calls {@link Progress#advance} now and then and stops when told. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A task handed to the runner: its result, and Cancel. */
    public static final class Task<T> implements Progress {
        private final TaskRunner runner;
        private final long id;
        private final String name;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final long started = System.nanoTime();
        private volatile boolean cancelled;
        private volatile int done;
        private volatile int total;

        private Task(TaskRunner runner, long id, String name) {
            this.runner = runner;
            this.id = id;
            this.name = name;
        }

        /** Completes with the work's value, its failure, or a {@link CancellationException}. */
        public CompletableFuture<T> result() {
            return result;
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        /** Asks the work to stop at its next safe point (it is never interrupted in the middle of a write). */
        public void cancel() {
            cancelled = true;
            runner.changed();
        }

        @Override
        public void step(int stepDone, int stepTotal) {
            done = stepDone;
            total = stepTotal;
            runner.changed();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        Running running() {
            return new Running(id, name, started, done, total);
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(daemon(() -> "triptych-task-" + threads.incrementAndGet()));
    private final Map<Long, Task<?>> running = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The serial lanes not terminated yet, with their names. */
    private final Map<ScheduledThreadPoolExecutor, String> lanes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Runs {@code work} on a background thread as a task named {@code name}; returns at once. */
    public <T> Task<T> submit(String name, Work<T> work) {
        Task<T> task = new Task<>(this, ids.incrementAndGet(), name);
        running.put(task.id, task);
        changed();
        pool.execute(() -> {
            T value = null;
            Throwable failure = null;
            try {
                if (task.isCancelled()) {
                    throw new CancellationException("cancelled before it started");
                }
                value = work.run(task);
            } catch (Throwable e) {
                failure = e;
            }
            // No longer listed by the time its result is known.
            running.remove(task.id);
            changed();
            if (failure == null) {
                task.result.complete(value);
            } else {
                task.result.completeExceptionally(failure);
            }
        });
        return task;
    }

    /** An executor whose every runnable is a task named {@code name} (for futures: {@code supplyAsync(…, executor)}). */
    public Executor executor(String name) {
        return command -> submit(name, progress -> {
            command.run();
            return null;
        });
    }

    /**
     * A serial lane: one thread, named {@code name}, that runs what it is given in order and at the times it is
     * scheduled for. Its owner shuts it down; a daemon lane does not keep the program running, a lane that is not
     * finishes the work queued on it first (a save asked for at closing).
     */
    public ScheduledExecutorService lane(String name, boolean daemon) {
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(daemon);
            return t;
        };
        ScheduledThreadPoolExecutor lane = new ScheduledThreadPoolExecutor(1, factory) {
            @Override
            protected void terminated() {
                lanes.remove(this);
            }
        };
        lane.setRemoveOnCancelPolicy(true);
        lanes.put(lane, name);
        return lane;
    }

    /** The tasks running now, oldest first. */
    public List<Running> running() {
        synchronized (running) {
            List<Running> list = new ArrayList<>(running.size());
            running.values().forEach(t -> list.add(t.running()));
            return list;
        }
    }

    /** Asks every running task to stop (the Cancel of the status bar). */
    public void cancelAll() {
        List<Task<?>> tasks;
        synchronized (running) {
            tasks = List.copyOf(running.values());
        }
        tasks.forEach(Task::cancel);
    }

    /** The names of the serial lanes not shut down yet, with the number of jobs queued on each. */
    public Map<String, Integer> lanes() {
        Map<String, Integer> names = new LinkedHashMap<>();
        synchronized (lanes) {
            lanes.forEach((lane, name) -> {
                if (!lane.isShutdown()) {
                    names.merge(name, lane.getQueue().size(), Integer::sum);
                }
            });
        }
        return names;
    }

    /** Told whenever a task starts, advances, is cancelled or ends. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static ThreadFactory daemon(java.util.function.Supplier<String> name) {
        return r -> {
            Thread t = new Thread(r, name.get());
            t.setDaemon(true);
            return t;
        };
    }
}
