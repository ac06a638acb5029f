package org.driftscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.driftscope.corpus.DatasetFormat;
import org.driftscope.corpus.DatasetOptions;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.WatchPair;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.LiveRun;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.RunConfig;

/**
 * Opening things: a sample, the user's vectors and dataset, a saved session. Reading and the first
 * layout run in the background; what was on screen stays until the new files have loaded, and stays
 * for good when they cannot be.
 */
final class Loading {
    @FunctionalInterface
    private interface Loader {
        Workspace load(BooleanSupplier cancelled) throws IOException;
    }

    /** What a load computes in the background: the files, their first layout (or null) and the dataset's summary. */
    private record Loaded(Workspace workspace, EpochView preview, String summary) {}

    private final Jobs jobs;
    private final WindowStatus status;
    private final OpenWork work;
    private final ExploreModel explore;
    private final RunSettings settings;
    /** The settings the window started with: what a new dataset of the user's starts from. */
    private final RunConfig defaults;
    /** Ends a run in progress before something else is opened. */
    private final Runnable endRun;

    private final RecentEntries recent;
    private final StringProperty datasetSummary = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Dialogs.FilePair lastFiles;

    Loading(Jobs jobs, MainViewModel.Parts parts, RunConfig defaults, Runnable endRun) {
        this.jobs = jobs;
        this.status = parts.status();
        this.work = parts.work();
        this.explore = parts.explore();
        this.settings = parts.settings();
        this.recent = parts.recent();
        this.defaults = defaults;
        this.endRun = endRun;
    }

