package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.Test;

/**
 * A hold (taken by the app while it lays out an epoch) keeps the next batch from starting until it is
 * released, and a stop still ends a held run.
 */
class TrainingRunHoldTest {
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicReference<RunOutcome> outcome = new AtomicReference<>();

    @Test
    void noBatchStartsWhileHeldAndTheRunCompletesOnRelease() throws Exception {
        TrainingRun run = heldAtEpochZero();
        run.start();
        awaitBlocked();
        assertThat(batches.get()).as("batches trained while held").isZero();

        run.release();
        run.await();

        assertThat(outcome.get().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(batches.get()).isPositive();
    }

    @Test
    void stopEndsAHeldRun() throws Exception {
        TrainingRun run = heldAtEpochZero();
        run.start();
        awaitBlocked();

        run.stop();
        run.await();

        assertThat(outcome.get().status()).isEqualTo(RunOutcome.Status.STOPPED);
        assertThat(batches.get()).isZero();
    }

    /** A one-epoch run on the mountains sample that takes a hold when it publishes epoch 0. */
    private TrainingRun heldAtEpochZero() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        WordVectors vectors = VectorReader.read(sample.vectors());
        RunConfig config = RunConfig.defaults().withEpochs(1);
        TrainingData data = TrainingData.prepare(DatasetReader.read(sample.data()), vectors, config, sample.show());
        TrackedWords tracked = data.track(sample.show(), 100);
        TrainingRun[] self = new TrainingRun[1];
        self[0] = new TrainingRun(data, config, tracked, new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int count) {
                batches.incrementAndGet();
            }

            @Override
            public void onEpoch(EpochSnapshot snapshot) {
                if (snapshot.epoch() == 0) {
                    self[0].hold();
                }
            }

            @Override
            public void onFinished(RunOutcome o) {
                outcome.set(o);
            }
        });
        return self[0];
    }

    /** Waits until the training thread is parked in the gate between batches. */
    private static void awaitBlocked() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (var e : Thread.getAllStackTraces().entrySet()) {
                boolean inGate = java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getMethodName().equals("awaitIfPaused"));
                if (e.getKey().getName().equals("driftscope-training")
                        && e.getKey().getState() == Thread.State.WAITING
                        && inGate) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the training thread never blocked on its hold");
    }
}
