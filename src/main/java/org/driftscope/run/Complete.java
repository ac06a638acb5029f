package org.driftscope.run;

import java.util.ArrayList;
import java.util.List;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;

/** A run trained to its end on the calling thread's behalf, for commands that need all of it at once. */
public final class Complete {
    private Complete() {}

    /**
     * Every epoch's view of a run.
     *
     * @param earlier an epoch of an earlier run of the same workspace whose frozen layout to reuse, or null
     * @throws IllegalStateException when the run fails or an epoch cannot be laid out, with the reason
     */
    public static List<EpochView> run(
            Workspace workspace, RunConfig config, ProjectionMethod projection, EpochView earlier)
            throws InterruptedException {
        List<EpochView> views = new ArrayList<>();
        RunOutcome[] outcome = new RunOutcome[1];
        String[] layoutFailure = new String[1];
        var observer = new RunObserver() {
            @Override
            public synchronized void onEpoch(EpochView view) {
                views.add(view);
            }

            @Override
            public void onLayoutFailed(int epoch, RuntimeException error) {
                layoutFailure[0] = "epoch " + epoch + " could not be laid out: " + error.getMessage();
            }

            @Override
            public void onFinished(RunOutcome o) {
                outcome[0] = o;
            }
        };
        LiveRun.start(workspace, config, projection, Runnable::run, observer, earlier)
                .await();
        if (layoutFailure[0] != null) {
            throw new IllegalStateException(layoutFailure[0]);
        }
        if (outcome[0].status() != RunOutcome.Status.COMPLETED) {
            throw new IllegalStateException(
                    "the " + config.method() + " run did not complete: " + outcome[0].message());
        }
        synchronized (observer) {
            return List.copyOf(views);
        }
    }
}