    /** Loads a sample's files and lays out its frozen vectors. */
    void open(Sample sample) {
        settings.useSample(sample);
        load(
                "sample '" + sample.name() + "'",
                RecentEntries.sample(sample.name()),
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
     */
    void open(Dialogs.FilePair files) {
        settings.reset(defaults);
        settings.projection.set(ProjectionMethod.TSNE);
        settings.showPairs(List.of());
        lastFiles = files;
        Path data = files.dataset();
        String name = data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        DatasetOptions options = DatasetOptions.detect().withFormat(files.layout());
        load(
                data.getFileName() + " with " + files.vectors().getFileName(),
                RecentEntries.files(files),
                cancelled -> Workspace.open(
                        name,
                        files.vectors(),
                        null,
                        data,
                        options,
                        List.of(),
                        List.of(),
                        this::loadProgress,
                        cancelled));
    }

    /** Opens an entry of the recent list. */
    void openRecent(String entry, List<Sample> samples) {
        if (entry.startsWith("sample:")) {
            String name = entry.substring("sample:".length());
            samples.stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(this::open);
        } else if (entry.startsWith("files:")) {
            open(RecentEntries.filesOf(entry));
        } else if (entry.startsWith("session:")) {
            openSession(Path.of(entry.substring("session:".length())));
        }
    }

    /** The files opened last (or null): where the Open dialog starts. */
    Dialogs.FilePair lastFiles() {
        return lastFiles;
    }

    void cancel() {
        cancel.set(true);
    }

    StringProperty datasetSummary() {
        return datasetSummary;
    }

    private void load(String what, String recentEntry, Loader loader) {
        endRun.run();
        RunState before = status.state.get();
        Jobs.Ticket ticket = jobs.replace();
        cancel.set(false);
        RunConfig config = configOrDefault();
        ProjectionMethod method = settings.projection.get();
        status.begin(RunState.LOADING, "Loading " + what + "...", -1);
        ticket.run(
                () -> {
                    Workspace ws = loader.load(cancel::get);
                    ticket.then(() ->
                            status.begin(RunState.LOADING, "Laying out " + ws.name() + "'s pretrained vectors...", -1));
                    EpochView preview = LiveRun.preview(ws, config, method);
                    return new Loaded(ws, preview, summaryOf(ws));
                },
                loaded -> {
                    work.opened(loaded.workspace());
                    explore.reset(List.of(loaded.preview()));
                    datasetSummary.set(loaded.summary());
                    recent.remember(recentEntry);
                    status.end(RunState.IDLE, loaded.workspace().name() + " loaded. Press Train.");
                },
                e -> {
                    if (e instanceof CancellationException) {
                        status.end(
                                before == RunState.LOADING ? RunState.EMPTY : idleOrEmpty(),
                                "Loading cancelled; nothing changed.");
                    } else {
                        status.failed(idleOrEmpty(), "Could not open the " + what, e);
                    }
                });
    }

    private void loadProgress(long read, long total) {
        if (total > 0) {
            double share = (double) read / total;
            jobs.ui().execute(() -> {
                if (status.state.get() == RunState.LOADING) {
                    status.progress.set(share);
                }
            });
        }
    }

    /**
     * Reopens a saved session. A damaged file changes nothing: the error names the file and the
     * reason, and whatever was on screen stays.
     */
    void openSession(Path file) {
        // The window has asked before ending a run in progress; its epochs so far are autosaved.
        endRun.run();
        RunState before = status.state.get().busy() ? idleOrEmpty() : status.state.get();
        Jobs.Ticket ticket = jobs.replace();
        status.begin(RunState.LOADING, "Opening " + file.getFileName() + "...", -1);
        ticket.run(
                () -> SessionFiles.read(file),
                session -> {
                    work.reopened(session);
                    settings.reset(session.run().config());
                    settings.projection.set(session.run().projection());
                    settings.showPairs(pairsOf(session));
                    explore.reset(session.epochs());
                    datasetSummary.set("Reopened from " + file.getFileName() + ".");
                    recent.remember(RecentEntries.session(file));
                    status.end(
                            RunState.IDLE,
                            "Reopened " + file.getFileName() + ": "
                                    + session.epochs().size() + " epochs.");
                    reloadFiles(ticket, session, file);
                },
                e -> {
                    status.end(before, "Could not open " + file.getFileName() + "; nothing changed.");
                    status.error.set(ErrorReport.of("Could not open the session", e));
                });
    }

    /**
     * After a session is reopened: loads the vectors and dataset it was trained on, when they are still
     * where it says, so Train runs it again; says so either way.
     */
    private void reloadFiles(Jobs.Ticket ticket, Session session, Path file) {
        var p = session.run().provenance();
        Path vectors = p.vectors() == null ? null : Path.of(p.vectors());
        Path data = p.dataset() == null ? null : Path.of(p.dataset());
        if (vectors == null || data == null || !Files.exists(vectors) || !Files.exists(data)) {
            datasetSummary.set("Reopened from " + file.getFileName() + ". Its vectors or dataset are no longer at "
                    + p.vectors() + " and " + p.dataset() + "; open them (File > Open files) to train again.");
            return;
        }
        DatasetFormat layout = DatasetFormat.ofLabel(p.datasetFormat()).orElse(null);
        List<String> show = session.run().named().stream()
                .map(i -> session.run().tracked().words().get(i))
                .toList();
        ticket.run(
                () -> {
                    Workspace ws = Workspace.open(
                            session.run().name(),
                            vectors,
                            null,
                            data,
                            DatasetOptions.detect().withFormat(layout),
                            pairsOf(session),
                            show);
                    return new Loaded(ws, null, summaryOf(ws));
                },
                loaded -> {
                    if (work.workspace() == null) {
                        work.workspace(loaded.workspace());
                        datasetSummary.set(loaded.summary() + "\nReopened from " + file.getFileName()
                                + "; its files are loaded, so Train runs it again.");
                    }
                },
                e -> datasetSummary.set("Reopened from " + file.getFileName() + ". Its files could not be read again ("
                        + e.getMessage() + "); open them (File > Open files) to train again."));
    }

    /**
     * The dataset panel's text: the summary a line per part, then what looked wrong in the files.
     * Tokenises the whole dataset, so it runs in the background, never on the FX thread.
     */
    private static String summaryOf(Workspace ws) {
        return ws.summary().describe().replace("; ", ";\n")
                + ws.warnings().stream().map(w -> "\nNote: " + w).collect(Collectors.joining());
    }

    private static List<WatchPair> pairsOf(Session session) {
        return session.last().drift().pairs().stream()
                .map(p -> new WatchPair(p.first(), p.second()))
                .toList();
    }

    private RunConfig configOrDefault() {
        try {
            return settings.config();
        } catch (IllegalArgumentException e) {
            return RunConfig.defaults();
        }
    }

    private RunState idleOrEmpty() {
        return work.workspace() == null && explore.history().isEmpty() ? RunState.EMPTY : RunState.IDLE;
    }
}
