package org.driftscope.app;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.training.Model;
import org.driftscope.training.Objective;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;

/** The run settings form on the left, and what the dataset holds. */
final class SettingsPane {
    private final VBox root = new VBox(10);

    SettingsPane(MainViewModel vm) {
        RunSettings s = vm.settings();
        BooleanBinding locked = vm.stateProperty().isNotEqualTo(RunState.IDLE);

        ComboBox<Regime> regime = combo("regime", Regime.values(), Regime::label);
        regime.valueProperty().bindBidirectional(s.regime);
        regime.setTooltip(new Tooltip("rand: random start, trained; static: pretrained, frozen;\n"
                + "non-static: pretrained, fine-tuned; multichannel: one frozen and one tuned copy"));
        ComboBox<Model> model = combo("model", Model.values(), Model::label);
        model.valueProperty().bindBidirectional(s.model);
        ComboBox<Objective> objective = combo("objective", Objective.values(), Objective::title);
        objective.valueProperty().bindBidirectional(s.objective);
        objective.setTooltip(new Tooltip("classifier: fine-tune the vectors with a classifier on the labels;\n"
                + "skip-gram, CBOW: continue word2vec's own training on the sentences, labels unused\n"
                + "(the embedding rate is then word2vec's starting rate)"));

        Spinner<Integer> epochs = new Spinner<>(1, 200, s.epochs.get());
        epochs.setId("epochs");
        epochs.setEditable(true);
        epochs.getValueFactory().valueProperty().addListener((obs, o, v) -> s.epochs.set(v));
        s.epochs.addListener((obs, o, v) -> epochs.getValueFactory().setValue(v.intValue()));

        Spinner<Integer> freeze = new Spinner<>(0, 200, s.freezeEpochs.get());
        freeze.setId("freeze");
        freeze.setEditable(true);
        freeze.setTooltip(new Tooltip("Keep the embedding frozen for this many epochs, then fine-tune it"));
        freeze.getValueFactory().valueProperty().addListener((obs, o, v) -> s.freezeEpochs.set(v));
        s.freezeEpochs.addListener((obs, o, v) -> freeze.getValueFactory().setValue(v.intValue()));

        TextField lr = field("learning-rate", s.learningRate);
        TextField elr = field("embedding-learning-rate", s.embeddingLearningRate);
        TextField seed = field("seed", s.seed);
        Spinner<Integer> track = new Spinner<>(RunConfig.MIN_TRACKED, 20000, s.trackLimit.get(), 100);
        track.setId("track");
        track.setEditable(true);
        track.setTooltip(new Tooltip("The most frequent training words drawn and measured (named words always)"));
        track.getValueFactory().valueProperty().addListener((obs, o, v) -> s.trackLimit.set(v));
        s.trackLimit.addListener((obs, o, v) -> track.getValueFactory().setValue(v.intValue()));
        TextField watch = field("watch", s.watch);
        watch.setPromptText("alps:himalaya, good:bad");

        ComboBox<ProjectionMethod> projection =
                combo("projection", ProjectionMethod.values(), m -> m == ProjectionMethod.TSNE ? "t-SNE" : m.name());
        projection.valueProperty().bindBidirectional(s.projection);
        projection.setTooltip(new Tooltip("Changing it redraws every epoch in the background"));
        projection.valueProperty().addListener((obs, o, m) -> vm.relayout(m));
        projection.disableProperty().bind(locked.and(vm.stateProperty().isNotEqualTo(RunState.EMPTY)));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (Node[] pair : new Node[][] {
            {new Label("Regime"), regime},
            {new Label("Objective"), objective},
            {new Label("Model"), model},
            {new Label("Epochs"), epochs},
            {new Label("Freeze for"), freeze},
            {new Label("Learning rate"), lr},
            {new Label("Embedding rate"), elr},
            {new Label("Seed"), seed},
            {new Label("Words drawn"), track},
            {new Label("Watch pairs"), watch}
        }) {
            // word2vec's objectives have no classifier: its model and Adam rate do not apply
            boolean classifierOnly = pair[1] == model || pair[1] == lr;
            pair[1].disableProperty()
                    .bind(classifierOnly ? locked.or(s.objective.isNotEqualTo(Objective.CLASSIFY)) : locked);
            ((Label) pair[0]).setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, pair);
        }
        grid.addRow(row, new Label("Projection"), projection);
        // the controls take the room left by the labels, and never less than a regime's name needs
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var controls = new javafx.scene.layout.ColumnConstraints();
        controls.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        controls.setMinWidth(128);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
        for (Node n : java.util.List.of(regime, objective, model, projection)) {
            ((Region) n).setMinWidth(128);
        }
        epochs.setMinWidth(128);
        freeze.setMinWidth(128);
        track.setMinWidth(128);

        Label heading = new Label("Run settings");
        heading.getStyleClass().add("panel-title");
        Label data = new Label("Dataset");
        data.getStyleClass().add("panel-title");
        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.datasetSummaryProperty().map(t -> t.isEmpty() ? "Nothing loaded yet." : t));
        root.getChildren().addAll(heading, grid, data, summary);
        root.getStyleClass().add("side-box");
        root.setPrefWidth(320);
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings");
        return scroll;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(10);
        return f;
    }
}
