package org.driftscope.run;

import java.util.ArrayList;
import java.util.List;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;

/** Runs the live pipeline to the end and keeps every epoch view, for tests. */
public final class Runs {
    private Runs() {}

    /** Every epoch's view; fails unless the run completed. */
    public static List<EpochView> complete(Workspace workspace, RunConfig config) throws InterruptedException {
        return complete(workspace, config, null);
    }

    /** As {@link #complete(Workspace, RunConfig)}, offering the run an earlier view's frozen layout. */
    public static List<EpochView> complete(Workspace workspace, RunConfig config, EpochView earlier)
            throws InterruptedException {
        return run(workspace, config, earlier).epochs();
    }

    /** The whole run as a session, with the whole embedding table of its last epoch. */
    public static Session session(Workspace workspace, RunConfig config) throws InterruptedException {
        return run(workspace, config, null);
    }

    private static Session run(Workspace workspace, RunConfig config, EpochView earlier) throws InterruptedException {
        List<EpochView> views = new ArrayList<>();
        RunOutcome[] outcome = new RunOutcome[1];
        org.driftscope.training.TunedTable[] table = {null, null};
        var observer = new RunObserver() {
            @Override
            public synchronized void onTable(org.driftscope.training.TunedTable t) {
                table[0] = t;
                if (t.epoch() == 0) {
                    table[1] = t;
                }
            }

            @Override
            public synchronized void onEpoch(EpochView view) {
                views.add(view);
            }

            @Override
            public void onFinished(RunOutcome o) {
                outcome[0] = o;
            }
        };
        LiveRun run = LiveRun.start(
                workspace, config, org.driftscope.projection.ProjectionMethod.TSNE, Runnable::run, observer, earlier);
        run.await();
        if (outcome[0].status() != RunOutcome.Status.COMPLETED) {
            throw new AssertionError("the run did not complete: " + outcome[0]);
        }
        return new Session(views.get(0).run(), views, table[1], table[0]);
    }
}
