package org.driftscope.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.driftscope.corpus.WatchPair;
import org.driftscope.drift.DriftAnalyzer;
import org.driftscope.drift.DriftReport;
import org.driftscope.drift.Neighbours;
import org.driftscope.drift.TableNeighbours;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.projection.Projector;
import org.driftscope.projection.Trust;
import org.driftscope.session.EpochView;
import org.driftscope.session.Exposures;
import org.driftscope.session.RunSummary;
import org.driftscope.training.EpochSnapshot;
import org.driftscope.training.Provenance;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;
import org.driftscope.training.TrackedWords;
import org.driftscope.training.TrainingData;
import org.driftscope.training.TrainingListener;
import org.driftscope.training.TrainingRun;
import org.driftscope.training.TunedTable;
import org.driftscope.work.Workers;

/**
 * A training run with its pictures: training on its own thread, and each epoch laid out on a second
 * worker and published in epoch order. Training waits between batches while an epoch is laid out, so
 * the picture the user is waiting for gets the cores first (docs/decisions/0010).
 *
 * <p>The frozen vectors are laid out once. Each epoch's tuned layout starts from the previous one,
 * without early exaggeration, and is then fitted onto the frozen layout by a similarity transform, so
 * both panels share one frame and only words whose neighbourhoods changed move on screen.
 */
public final class LiveRun {
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final TrainingRun training;
    private final ExecutorService projector;
    private final RunSummary summary;

    private LiveRun(RunSummary summary, TrainingRun training, ExecutorService projector) {
        this.summary = summary;
        this.training = training;
        this.projector = projector;
    }

    /**
     * Prepares the data (tokenising, splitting: call it off the UI thread) and starts training.
     *
     * @param deliver where observer calls run ({@code Platform::runLater} in the app)
     */
    public static LiveRun start(Workspace workspace, RunConfig config, Executor deliver, RunObserver observer) {
        return start(workspace, config, ProjectionMethod.TSNE, deliver, observer);
    }

    /**
     * As {@link #start(Workspace, RunConfig, Executor, RunObserver)}, with the projection to use.
     */
    public static LiveRun start(
            Workspace workspace,
            RunConfig config,
            ProjectionMethod projection,
            Executor deliver,
            RunObserver observer) {
        return start(workspace, config, projection, deliver, observer, null);
    }

    /**
     * As {@link #start(Workspace, RunConfig, ProjectionMethod, Executor, RunObserver)}, reusing the frozen
     * layout of {@code earlier} (a preview, or a previous run's epoch 0) when it laid out the same vectors
     * with the same method and seed, rather than computing it again before the first batch.
     *
     * @param earlier an epoch view of this workspace, or {@code null}
     */
    public static LiveRun start(
            Workspace workspace,
            RunConfig config,
            ProjectionMethod projection,
            Executor deliver,
            RunObserver observer,
            EpochView earlier) {
        TrainingData data =
                TrainingData.prepare(workspace.dataset(), workspace.vectors(), config, workspace.namedWords());
        RunSummary summary = summarise(workspace, config, data, projection);
        TrackedWords tracked = summary.tracked();
        ExecutorService projector = Executors.newSingleThreadExecutor(Workers.named("driftscope-projection"));
        var layouts = new Layouts(summary, workspace, projection);
        if (earlier != null && sameFrozenLayout(earlier.run(), summary)) {
            layouts.earlier = earlier.frozen();
        }
        // The listener holds and releases the run it listens to, which is created with it just below.
        TrainingRun[] gate = new TrainingRun[1];
        TrainingRun run = new TrainingRun(data, config, tracked, new TrainingListener() {
            /** When the last progress tick went out; only the training thread touches it. */
            private long lastTick = System.nanoTime() - PROGRESS_INTERVAL_NANOS;

            @Override
            public void onBatch(int epoch, int batch, int batches) {
                // Ten ticks a second move a progress bar smoothly; one per batch would make the UI thread
                // redraw its status line hundreds of times an epoch.
                long now = System.nanoTime();
                if (batch == batches || now - lastTick >= PROGRESS_INTERVAL_NANOS) {
                    lastTick = now;
                    deliver.execute(() -> observer.onProgress(epoch, batch, batches));
                }
            }

            /** The table of the epoch whose snapshot comes next; only the training thread touches it. */
            private TunedTable table;

            @Override
            public void onTable(TunedTable t) {
                table = t;
            }

            @Override
            public void onEpoch(EpochSnapshot snapshot) {
                TunedTable epochTable = table;
                table = null;
                // The epoch's picture gets the cores before the next epoch's batches: sharing them would
                // take as long in total, show the picture later, and oversubscribe ND4J's and the
                // layout's threads (docs/decisions/0010).
                gate[0].hold();
                projector.execute(() -> {
                    try {
                        if (layouts.failed) {
                            return;
                        }
                        EpochView view = layouts.next(summary, snapshot, epochTable);
                        deliver.execute(() -> {
                            if (epochTable != null) {
                                observer.onTable(epochTable);
                            }
                            observer.onEpoch(view);
                        });
                    } catch (RuntimeException e) {
                        // Never dropped on this thread: the user hears which epoch failed, and training,
                        // whose epochs could no longer be shown, stops.
                        layouts.failed = true;
                        gate[0].stop();
                        deliver.execute(() -> observer.onLayoutFailed(snapshot.epoch(), e));
                    } finally {
                        gate[0].release();
                    }
                });
            }

            @Override
            public void onFinished(RunOutcome outcome) {
                projector.execute(() -> deliver.execute(() -> observer.onFinished(outcome)));
                projector.shutdown();
            }
        });
        gate[0] = run;
        var live = new LiveRun(summary, run, projector);
        run.start();
        return live;
    }

