package org.driftscope.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.driftscope.corpus.WatchPair;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.Autosave;
import org.driftscope.run.LiveRun;
import org.driftscope.run.RunObserver;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;
import org.driftscope.training.TunedTable;

/**
 * A run's life in the window: Train, Pause, Resume, Stop, and each epoch as it arrives (shown,
 * counted as unsaved, autosaved).
 */
final class Training {
    private final Jobs jobs;
    private final WindowStatus status;
    private final OpenWork work;
    private final ExploreModel explore;
    private final RunSettings settings;
    private final Outputs outputs;
    private final java.nio.file.Path autosaveFolder;
    private LiveRun run;

    Training(Jobs jobs, MainViewModel.Parts parts, Outputs outputs, java.nio.file.Path autosaveFolder) {
        this.jobs = jobs;
        this.status = parts.status();
        this.work = parts.work();
        this.explore = parts.explore();
        this.settings = parts.settings();
        this.outputs = outputs;
        this.autosaveFolder = autosaveFolder;
    }

    /** Trains on the loaded files with the settings as they are; says why when it cannot. */
    void train(boolean allowed) {
        if (!allowed) {
            if (work.workspace() == null && !status.state.get().busy()) {
                status.say("Nothing to train yet: open a sample or your vectors and dataset (File > Open files).");
            }
            return;
        }
        RunConfig config;
        List<WatchPair> pairs;
        try {
            config = settings.config();
            pairs = settings.pairs();
        } catch (IllegalArgumentException e) {
            status.error.set(ErrorReport.of("Check the run settings", e));
            return;
        }
        Workspace ws = work.workspace().with(pairs, work.workspace().show());
        List<String> missing = ws.unwatchable();
        Jobs.Ticket ticket = jobs.replace();
        ProjectionMethod method = settings.projection.get();
        work.runStarts(Autosave.begin(autosaveFolder, ws.name(), LocalDateTime.now()));
        status.begin(
                RunState.TRAINING,
                "Preparing " + config.regime().label() + " training..."
                        + (missing.isEmpty()
                                ? ""
                                : " Not in the vectors, so not watched: " + String.join(", ", missing)),
                0);
        // The preview (or the last run's epoch 0) may already hold the frozen layout this run needs.
        EpochView earlier =
                explore.history().isEmpty() ? null : explore.history().get(0);
        explore.clear();
        jobs.inBackground(() -> {
            try {
                LiveRun started = LiveRun.start(ws, config, method, jobs.ui(), new Observer(ticket, config), earlier);
                jobs.ui().execute(() -> {
                    if (!ticket.current()) {
                        started.stop();
                        return;
                    }
                    run = started;
                    if (status.state.get() == RunState.STOPPING) {
                        started.stop();
                    }
                });
            } catch (RuntimeException e) {
                ticket.then(() -> status.failed(RunState.IDLE, "Could not start training", e));
            }
        });
    }

    void pause() {
        if (status.state.get() == RunState.TRAINING && run != null) {
            run.pause();
            status.state.set(RunState.PAUSED);
            status.say("Paused after the current batch. Resume to go on.");
        }
    }

    void resume() {
        if (status.state.get() == RunState.PAUSED && run != null) {
            run.resume();
            status.state.set(RunState.TRAINING);
            status.say("Resumed.");
        }
    }

    void stop() {
        if (!status.state.get().running() || status.state.get() == RunState.STOPPING) {
            return;
        }
        status.state.set(RunState.STOPPING);
        status.say("Stopping after the current batch...");
        if (run != null) {
            run.resume();
            run.stop();
        }
    }

    /** Stops a run in progress without waiting and forgets it (before something else is opened). */
    void end() {
        if (run != null) {
            run.resume();
            run.stop();
            run = null;
        }
    }

    /** Runs on the FX thread; ignores calls from a run that has been replaced. */
    private final class Observer implements RunObserver {
        private final Jobs.Ticket ticket;
        private final RunConfig config;
        /** Set when an epoch could not be laid out; the finish then says so. */
        private boolean layoutFailed;
        /** The table that comes just before its epoch's view. */
        private TunedTable pending;

        Observer(Jobs.Ticket ticket, RunConfig config) {
            this.ticket = ticket;
            this.config = config;
        }

        @Override
        public void onProgress(int epochNumber, int batch, int batches) {
            if (!ticket.current()) {
                return;
            }
            status.progress.set((epochNumber - 1 + (double) batch / batches) / config.epochs());
            if (status.state.get() == RunState.TRAINING) {
                // After an epoch's last batch, training waits while the epoch is validated and laid out
                // (docs/decisions/0010); say so rather than show a batch counter that stands still.
                status.say(
                        batch == batches
                                ? String.format(
                                        Locale.ROOT, "Laying out epoch %d of %d...", epochNumber, config.epochs())
                                : String.format(
                                        Locale.ROOT,
                                        "Training epoch %d of %d, batch %d of %d",
                                        epochNumber,
                                        config.epochs(),
                                        batch,
                                        batches));
            }
        }

        @Override
        public void onTable(TunedTable t) {
            if (ticket.current()) {
                pending = t;
            }
        }

        @Override
        public void onEpoch(EpochView v) {
            if (!ticket.current()) {
                return;
            }
            if (pending != null && pending.epoch() == v.epoch()) {
                work.table(v.run(), pending);
                pending = null;
            }
            // The history holds exactly this run's epochs: train() cleared it, and nothing else changes it
            // while the run is current.
            explore.add(v);
            if (v.epoch() > 0) {
                work.trained();
            }
            outputs.autosave(List.copyOf(explore.history()));
        }

        @Override
        public void onLayoutFailed(int epoch, RuntimeException failure) {
            if (!ticket.current()) {
                return;
            }
            layoutFailed = true;
            status.error.set(ErrorReport.of(
                    "Epoch " + epoch + " could not be laid out with "
                            + settings.projection.get().title() + "; training stopped, the epochs before it are kept",
                    failure));
        }

        @Override
        public void onFinished(RunOutcome outcome) {
            if (!ticket.current()) {
                return;
            }
            run = null;
            if (layoutFailed) {
                status.end(RunState.IDLE, "Training stopped: an epoch could not be laid out.");
                return;
            }
            status.end(
                    RunState.IDLE,
                    switch (outcome.status()) {
                        case COMPLETED -> "Training finished: " + outcome.epochs() + " epochs." + truncationNote();
                        case STOPPED -> "Training stopped after " + outcome.epochs() + " epochs.";
                        case FAILED -> "Training failed.";
                    });
            if (outcome.status() == RunOutcome.Status.FAILED) {
                status.error.set(new ErrorReport("Training failed", outcome.message()));
            }
        }

        private String truncationNote() {
            EpochView v = explore.shown();
            if (v == null || v.run().truncated() == 0) {
                return "";
            }
            return String.format(
                    Locale.ROOT,
                    " %,d sentences longer than %d tokens were cut.",
                    v.run().truncated(),
                    v.run().length());
        }
    }
}
