package org.driftscope.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.driftscope.corpus.DatasetFormat;
import org.driftscope.corpus.Sample;
import org.driftscope.export.ExportSet;
import org.driftscope.export.Picture;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;

/**
 * The main window's state and commands, made of small view models with one job each: {@link Loading}
 * opens files and sessions, {@link Training} runs, {@link Outputs} writes, {@link Redraw} lays out
 * again, {@link ExploreModel} holds what is on screen. None touches controls, so all are tested
 * without a toolkit: long work goes to {@code background} through {@link Jobs}, and results come back
 * through {@code ui}, the only thread on which properties change.
 */
final class MainViewModel {
    /** What the view models share: the window's status, what is open, what is shown, the settings. */
    record Parts(
            WindowStatus status, OpenWork work, ExploreModel explore, RunSettings settings, RecentEntries recent) {}

    private final WindowStatus status = new WindowStatus();
    private final ExploreModel explore = new ExploreModel();
    private final OpenWork work = new OpenWork(explore);
    private final RunSettings settings;
    private final RecentEntries recent = new RecentEntries();
    private final Loading loading;
    private final Training training;
    private final Outputs outputs;
    private final Redraw redraw;
    private final Comparing comparing;
    private final BooleanBinding canTrain;
    private final StringProperty epoch = new SimpleStringProperty("-");
    private final StringProperty loss = new SimpleStringProperty("-");
    private final StringProperty accuracy = new SimpleStringProperty("-");
    /** "Accuracy" for a classifier's run, "Val. loss" for word2vec's objectives, which classify nothing. */
    private final StringProperty score = new SimpleStringProperty("Accuracy");

    MainViewModel(RunConfig config, Executor background, Executor ui, Path autosaveFolder) {
        this.settings = new RunSettings(config);
        Jobs jobs = new Jobs(background, ui);
        Parts parts = new Parts(status, work, explore, settings, recent);
        this.outputs = new Outputs(jobs, parts);
        this.training = new Training(jobs, parts, outputs, autosaveFolder);
        this.loading = new Loading(jobs, parts, config, training::end);
        this.redraw = new Redraw(jobs, parts);
        this.comparing = new Comparing(jobs, parts);
        this.canTrain = Bindings.createBooleanBinding(
                () -> status.state.get() == RunState.IDLE
                        && work.loadedProperty().get(),
                status.state,
                work.loadedProperty());
        explore.shownProperty().addListener((obs, old, view) -> showNumbers(view));
    }

    void open(Sample sample) {
        loading.open(sample);
    }

    /** @param layout the dataset's layout, or null to detect it */
    void openFiles(Path vectors, Path data, DatasetFormat layout) {
        loading.open(new Dialogs.FilePair(vectors, data, layout));
    }

    void openRecent(String entry, List<Sample> samples) {
        loading.openRecent(entry, samples);
    }

    void openSession(Path file) {
        loading.openSession(file);
    }

    /** Compares the run on screen (if any) with saved sessions; {@code show} gets the result on this thread. */
    void compare(List<Path> files, java.util.function.Consumer<org.driftscope.compare.Comparison> show) {
        comparing.compare(files, show);
    }

    /** Trains and compares a sample's static, non-static and skip-gram runs at the form's epochs. */
    void compareSample(Sample sample, java.util.function.Consumer<org.driftscope.compare.Comparison> show) {
        comparing.compareSample(sample, settings.epochs.get(), show);
    }

    void cancelLoad() {
        loading.cancel();
    }

    /** The files opened last (or null): where the Open dialog starts. */
    Dialogs.FilePair lastFiles() {
        return loading.lastFiles();
    }

    /** True when a trained run on screen has epochs that were not saved as a session by the user. */
    boolean hasUnsavedRun() {
        return work.unsaved();
    }

    void train() {
        training.train(canTrain.get());
    }

    void pause() {
        training.pause();
    }

    void resume() {
        training.resume();
    }

    void stop() {
        training.stop();
    }

    void export(ExportSet request, Picture picture) {
        outputs.export(request, picture);
    }

    void exportAnimation(Path target) {
        outputs.exportAnimation(target);
    }

    void saveSession(Path target) {
        outputs.saveSession(target);
    }

    void relayout(ProjectionMethod method) {
        redraw.relayout(method);
    }

    /** Shows a passing message in the status bar. */
    void note(String text) {
        status.say(text);
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
            status.say("Found '" + explore.selectedWord() + "'.");
            return;
        }
        String word = explore.undrawnMatch();
        if (word != null && explore.addWord(word)) {
            int e = explore.tunedTableEpoch();
            status.say("'" + word + "' is not drawn: added to the plot among its nearest drawn words"
                    + (e > 0 ? " (in the fine-tuned panel at epoch " + e + ", the latest table the run keeps)" : "")
                    + ". View > Remove added words takes it off.");
            return;
        }
        status.say(
                explore.tableSize() > 0
                        ? String.format(
                                Locale.ROOT,
                                "No word starts with '%s' among the %,d words of the table.",
                                q,
                                explore.tableSize())
                        : "No drawn word starts with '" + q + "'.");
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
        boolean classifier = v.run().config().objective().supervised();
        score.set(classifier ? "Accuracy" : "Val. loss");
        double value = classifier ? s.validationAccuracy() : s.validationLoss();
        accuracy.set(Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value));
    }

    RunSettings settings() {
        return settings;
    }

    ExploreModel explore() {
        return explore;
    }

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return status.state;
    }

    BooleanBinding canTrainProperty() {
        return canTrain;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.status;
    }

    ReadOnlyStringProperty datasetSummaryProperty() {
        return loading.datasetSummary();
    }

    ReadOnlyStringProperty epochProperty() {
        return epoch;
    }

    ReadOnlyStringProperty lossProperty() {
        return loss;
    }

    ReadOnlyStringProperty scoreProperty() {
        return score;
    }

    ReadOnlyStringProperty accuracyProperty() {
        return accuracy;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return status.progress;
    }

    ObservableList<String> recentProperty() {
        return recent.list();
    }

    /** The latest error to show; the view clears it once shown. */
    ObjectProperty<ErrorReport> errorProperty() {
        return status.error;
    }
}
