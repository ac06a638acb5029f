package org.driftscope.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.driftscope.corpus.Sample;
import org.driftscope.export.Colouring;
import org.driftscope.export.ExportSet;
import org.driftscope.session.EpochView;
import org.driftscope.vectors.VectorReader;

/**
 * The main window's controls, bound to a {@link MainViewModel}. Its only state is a dropped file waiting
 * for its partner (vectors or dataset).
 */
final class MainView {
    private final MainViewModel vm;
    private final Dialogs dialogs;
    private final List<Sample> samples;
    private final BorderPane root = new BorderPane();
    private final PlotCanvas plot;
    private final TimelineBar timeline;
    private final TextField search = new TextField();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    /** Where the export dialogs start: the folder of the last export, kept across restarts by the app. */
    private final javafx.beans.property.ObjectProperty<Path> exportFolder =
            new javafx.beans.property.SimpleObjectProperty<>();
    /** A file dropped on its own, waiting for its partner (vectors or dataset). */
    private Path droppedVectors;

    private Path droppedData;

    MainView(MainViewModel vm, Dialogs dialogs, List<Sample> samples, Path exportFolder) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.samples = samples;
        this.exportFolder.set(exportFolder);
        ExploreModel explore = vm.explore();
        plot = new PlotCanvas(explore);
        plot.setId("plot");
        plot.darkProperty().bind(dark);
        timeline = new TimelineBar(explore);
        root.getStyleClass().add("main");

        Menus menus = new Menus(this, vm, samples);
        root.setTop(new VBox(menus.bar(), top()));

        var start = new StartScreen(samples, vm, this::openFiles, this::openSession).root();
        VBox centre = new VBox(plot, timeline.root());
        VBox.setVgrow(plot, Priority.ALWAYS);
        StackPane stack = new StackPane(centre, start);
        Runnable swap = () -> {
            boolean empty = explore.history().isEmpty();
            start.setVisible(empty);
            centre.setVisible(!empty);
        };
        explore.history().addListener((ListChangeListener<EpochView>) c -> swap.run());
        swap.run();
        // Once something is loaded the plot takes the keys (+, -, 0, arrows), not whatever had focus: at
        // start that was the Find box, whose hint then never showed.
        vm.stateProperty().addListener((obs, old, now) -> {
            if (old == RunState.LOADING && now == RunState.IDLE) {
                plot.requestFocus();
            }
        });
        SplitPane split = new SplitPane(new SettingsPane(vm).root(), stack, new SidePanels(explore).root());
        split.setDividerPositions(0.22, 0.77);
        // on a small screen the plot gives way, not the settings' and the neighbours' columns
        ((Region) split.getItems().get(0)).setMinWidth(290);
        ((Region) split.getItems().get(2)).setMinWidth(250);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        root.setCenter(split);
        root.setBottom(statusBar());

        vm.errorProperty().addListener((obs, old, report) -> {
            if (report != null) {
                dialogs.showError(window(), report);
                vm.errorProperty().set(null);
            }
        });
        acceptDrops();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    Parent root() {
        return root;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    PlotCanvas plot() {
        return plot;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private ToolBar toolbar() {
        Button train = button("train", "Train", "Start fine-tuning with the settings on the left (Ctrl+T)");
        train.setDefaultButton(true);
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.setOnAction(e -> vm.train());

        Button pause = button("pause", "Pause", "Pause or resume training after the current batch (Ctrl+P)");
        pause.textProperty()
                .bind(Bindings.when(vm.stateProperty().isEqualTo(RunState.PAUSED))
                        .then("Resume")
                        .otherwise("Pause"));
        pause.disableProperty()
                .bind(vm.stateProperty()
                        .isNotEqualTo(RunState.TRAINING)
                        .and(vm.stateProperty().isNotEqualTo(RunState.PAUSED)));
        pause.setOnAction(e -> pauseOrResume());

        Button stop = button("stop", "Stop", "Stop after the current batch; the epochs so far stay (Esc)");
        stop.disableProperty().bind(pause.disableProperty());
        stop.setOnAction(e -> vm.stop());

        Button export = button("export", "Export...", "Figure, coordinates, drift and vectors of this epoch (Ctrl+E)");
        export.disableProperty().bind(vm.explore().shownProperty().isNull());
        export.setOnAction(e -> export());

        search.setId("search");
        search.setPromptText("Find a word (Ctrl+F)");
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(vm.explore().searchProperty());
        search.setOnAction(e -> vm.find());

        ComboBox<Colouring> colour = new ComboBox<>();
        colour.setId("colouring");
        colour.getItems().setAll(Colouring.values());
        colour.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Colouring c) {
                return c == null ? "" : "Colour: " + c.label();
            }

            @Override
            public Colouring fromString(String s) {
                return null;
            }
        });
        colour.valueProperty().bindBidirectional(vm.explore().colouringProperty());