    /**
     * The picture before any training: the frozen layout in both panels. Lays out the vectors, so call
     * it off the UI thread.
     */
    public static EpochView preview(Workspace workspace, RunConfig config) {
        return preview(workspace, config, ProjectionMethod.TSNE);
    }

    /** As {@link #preview(Workspace, RunConfig)}, with the projection to use. */
    public static EpochView preview(Workspace workspace, RunConfig config, ProjectionMethod projection) {
        TrainingData data =
                TrainingData.prepare(workspace.dataset(), workspace.vectors(), config, workspace.namedWords());
        RunSummary summary = summarise(workspace, config, data, projection);
        TrackedWords tracked = summary.tracked();
        var snapshot = new EpochSnapshot(0, Double.NaN, Double.NaN, Double.NaN, new double[0], tracked.frozen(), 0, 0);
        return new Layouts(summary, workspace, projection).next(summary, snapshot, data.initialTable());
    }

    /** Whether two runs' frozen layouts are the same computation: same vectors, method and seed. */
    private static boolean sameFrozenLayout(RunSummary a, RunSummary b) {
        return a.projection() == b.projection()
                && a.config().seed() == b.config().seed()
                && a.tracked().dimension() == b.tracked().dimension()
                && Arrays.equals(a.tracked().frozen(), b.tracked().frozen());
    }

    private static RunSummary summarise(
            Workspace workspace, RunConfig config, TrainingData data, ProjectionMethod projection) {
        TrackedWords tracked = data.track(workspace.namedWords(), config.trackLimit());
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < tracked.size(); i++) {
            if (workspace.namedWords().contains(tracked.words().get(i))) {
                named.add(i);
            }
        }
        var source = workspace.vectors().source();
        var provenance = new Provenance(
                source.path() == null ? "in memory" : source.path().toString(),
                source.fingerprint(),
                workspace.dataset().source().toString(),
                workspace.dataset().format().label(),
                config,
                Provenance.libraryVersions(),
                java.time.Instant.now());
        return new RunSummary(
                workspace.name(),
                config,
                data.labels(),
                tracked,
                named,
                data.length(),
                data.truncated(),
                provenance,
                projection);
    }

    public RunSummary summary() {
        return summary;
    }

    public void stop() {
        training.stop();
    }

    public void pause() {
        training.pause();
    }

    public void resume() {
        training.resume();
    }

    /** Waits until training has ended and every epoch has been laid out and handed to the executor. */
    public void await() throws InterruptedException {
        training.await();
        projector.awaitTermination(1, TimeUnit.HOURS);
    }

    /** The layout and drift state carried from epoch to epoch; touched only by the projection worker. */
    private static final class Layouts {

        private final TrackedWords tracked;
        private final Projector projector;
        private final DriftAnalyzer drift;
        private Layout frozen;
        /** The frozen layout an earlier run made of the same vectors, for the projector to adopt, or null. */
        private Layout earlier;
        /** Set once an epoch could not be laid out: later epochs are not laid out either. */
        private boolean failed;

        Layouts(RunSummary summary, Workspace workspace, ProjectionMethod method) {
            this.tracked = summary.tracked();
            this.projector = Projector.of(method, summary.config().seed());
            boolean[] movable = new boolean[tracked.size()];
            for (int i = 0; i < movable.length; i++) {
                movable[i] =
                        tracked.trainCount(i) > 0 && summary.config().regime().trainsEmbedding();
            }
            List<int[]> pairs = new ArrayList<>();
            for (WatchPair p : workspace.watchable()) {
                int a = tracked.words().indexOf(p.first());
                int b = tracked.words().indexOf(p.second());
                if (a >= 0 && b >= 0) {
                    pairs.add(new int[] {a, b});
                }
            }
            this.drift = new DriftAnalyzer(
                    tracked.words(),
                    tracked.frozen(),
                    tracked.dimension(),
                    RunConfig.NEIGHBOURS,
                    Exposures.of(tracked, summary.config()),
                    pairs);
        }

        /** The tracked words' rows in the whole table, and their frozen neighbours there (from epoch 0's table). */
        private int[] tableRows;

        private Neighbours tableBefore;

        /**
         * The tracked words' neighbours among every row of {@code table}, or null without a table. The
         * first table a run delivers is epoch 0's, the frozen one: its neighbours are searched once.
         */
        private TableNeighbours tableNeighbours(TunedTable table) {
            if (table == null) {
                return null;
            }
            if (tableRows == null) {
                var index = table.index();
                tableRows = tracked.words().stream().mapToInt(index::get).toArray();
                tableBefore = TableNeighbours.search(table.rows(), table.dimension(), tableRows, RunConfig.NEIGHBOURS);
            }
            return table.epoch() == 0
                    ? new TableNeighbours(table.words(), tableBefore, tableBefore)
                    : TableNeighbours.of(
                            table.words(),
                            table.rows(),
                            table.dimension(),
                            tableRows,
                            RunConfig.NEIGHBOURS,
                            tableBefore);
        }

        EpochView next(RunSummary summary, EpochSnapshot snapshot, TunedTable table) {
            if (frozen == null) {
                frozen = earlier == null
                        ? projector.frozen(tracked.frozen(), tracked.dimension())
                        : projector.frozen(tracked.frozen(), tracked.dimension(), earlier);
            }
            Layout tuned = snapshot.epoch() == 0 ? frozen : projector.next(snapshot.tuned(), tracked.dimension());
            DriftReport report = drift.next(snapshot.epoch(), snapshot.tuned(), tableNeighbours(table));
            return new EpochView(summary, snapshot, frozen, tuned, report, Trust.of(report.tunedNeighbours(), tuned));
        }
    }
}
