package org.driftscope.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void drainLetsQueuedWorkFinishBeforeTheExecutorEnds() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean saved = new AtomicBoolean();
        executor.execute(() -> {
            started.countDown();
            // stands for the last autosave, still writing when the window closes
            for (long spin = 0; spin < 50_000_000L; spin++) {
                Thread.onSpinWait();
            }
        });
        executor.execute(() -> saved.set(true));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean finished = Workers.drain(executor, Duration.ofSeconds(30));

        assertThat(finished).isTrue();
        assertThat(saved).isTrue();
        assertThat(executor.isTerminated()).isTrue();
    }

    @Test
    void drainInterruptsWorkThatOutlastsTheBound() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        executor.execute(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });

        boolean finished = Workers.drain(executor, Duration.ofMillis(200));

        assertThat(finished).isFalse();
        assertThat(interrupted.await(10, TimeUnit.SECONDS))
                .as("the stuck task was interrupted")
                .isTrue();
    }
}
