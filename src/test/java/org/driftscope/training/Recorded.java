package org.driftscope.training;

import java.util.ArrayList;
import java.util.List;

/** A finished training run's snapshots and outcome, for tests and benchmarks. */
record Recorded(List<EpochSnapshot> snapshots, RunOutcome outcome) {
    /** Runs to the end on the calling thread's behalf and keeps everything the listener heard. */
    static Recorded run(TrainingData data, RunConfig config, TrackedWords tracked) throws InterruptedException {
        List<EpochSnapshot> snapshots = new ArrayList<>();
        RunOutcome[] outcome = new RunOutcome[1];
        var run = new TrainingRun(data, config, tracked, new TrainingListener() {
            @Override
            public synchronized void onEpoch(EpochSnapshot s) {
                snapshots.add(s);
            }

            @Override
            public void onFinished(RunOutcome o) {
                outcome[0] = o;
            }
        });
        run.start();
        run.await();
        return new Recorded(List.copyOf(snapshots), outcome[0]);
    }
}