        ToggleButton arrows = new ToggleButton("Arrows");
        arrows.setId("arrows");
        arrows.setTooltip(new Tooltip("Arrows from each word's pretrained position to its tuned one"));
        arrows.selectedProperty().bindBidirectional(vm.explore().arrowsProperty());
        ToggleButton trails = new ToggleButton("Trails");
        trails.setId("trails");
        trails.setTooltip(new Tooltip("The path of the selected and searched words across epochs"));
        trails.selectedProperty().bindBidirectional(vm.explore().trailsProperty());

        return new ToolBar(train, pause, stop, search, colour, arrows, trails, new Separator(), export);
    }

    /**
     * The toolbar, and beside it the epoch's numbers, which stay in view at any width: inside the toolbar
     * they were the first to go into its overflow menu on a 1024-pixel screen.
     */
    private Node top() {
        ToolBar tools = toolbar();
        HBox numbers = new HBox(
                metric(new javafx.beans.property.SimpleStringProperty("Epoch"), "epoch", vm.epochProperty()),
                metric(new javafx.beans.property.SimpleStringProperty("Loss"), "loss", vm.lossProperty()),
                metric(vm.scoreProperty(), "accuracy", vm.accuracyProperty()));
        numbers.getStyleClass().add("metrics");
        numbers.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(tools, Priority.ALWAYS);
        tools.setMinWidth(0);
        HBox bar = new HBox(tools, numbers);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static HBox metric(
            javafx.beans.value.ObservableStringValue name, String id, javafx.beans.value.ObservableStringValue value) {
        Label caption = new Label();
        caption.textProperty().bind(name);
        caption.getStyleClass().add("metric-caption");
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("metric-value");
        number.textProperty().bind(value);
        HBox box = new HBox(6, caption, number);
        box.getStyleClass().add("metric");
        return box;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.stateProperty().get().busy(), vm.stateProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-load");
        cancel.visibleProperty().bind(vm.stateProperty().isEqualTo(RunState.LOADING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelLoad());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, progress, cancel);
        bar.getStyleClass().add("status-bar");
        // Some texts' glyphs overhang the label's box by a fraction of a pixel, so the window's bounds
        // changed with the status text, and JavaFX then repaints the whole window (in software
        // rendering, under a run's load, 70-115 ms). Clipped, the bar's bounds are its own.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(bar.widthProperty());
        clip.heightProperty().bind(bar.heightProperty());
        bar.setClip(clip);
        return bar;
    }

    // ---- Commands (the menus call these too) -----------------------------------------------------

    void pauseOrResume() {
        if (vm.stateProperty().get() == RunState.PAUSED) {
            vm.resume();
        } else {
            vm.pause();
        }
    }

    void openSample(Sample s) {
        if (okToReplaceRun()) {
            vm.open(s);
        }
    }

    void openFiles() {
        if (okToReplaceRun()) {
            dialogs.chooseFiles(window(), vm.lastFiles())
                    .ifPresent(f -> vm.openFiles(f.vectors(), f.dataset(), f.layout()));
        }
    }

    void openSession() {
        if (okToReplaceRun()) {
            dialogs.chooseSessionToOpen(window()).ifPresent(vm::openSession);
        }
    }

    void compareSample(Sample sample) {
        vm.compareSample(sample, c -> CompareWindow.show(c, window(), exportFolder.get(), dialogs));
    }

    void compareRuns() {
        List<Path> files = dialogs.chooseSessionsToCompare(window());
        if (!files.isEmpty()) {
            vm.compare(files, c -> CompareWindow.show(c, window(), exportFolder.get(), dialogs));
        }
    }

    void saveSession() {
        EpochView v = vm.explore().shown();
        if (v != null) {
            dialogs.chooseSessionToSave(window(), v.run().name()).ifPresent(vm::saveSession);
        }
    }

    void export() {
        EpochView v = vm.explore().shown();
        if (v == null) {
            return;
        }
        String base = String.format(Locale.ROOT, "%s-epoch-%02d", v.run().name(), v.epoch())
                .replaceAll("[^A-Za-z0-9._-]+", "-");
        ExportSet suggested = ExportSet.everything(exportFolder.get(), base);
        suggested = new ExportSet(
                suggested.folder(),
                suggested.base(),
                true,
                true,
                true,
                true,
                suggested.vectors(),
                vm.explore().colouringProperty().get());
        // the figures are the picture on screen, as it is when Export is chosen
        var picture = plot.picture();
        dialogs.chooseExport(window(), suggested).ifPresent(set -> {
            exportFolder.set(set.folder());
            List<String> there = set.targets().stream()
                    .filter(java.nio.file.Files::exists)
                    .map(p -> p.getFileName().toString())
                    .toList();
            if (there.isEmpty()
                    || dialogs.confirm(
                            window(),
                            "Replace " + there.size() + (there.size() == 1 ? " file" : " files") + " in "
                                    + set.folder().getFileName() + "?",
                            String.join("\n", there))) {
                vm.export(set, picture);
            } else {
                vm.note("Nothing exported: the files there were kept.");
            }
        });
    }

    void showHelp(String title, String text) {
        dialogs.showHelp(window(), title, text);
    }

    /** Writes every epoch so far, sliding into the next, as an animated GIF or numbered PNGs. */
    void exportAnimation() {
        EpochView v = vm.explore().shown();
        if (v == null) {
            return;
        }
        String base = (v.run().name() + "-epochs").replaceAll("[^A-Za-z0-9._-]+", "-");
        dialogs.chooseAnimation(window(), exportFolder.get(), base).ifPresent(target -> {
            if (target.getParent() != null) {
                exportFolder.set(target.getParent());
            }
            vm.exportAnimation(target);
        });
    }

    /** The folder the next export starts in. */
    javafx.beans.property.ObjectProperty<Path> exportFolderProperty() {
        return exportFolder;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void replay() {
        timeline.toggle(vm.explore());
    }

    /** Asks before a new load throws away a run in progress (finished runs are autosaved). */
    private boolean okToReplaceRun() {
        if (vm.stateProperty().get().running()) {
            return dialogs.confirm(
                    window(),
                    "Stop the training in progress?",
                    "The epochs so far are autosaved; the one in progress is lost.");
        }
        return !vm.hasUnsavedRun()
                || dialogs.confirm(
                        window(),
                        "Replace the trained run on screen?",
                        "It is autosaved (File > Open recent lists it); File > Save session keeps it under a name"
                                + " of your choice.");
    }

    private void keys(KeyEvent e) {
        if (search.isFocused() && e.getCode() == KeyCode.ESCAPE) {
            search.clear();
            plot.requestFocus();
            e.consume();
        }
    }

    private void acceptDrops() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = new ArrayList<>();
            e.getDragboard().getFiles().forEach(f -> files.add(f.toPath()));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            dropped(files);
        });
    }

    /** Sorts dropped files into a session, vectors and a dataset, and opens what is complete. */
    void dropped(List<Path> files) {
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".driftscope")) {
                if (okToReplaceRun()) {
                    vm.openSession(f);
                }
                return;
            }
            if (VectorReader.detect(f).isPresent()) {
                droppedVectors = f;
            } else {
                droppedData = f;
            }
        }
        if (droppedVectors != null && droppedData != null) {
            Path v = droppedVectors;
            Path d = droppedData;
            droppedVectors = null;
            droppedData = null;
            if (okToReplaceRun()) {
                vm.openFiles(v, d, null);
            }
        } else {
            vm.note(
                    droppedVectors != null
                            ? "Got the vectors " + droppedVectors.getFileName() + "; now drop the dataset."
                            : "Got the dataset " + droppedData.getFileName() + "; now drop the vectors.");
        }
    }

    Node plotNode() {
        return plot;
    }
}
