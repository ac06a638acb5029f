package org.driftscope.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The main window's controls, bound to a {@link MainViewModel}; it holds no state of its own. */
final class MainView {
    private final MainViewModel model;
    private final Function<Window, Optional<Path>> exportTarget;
    private final BorderPane root = new BorderPane();

    MainView(MainViewModel model, Function<Window, Optional<Path>> exportTarget) {
        this.model = model;
        this.exportTarget = exportTarget;
        root.getStyleClass().add("main");
        root.setTop(toolbar());
        var canvas = new FigureCanvas();
        canvas.setId("figure");
        canvas.figureProperty().bind(model.figureProperty());
        root.setCenter(canvas);
        root.setBottom(statusBar());
        model.errorProperty().addListener((obs, old, report) -> {
            if (report != null) {
                showError(report);
                model.errorProperty().set(null);
            }
        });
    }

    Parent root() {
        return root;
    }

    private ToolBar toolbar() {
        Button train = new Button("Train");
        train.setId("train");
        train.setDefaultButton(true);
        train.setTooltip(new Tooltip("Start fine-tuning (Ctrl+T)"));
        train.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.IDLE));
        train.setOnAction(e -> model.train());

        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop after the current batch (Esc)"));
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.TRAINING));
        stop.setOnAction(e -> model.stop());

        Button export = new Button("Export PNG...");
        export.setId("export");
        export.setTooltip(new Tooltip("Save the figure as a PNG (Ctrl+E)"));
        export.disableProperty().bind(model.figureProperty().isNull());
        export.setOnAction(e -> exportTarget.apply(root.getScene().getWindow()).ifPresent(model::exportPng));

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), train::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stop::fire);
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export::fire);
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                train,
                stop,
                new Separator(),
                export,
                spacer,
                metric("Epoch", "epoch", model.epochProperty()),
                metric("Train loss", "loss", model.lossProperty()),
                metric("Validation accuracy", "accuracy", model.accuracyProperty()));
    }

    private static HBox metric(String name, String id, javafx.beans.value.ObservableStringValue value) {
        Label caption = new Label(name);
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
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.stateProperty().get() == RunState.LOADING
                                || model.stateProperty().get() == RunState.TRAINING
                                || model.stateProperty().get() == RunState.STOPPING,
                        model.stateProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, progress);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showError(MainViewModel.ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Driftscope");
        alert.setHeaderText(report.title());
        alert.setContentText(report.reason());
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.show();
    }
}
