package org.driftscope.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.driftscope.run.Workspace;

/**
 * A training run kept going in the background so a benchmark can measure other work beside it, as in
 * the app, where the next epoch trains while the last one is laid out: issue 8's MR recipe in the given
 * regime, with more epochs than any benchmark needs, stopped by {@link #close()}.
 */
public final class BackgroundTraining implements AutoCloseable {
    private final TrainingRun run;
    private volatile int batches;

    private BackgroundTraining(TrainingRun run) {
        this.run = run;
    }

    /** Starts the run and returns once it has trained its first 20 batches (past ND4J's start-up). */
    public static BackgroundTraining start(Path sharedData, Regime regime) throws IOException, InterruptedException {
        Workspace workspace = MovieReviewRegimes.workspace(sharedData);
        RunConfig config = MovieReviewRegimes.config(regime, 1000);
        TrainingData data = TrainingData.prepare(workspace.dataset(), workspace.vectors(), config, List.of());
        TrackedWords tracked = data.track(List.of(), config.trackLimit());
        BackgroundTraining[] self = new BackgroundTraining[1];
        TrainingRun run = new TrainingRun(data, config, tracked, new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int count) {
                self[0].batches++;
            }

            @Override
            public void onEpoch(EpochSnapshot snapshot) {}

            @Override
            public void onFinished(RunOutcome outcome) {}
        });
        self[0] = new BackgroundTraining(run);
        run.start();
        while (self[0].batches < 20) {
            Thread.sleep(50);
        }
        return self[0];
    }

    /** As {@link TrainingRun#hold()}. */
    public void hold() {
        run.hold();
    }

    /** As {@link TrainingRun#release()}. */
    public void release() {
        run.release();
    }

    /** Batches trained so far: a benchmark reports how many ran beside it, to show the load was real. */
    public int batches() {
        return batches;
    }

    @Override
    public void close() throws InterruptedException {
        run.stop();
        run.await();
    }
}
