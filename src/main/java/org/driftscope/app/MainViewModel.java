package org.driftscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.driftscope.corpus.Sample;
import org.driftscope.plot.Figure;
import org.driftscope.session.EpochView;
import org.driftscope.session.Exports;
import org.driftscope.session.LiveRun;
import org.driftscope.session.RunObserver;
import org.driftscope.session.SnapshotFigure;
import org.driftscope.session.Workspace;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;

/**
 * The main window's state and commands. It never touches controls, so it is tested without a
 * toolkit: long work goes to {@code background}, and results come back through {@code ui}, the only
 * thread on which properties change.
 */
final class MainViewModel {
    private final Executor background;
    private final Executor ui;
    private final RunConfig config;
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.EMPTY);
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>();
    private final ObjectProperty<EpochView> view = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty epoch = new SimpleStringProperty("-");
    private final StringProperty loss = new SimpleStringProperty("-");
    private final StringProperty accuracy = new SimpleStringProperty("-");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ErrorReport> error = new SimpleObjectProperty<>();
    private Workspace workspace;
    private LiveRun run;

    MainViewModel(RunConfig config, Executor background, Executor ui) {
        this.config = config;
        this.background = background;
        this.ui = ui;
    }

    /** Loads a sample's files and lays out its frozen vectors. */
    void open(Sample sample) {
        state.set(RunState.LOADING);
        status.set("Loading sample '" + sample.name() + "'...");
        progress.set(-1);
        background.execute(() -> {
            try {
                Workspace ws = Workspace.open(sample);
                EpochView preview = LiveRun.preview(ws, config);
                // Tokenises the whole dataset: done here, never on the FX thread.
                String summary = ws.summary().describe();
                ui.execute(() -> loaded(ws, preview, summary));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> failed("Could not open the sample '" + sample.name() + "'", e));
            }
        });
    }

    private void loaded(Workspace ws, EpochView preview, String summary) {
        workspace = ws;
        show(preview);
        progress.set(0);
        state.set(RunState.IDLE);
        status.set(ws.name() + ": " + summary + ". Press Train.");
    }

    void train() {
        if (state.get() != RunState.IDLE) {
            return;
        }
        state.set(RunState.TRAINING);
        status.set("Preparing " + config.regime().label() + " training...");
        progress.set(0);
        Workspace ws = workspace;
        background.execute(() -> {
            try {
                LiveRun started = LiveRun.start(ws, config, ui, new Observer());
                ui.execute(() -> {
                    run = started;
                    if (state.get() == RunState.STOPPING) {
                        started.stop();
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> failed("Could not start training", e));
            }
        });
    }

    void stop() {
        if (state.get() != RunState.TRAINING) {
            return;
        }
        state.set(RunState.STOPPING);
        status.set("Stopping after the current batch...");
        if (run != null) {
            run.stop();
        }
    }

    /** Writes the epoch on screen as a PNG at twice its nominal size, with its provenance beside it. */
    void exportPng(Path target) {
        EpochView current = view.get();
        if (current == null) {
            return;
        }
        background.execute(() -> {
            try {
                Exports.png(current, target, 2);
                ui.execute(() -> status.set("Saved the figure to " + target));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> error.set(new ErrorReport("Could not save the figure", describe(e))));
            }
        });
    }

    private void show(EpochView v) {
        view.set(v);
        figure.set(SnapshotFigure.of(v));
        var s = v.snapshot();
        epoch.set(Integer.toString(s.epoch()));
        loss.set(Double.isNaN(s.trainLoss()) ? "-" : String.format(Locale.ROOT, "%.4f", s.trainLoss()));
        accuracy.set(
                Double.isNaN(s.validationAccuracy())
                        ? "-"
                        : String.format(Locale.ROOT, "%.3f", s.validationAccuracy()));
    }

    private String truncationNote() {
        EpochView v = view.get();
        if (v == null || v.run().truncated() == 0) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " %,d sentences longer than %d tokens were cut.",
                v.run().truncated(),
                v.run().length());
    }

    private void failed(String what, Exception e) {
        state.set(workspace == null ? RunState.EMPTY : RunState.IDLE);
        progress.set(0);
        status.set(what + ".");
        error.set(new ErrorReport(what, describe(e)));
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Runs on the ui executor. */
    private final class Observer implements RunObserver {
        @Override
        public void onProgress(int epochNumber, int batch, int batches) {
            progress.set((epochNumber - 1 + (double) batch / batches) / config.epochs());
            if (state.get() == RunState.TRAINING) {
                status.set(String.format(
                        Locale.ROOT,
                        "Training epoch %d of %d, batch %d of %d",
                        epochNumber,
                        config.epochs(),
                        batch,
                        batches));
            }
        }

        @Override
        public void onEpoch(EpochView v) {
            show(v);
        }

        @Override
        public void onFinished(RunOutcome outcome) {
            run = null;
            state.set(RunState.IDLE);
            progress.set(0);
            switch (outcome.status()) {
                case COMPLETED -> status.set("Training finished: " + outcome.epochs() + " epochs." + truncationNote());
                case STOPPED -> status.set("Training stopped after " + outcome.epochs() + " epochs.");
                case FAILED -> {
                    status.set("Training failed.");
                    error.set(new ErrorReport("Training failed", outcome.message()));
                }
            }
        }
    }

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state;
    }

    ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure;
    }

    ReadOnlyObjectProperty<EpochView> viewProperty() {
        return view;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    ReadOnlyStringProperty epochProperty() {
        return epoch;
    }

    ReadOnlyStringProperty lossProperty() {
        return loss;
    }

    ReadOnlyStringProperty accuracyProperty() {
        return accuracy;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** The latest error to show; the view clears it once shown. */
    ObjectProperty<ErrorReport> errorProperty() {
        return error;
    }

    /**
     * An error for a dialog: what failed and why, never a stack trace.
     *
     * @param title what the user tried
     * @param reason the cause, naming the file and line where there is one
     */
    record ErrorReport(String title, String reason) {}
}
