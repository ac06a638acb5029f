package org.driftscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftscope.corpus.DatasetFormat;
import org.driftscope.corpus.DatasetOptions;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.WatchPair;
import org.driftscope.export.ExportSet;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.Autosave;
import org.driftscope.run.LiveRun;
import org.driftscope.run.Relayout;
import org.driftscope.run.RunObserver;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;
import org.driftscope.training.TunedTable;

/**
 * The main window's state and commands. It never touches controls, so it is tested without a
 * toolkit: long work goes to {@code background}, and results come back through {@code ui}, the only
 * thread on which properties change.
 */
final class MainViewModel {
    private final Executor background;
    private final Executor ui;
    private final Path autosaveFolder;
    private final RunSettings settings;
    private final ExploreModel explore = new ExploreModel();
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.EMPTY);
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty("Open a sample or your own files to begin.");
    private final StringProperty datasetSummary = new SimpleStringProperty("");
    private final StringProperty epoch = new SimpleStringProperty("-");
    private final StringProperty loss = new SimpleStringProperty("-");
    private final StringProperty accuracy = new SimpleStringProperty("-");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ErrorReport> error = new SimpleObjectProperty<>();
    /** Entries opened lately, newest first: {@code sample:NAME}, {@code files:VECTORS|DATA}, {@code session:FILE}. */
    private final ObservableList<String> recent = FXCollections.observableArrayList();

    private Workspace workspace;
    private LiveRun run;
    private Autosave autosave;
    /** The latest whole embedding table of the run on screen, and that run (FX thread only). */
    private TunedTable table;

    /** The same run's table before training (epoch 0), or null. */
    private TunedTable frozenTable;

    private RunSummary tableRun;
    /** Bumped by every load and run; late calls from an older one are ignored. */
    private int generation;

    private final AtomicBoolean cancelLoad = new AtomicBoolean();

    /** The settings the window started with: what a new dataset of the user's starts from. */
    private final RunConfig defaults;

    private Dialogs.FilePair lastFiles;
    /** A run trained since the last load or save; replacing it asks first. */
    private boolean unsaved;

    MainViewModel(RunConfig config, Executor background, Executor ui, Path autosaveFolder) {
        this.defaults = config;
        this.settings = new RunSettings(config);
        this.background = background;
        this.ui = ui;
        this.autosaveFolder = autosaveFolder;
        state.addListener((obs, old, now) -> canTrain.set(now == RunState.IDLE && workspace != null));
        explore.shownProperty().addListener((obs, old, view) -> showNumbers(view));
    }

    /** Loads a sample's files and lays out its frozen vectors. */
    void open(Sample sample) {
        settings.useSample(sample);
        load(
                "sample '" + sample.name() + "'",
                "sample:" + sample.name(),
                cancelled -> Workspace.open(
                        sample.name(),
                        sample.vectors(),
                        null,
                        sample.data(),
                        DatasetOptions.detect(),
                        sample.watch(),
                        sample.show(),
                        this::loadProgress,
                        cancelled));
    }

    /**
     * Loads the user's vectors and dataset. A new dataset starts from the default run settings and no
     * watched pairs: a sample's (alps:himalaya, its learning rate) mean nothing for it.
     *
     * @param layout the dataset's layout, or null to detect it
     */
    void openFiles(Path vectors, Path data, DatasetFormat layout) {
        settings.reset(defaults);
        settings.projection.set(ProjectionMethod.TSNE);
        settings.showPairs(List.of());
        lastFiles = new Dialogs.FilePair(vectors, data, layout);
        String name = data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        DatasetOptions options = layout == null
                ? DatasetOptions.detect()
                : DatasetOptions.detect().withFormat(layout);
        load(
                data.getFileName() + " with " + vectors.getFileName(),
                "files:" + vectors.toAbsolutePath() + "|" + data.toAbsolutePath()
                        + (layout == null ? "" : "|" + layout.label()),
                cancelled -> Workspace.open(
                        name, vectors, null, data, options, List.of(), List.of(), this::loadProgress, cancelled));
    }

    /** The files opened last (or null): where the Open dialog starts. */
    Dialogs.FilePair lastFiles() {
        return lastFiles;
    }

    /** True when a trained run on screen has epochs that were not saved as a session by the user. */
    boolean hasUnsavedRun() {
        return unsaved;
    }

    /** Opens an entry of {@link #recentProperty()}. */
    void openRecent(String entry, List<Sample> samples) {
        if (entry.startsWith("sample:")) {
            String name = entry.substring("sample:".length());
            samples.stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(this::open);
        } else if (entry.startsWith("files:")) {
            String[] parts = entry.substring("files:".length()).split("\\|", 3);
            openFiles(
                    Path.of(parts[0]),
                    Path.of(parts[1]),
                    parts.length > 2 ? DatasetFormat.ofLabel(parts[2]).orElse(null) : null);
        } else if (entry.startsWith("session:")) {
            openSession(Path.of(entry.substring("session:".length())));
        }
    }

    @FunctionalInterface
    private interface Loader {
        Workspace load(java.util.function.BooleanSupplier cancelled) throws IOException;
    }

    private void load(String what, String recentEntry, Loader loader) {
        endRun();
        RunState before = state.get();
        int gen = ++generation;
        cancelLoad.set(false);
        state.set(RunState.LOADING);
        status.set("Loading " + what + "...");
        progress.set(-1);
        RunConfig config = configOrDefault();
        ProjectionMethod method = settings.projection.get();
        background.execute(() -> {
            try {
                Workspace ws = loader.load(cancelLoad::get);
                ui.execute(() -> {
                    if (gen == generation) {
                        status.set("Laying out " + ws.name() + "'s pretrained vectors...");
                        progress.set(-1);
                    }
                });
                EpochView preview = LiveRun.preview(ws, config, method);
                // Tokenises the whole dataset: done here, never on the FX thread.
                String summary = ws.summary().describe().replace("; ", ";\n")
                        + ws.warnings().stream()
                                .map(w -> "\nNote: " + w)
                                .collect(java.util.stream.Collectors.joining());
                ui.execute(() -> loaded(gen, ws, preview, summary, recentEntry));
            } catch (CancellationException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        state.set(before == RunState.LOADING ? RunState.EMPTY : idleOrEmpty());
                        progress.set(0);
                        status.set("Loading cancelled; nothing changed.");
                    }
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        failed("Could not open the " + what, e);
                    }
                });
            } catch (OutOfMemoryError e) {
                long heap = Runtime.getRuntime().maxMemory() >> 20;
                var report = new IllegalStateException("there is not enough memory to load it (this window may use "
                        + heap + " MB); start the app with a larger -Xmx, or use a smaller file");
                ui.execute(() -> {
                    if (gen == generation) {
                        failed("Could not open the " + what, report);
                    }
                });
            } catch (Error e) {
                // A reader must never leave the window stuck on "Loading...": whatever it throws is reported.
                var report = new IllegalStateException(
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
                ui.execute(() -> {
                    if (gen == generation) {
                        failed("Could not open the " + what, report);
                    }
                });
            }
        });
    }

    private void loadProgress(long read, long total) {
        if (total > 0) {
            double share = (double) read / total;
            ui.execute(() -> {
                if (state.get() == RunState.LOADING) {
                    progress.set(share);
                }
            });
        }
    }

    /** Shows a passing message in the status bar. */
    void note(String text) {
        status.set(text);
    }

    void cancelLoad() {
        cancelLoad.set(true);
    }

    private void loaded(int gen, Workspace ws, EpochView preview, String summary, String recentEntry) {
        if (gen != generation) {
            return;
        }
        workspace = ws;
        autosave = null;
        unsaved = false;
        explore.reset(List.of(preview));
        tables(null, null);
        datasetSummary.set(summary);
        remember(recentEntry);
        progress.set(0);
        state.set(RunState.IDLE);
        status.set(ws.name() + " loaded. Press Train.");
    }

    void train() {
        if (!canTrain.get()) {
            if (workspace == null && !state.get().busy()) {
                status.set("Nothing to train yet: open a sample or your vectors and dataset (File > Open files).");
            }
            return;
        }
        RunConfig config;
        List<WatchPair> pairs;
        try {
            config = settings.config();
            pairs = settings.pairs();
        } catch (IllegalArgumentException e) {
            error.set(ErrorReport.of("Check the run settings", e));
            return;
        }
        Workspace ws = workspace.with(pairs, workspace.show());
        List<String> missing = ws.unwatchable();
        int gen = ++generation;
        ProjectionMethod method = settings.projection.get();
        autosave = Autosave.begin(autosaveFolder, ws.name(), LocalDateTime.now());
        state.set(RunState.TRAINING);
        status.set("Preparing " + config.regime().label() + " training..."
                + (missing.isEmpty() ? "" : " Not in the vectors, so not watched: " + String.join(", ", missing)));
        progress.set(0);
        // The preview (or the last run's epoch 0) may already hold the frozen layout this run needs.
        EpochView earlier =
                explore.history().isEmpty() ? null : explore.history().get(0);
        explore.clear();
        tables(null, null);
        background.execute(() -> {
            try {
                LiveRun started = LiveRun.start(ws, config, method, ui, new Observer(gen, config), earlier);
                ui.execute(() -> {
                    if (gen != generation) {
                        started.stop();
                        return;
                    }
                    run = started;
                    if (state.get() == RunState.STOPPING) {
                        started.stop();
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        failed("Could not start training", e);
                    }
                });
            }
        });
    }

    void pause() {
        if (state.get() == RunState.TRAINING && run != null) {
            run.pause();
            state.set(RunState.PAUSED);
            status.set("Paused after the current batch. Resume to go on.");
        }
    }

    void resume() {
        if (state.get() == RunState.PAUSED && run != null) {
            run.resume();
            state.set(RunState.TRAINING);
            status.set("Resumed.");
        }
    }

    void stop() {
        if (state.get() != RunState.TRAINING && state.get() != RunState.PAUSED) {
            return;
        }
        state.set(RunState.STOPPING);
        status.set("Stopping after the current batch...");
        if (run != null) {
            run.resume();
            run.stop();
        }
    }

    /** Stops a run in progress without waiting and forgets it (before loading something else). */
    private void endRun() {
        if (run != null) {
            run.resume();
            run.stop();
            run = null;
        }
    }

    /** Writes the chosen files for the epoch on screen. */
    void export(ExportSet request, org.driftscope.export.Picture picture) {
        EpochView current = explore.shown();
        if (current == null) {
            return;
        }
        Session whole = session(List.copyOf(explore.history()));
        background.execute(() -> {
            try {
                ExportSet.Written written = request.write(current, whole, picture);
                ui.execute(() -> status.set(String.format(
                        Locale.ROOT,
                        "Exported epoch %d: %d files in %s%s",
                        current.epoch(),
                        written.files().size(),
                        request.folder(),
                        written.vectors().isEmpty() ? "" : "; " + written.vectors())));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> error.set(ErrorReport.of("Could not export", e)));
            }
        });
    }

    /**
     * Writes the epochs so far, each sliding into the next as the replay shows them, as an animated GIF
     * ({@code .gif}) or numbered PNG frames (a {@code .png} name), in the background.
     */
    void exportAnimation(Path target) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()) {
            return;
        }
        var colouring = explore.colouringProperty().get();
        status.set("Writing the animation of epochs 0-"
                + epochs.get(epochs.size() - 1).epoch() + "...");
        background.execute(() -> {
            try {
                String what;
                if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    what = org.driftscope.export.Animation.pngs(epochs, colouring, target)
                                    .size() + " PNG frames";
                } else {
                    org.driftscope.export.Animation.gif(epochs, colouring, target);
                    what = "an animated GIF";
                }
                ui.execute(() -> status.set("Wrote " + what + " of " + epochs.size() + " epochs to " + target));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> error.set(ErrorReport.of("Could not write the animation", e)));
            }
        });
    }

    /** Saves every epoch so far as one session file. */
    void saveSession(Path target) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()) {
            return;
        }
        Session whole = session(epochs);
        background.execute(() -> {
            try {
                SessionFiles.write(whole, target);
                ui.execute(() -> {
                    unsaved = false;
                    remember("session:" + target.toAbsolutePath());
                    status.set("Saved the session (" + epochs.size() + " epochs) to " + target);
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> error.set(ErrorReport.of("Could not save the session", e)));
            }
        });
    }

    /**
     * Reopens a saved session. A damaged file changes nothing: the error names the file and the
     * reason, and whatever was on screen stays.
     */
    void openSession(Path file) {
        // The window has asked before ending a run in progress; its epochs so far are autosaved.
        endRun();
        RunState before = state.get().busy() ? idleOrEmpty() : state.get();
        int gen = ++generation;
        state.set(RunState.LOADING);
        status.set("Opening " + file.getFileName() + "...");
        progress.set(-1);
        background.execute(() -> {
            try {
                Session session = SessionFiles.read(file);
                ui.execute(() -> {
                    if (gen != generation) {
                        return;
                    }
                    workspace = null;
                    autosave = null;
                    unsaved = false;
                    settings.reset(session.run().config());
                    settings.projection.set(session.run().projection());
                    settings.showPairs(pairsOf(session));
                    explore.reset(session.epochs());
                    tableRun = session.run();
                    tables(session.frozenTable(), session.table());
                    datasetSummary.set("Reopened from " + file.getFileName() + ".");
                    remember("session:" + file.toAbsolutePath());
                    progress.set(0);
                    state.set(RunState.IDLE);
                    status.set("Reopened " + file.getFileName() + ": "
                            + session.epochs().size() + " epochs.");
                    reloadFiles(gen, session, file);
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        state.set(before);
                        progress.set(0);
                        status.set("Could not open " + file.getFileName() + "; nothing changed.");
                        error.set(ErrorReport.of("Could not open the session", e));
                    }
                });
            }
        });
    }

    /** Draws every epoch again with another projection, in the background. */
    void relayout(ProjectionMethod method) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()
                || state.get() != RunState.IDLE
                || epochs.get(0).run().projection() == method) {
            return;
        }
        int gen = ++generation;
        state.set(RunState.RELAYOUT);
        status.set("Laying out " + epochs.size() + " epochs with " + method.label() + "...");
        progress.set(0);
        background.execute(() -> {
            try {
                List<EpochView> redrawn = Relayout.of(
                        epochs,
                        method,
                        (done, total) -> ui.execute(() -> progress.set((double) done / total)),
                        () -> gen != generation);
                ui.execute(() -> {
                    if (gen == generation) {
                        int at = explore.indexProperty().get();
                        explore.reset(redrawn);
                        explore.showIndex(at);
                        progress.set(0);
                        state.set(RunState.IDLE);
                        status.set("Now drawn with " + method.label() + ".");
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        ProjectionMethod kept = epochs.get(0).run().projection();
                        progress.set(0);
                        status.set("Still drawn with " + kept.label() + ": " + method.label()
                                + " could not lay these epochs out.");
                        settings.projection.set(kept);
                        state.set(RunState.IDLE);
                        error.set(ErrorReport.of("Could not lay out with " + method.label(), e));
                    }
                });
            }
        });
    }

    private RunConfig configOrDefault() {
        try {
            return settings.config();
        } catch (IllegalArgumentException e) {
            return RunConfig.defaults();
        }
    }

    private void remember(String entry) {
        recent.remove(entry);
        recent.add(0, entry);
        if (recent.size() > Settings.RECENT) {
            recent.remove(Settings.RECENT, recent.size());
        }
    }

    private void showNumbers(EpochView v) {
        if (v == null) {
            epoch.set("-");
            loss.set("-");
            accuracy.set("-");
            return;
        }
        var s = v.snapshot();
        epoch.set(Integer.toString(s.epoch()));
        loss.set(Double.isNaN(s.trainLoss()) ? "-" : String.format(Locale.ROOT, "%.4f", s.trainLoss()));
        accuracy.set(
                Double.isNaN(s.validationAccuracy())
                        ? "-"
                        : String.format(Locale.ROOT, "%.3f", s.validationAccuracy()));
    }

    private RunState idleOrEmpty() {
        return workspace == null && explore.history().isEmpty() ? RunState.EMPTY : RunState.IDLE;
    }

    private void failed(String what, Exception e) {
        state.set(idleOrEmpty());
        progress.set(0);
        status.set(what + ".");
        error.set(ErrorReport.of(what, e));
    }

    private void autosave(List<EpochView> epochs) {
        Autosave target = autosave;
        if (target == null) {
            return;
        }
        Session whole = session(epochs);
        background.execute(() -> {
            try {
                target.write(whole);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> status.set("Autosave failed (" + e.getMessage() + "); save the session by hand."));
            }
        });
    }

    private static List<WatchPair> pairsOf(Session session) {
        return session.last().drift().pairs().stream()
                .map(p -> new WatchPair(p.first(), p.second()))
                .toList();
    }

    /**
     * After a session is reopened: loads the vectors and dataset it was trained on, when they are still
     * where it says, so Train runs it again; says so either way.
     */
    private void reloadFiles(int gen, Session session, Path file) {
        var p = session.run().provenance();
        Path vectors = p.vectors() == null ? null : Path.of(p.vectors());
        Path data = p.dataset() == null ? null : Path.of(p.dataset());
        if (vectors == null
                || data == null
                || !java.nio.file.Files.exists(vectors)
                || !java.nio.file.Files.exists(data)) {
            datasetSummary.set("Reopened from " + file.getFileName() + ". Its vectors or dataset are no longer at "
                    + p.vectors() + " and " + p.dataset() + "; open them (File > Open files) to train again.");
            return;
        }
        var layout = DatasetFormat.ofLabel(p.datasetFormat()).orElse(null);
        List<String> show = session.run().named().stream()
                .map(i -> session.run().tracked().words().get(i))
                .toList();
        background.execute(() -> {
            try {
                Workspace ws = Workspace.open(
                        session.run().name(),
                        vectors,
                        null,
                        data,
                        layout == null
                                ? DatasetOptions.detect()
                                : DatasetOptions.detect().withFormat(layout),
                        pairsOf(session),
                        show,
                        (done, total) -> {},
                        () -> false);
                String summary = ws.summary().describe().replace("; ", ";\n");
                ui.execute(() -> {
                    if (gen == generation && workspace == null) {
                        workspace = ws;
                        canTrain.set(state.get() == RunState.IDLE);
                        datasetSummary.set(summary + "\nReopened from " + file.getFileName()
                                + "; its files are loaded, so Train runs it again.");
                    }
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation) {
                        datasetSummary.set(
                                "Reopened from " + file.getFileName() + ". Its files could not be read again ("
                                        + e.getMessage() + "); open them (File > Open files) to train again.");
                    }
                });
            }
        });
    }

    /** The run's whole tables, for saving and for finding words that are not drawn (FX thread). */
    private void tables(TunedTable frozen, TunedTable last) {
        frozenTable = frozen;
        table = last;
        explore.tables(frozen, last);
    }

    /**
     * Find's Enter: selects the drawn word the search names; else adds the table's word to the plot;
     * says so either way, and when nothing matches.
     */
    void find() {
        String q = explore.searchProperty().get().strip();
        if (q.isEmpty() || explore.shown() == null) {
            return;
        }
        if (explore.selectSearched()) {
            status.set("Found '" + explore.selectedWord() + "'.");
            return;
        }
        String word = explore.undrawnMatch();
        if (word != null && explore.addWord(word)) {
            int e = explore.tunedTableEpoch();
            status.set("'" + word + "' is not drawn: added to the plot among its nearest drawn words"
                    + (e > 0 ? " (in the fine-tuned panel at epoch " + e + ", the latest table the run keeps)" : "")
                    + ". View > Remove added words takes it off.");
            return;
        }
        status.set(
                explore.tableSize() > 0
                        ? String.format(
                                Locale.ROOT,
                                "No word starts with '%s' among the %,d words of the table.",
                                q,
                                explore.tableSize())
                        : "No drawn word starts with '" + q + "'.");
    }

    private Session session(List<EpochView> epochs) {
        EpochView last = epochs.get(epochs.size() - 1);
        boolean same =
                table != null && table.epoch() == last.epoch() && epochs.get(0).run() == tableRun;
        return new Session(
                epochs.get(0).run(),
                epochs,
                same && frozenTable != null && frozenTable.words().equals(table.words()) ? frozenTable : null,
                same ? table : null);
    }

    /** Runs on the ui executor; ignores calls from a run that has been replaced. */
    private final class Observer implements RunObserver {
        private final int gen;
        private final RunConfig config;
        /** Set on the FX thread when an epoch could not be laid out; the finish then says so. */
        private boolean layoutFailed;

        Observer(int gen, RunConfig config) {
            this.gen = gen;
            this.config = config;
        }

        @Override
        public void onProgress(int epochNumber, int batch, int batches) {
            if (gen != generation) {
                return;
            }
            progress.set((epochNumber - 1 + (double) batch / batches) / config.epochs());
            if (state.get() == RunState.TRAINING) {
                // After an epoch's last batch, training waits while the epoch is validated and laid out
                // (docs/decisions/0010); say so rather than show a batch counter that stands still.
                status.set(
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

        /** The table that comes just before its epoch's view. */
        private TunedTable pending;

        @Override
        public void onTable(TunedTable t) {
            if (gen == generation) {
                pending = t;
            }
        }

        @Override
        public void onEpoch(EpochView v) {
            if (gen == generation && pending != null && pending.epoch() == v.epoch()) {
                tableRun = v.run();
                tables(pending.epoch() == 0 ? pending : frozenTable, pending);
                pending = null;
            }
            if (gen != generation) {
                return;
            }
            // The history holds exactly this run's epochs: train() cleared it, and nothing else changes it
            // while the run is current.
            explore.add(v);
            unsaved |= v.epoch() > 0;
            autosave(List.copyOf(explore.history()));
        }

        @Override
        public void onLayoutFailed(int epoch, RuntimeException failure) {
            if (gen != generation) {
                return;
            }
            layoutFailed = true;
            error.set(ErrorReport.of(
                    "Epoch " + epoch + " could not be laid out with "
                            + settings.projection.get().title() + "; training stopped, the epochs before it are kept",
                    failure));
        }

        @Override
        public void onFinished(RunOutcome outcome) {
            if (gen != generation) {
                return;
            }
            run = null;
            if (layoutFailed) {
                // the state last: listeners that wait for IDLE then see the status that goes with it
                status.set("Training stopped: an epoch could not be laid out.");
                progress.set(0);
                state.set(RunState.IDLE);
                return;
            }
            progress.set(0);
            switch (outcome.status()) {
                case COMPLETED -> status.set("Training finished: " + outcome.epochs() + " epochs." + truncationNote());
                case STOPPED -> status.set("Training stopped after " + outcome.epochs() + " epochs.");
                case FAILED -> status.set("Training failed.");
            }
            // the state after the status: whoever waits for IDLE (a test, the Train button) sees the status
            // that goes with it
            state.set(RunState.IDLE);
            if (outcome.status() == RunOutcome.Status.FAILED) {
                error.set(new ErrorReport("Training failed", outcome.message()));
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

    RunSettings settings() {
        return settings;
    }

    ExploreModel explore() {
        return explore;
    }

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state;
    }

    ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary;
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

    ObservableList<String> recentProperty() {
        return recent;
    }

    /** The latest error to show; the view clears it once shown. */
    ObjectProperty<ErrorReport> errorProperty() {
        return error;
    }
}
