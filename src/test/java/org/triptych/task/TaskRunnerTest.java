package org.triptych.task;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one runner of background work: what runs is listed with its progress, Cancel reaches the work, lanes keep order. */
class TaskRunnerTest {

    @Test
    void aRunningTaskIsListedWithItsProgressAndGoneWhenDone() throws Exception {
        TaskRunner runner = new TaskRunner();
        CountDownLatch stepped = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        TaskRunner.Task<String> task = runner.submit("export article.html", progress -> {
            progress.advance(3, 10);
            stepped.countDown();
            finish.await(10, TimeUnit.SECONDS);
            return "written";
        });
        assertThat(stepped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.running()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("export article.html");
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.total()).isEqualTo(10);
        });
        finish.countDown();
        assertThat(task.result().get(10, TimeUnit.SECONDS)).isEqualTo("written");
        waitUntil(() -> runner.running().isEmpty());
    }

    @Test
    void cancelAllStopsTheWorkAtItsNextStepAndListenersHearOfIt() throws Exception {
        TaskRunner runner = new TaskRunner();
        List<Integer> heard = new CopyOnWriteArrayList<>();
        runner.addListener(() -> heard.add(runner.running().size()));
        CountDownLatch started = new CountDownLatch(1);
        TaskRunner.Task<Integer> task = runner.submit("import", progress -> {
            started.countDown();
            for (int i = 0; ; i++) {
                progress.advance(i, Integer.MAX_VALUE);
                Thread.onSpinWait();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        runner.cancelAll();
        assertThatThrownBy(() -> task.result().get(10, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        waitUntil(() -> runner.running().isEmpty());
        assertThat(heard).isNotEmpty();
    }

    @Test
    void aLaneRunsItsWorkInOrderOnOneNamedThreadAndIsListedUntilShutDown() throws Exception {
        TaskRunner runner = new TaskRunner();
        ScheduledExecutorService lane = runner.lane("triptych-save article.csv", true);
        List<String> order = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            lane.execute(() -> order.add(n + " " + Thread.currentThread().getName()));
        }
        assertThat(runner.lanes()).containsKey("triptych-save article.csv");
        lane.shutdown();
        assertThat(lane.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(order.get(i)).isEqualTo(i + " triptych-save article.csv");
        }
        assertThat(runner.lanes()).doesNotContainKey("triptych-save article.csv");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
