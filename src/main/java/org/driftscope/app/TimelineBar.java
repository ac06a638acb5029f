package org.driftscope.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.driftscope.session.EpochView;

/** The epoch slider under the plot, with a button that replays the run from epoch 0. */
final class TimelineBar {
    /** Time per epoch during a replay: the slide plus a moment to look. */
    static final Duration STEP = Duration.millis(PlotCanvas.TRANSITION_MS + 550);

    private final HBox root = new HBox(10);
    private final Slider slider = new Slider(0, 0, 0);
    private final Button play = new Button("Replay");
    private final Timeline replay = new Timeline();

    TimelineBar(ExploreModel model) {
        slider.setId("epoch-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        play.setId("replay");
        play.setTooltip(new Tooltip("Replay the epochs from the start (Space)"));
        Label caption = new Label("Epoch");
        root.getStyleClass().add("timeline");
        root.getChildren().addAll(play, caption, slider);
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        model.history().addListener((ListChangeListener<EpochView>) c -> {
            int n = model.history().size();
            slider.setMax(Math.max(0, n - 1));
            slider.setDisable(n < 2);
            play.setDisable(n < 2);
        });
        slider.setDisable(true);
        play.setDisable(true);
        model.indexProperty().addListener((obs, old, i) -> slider.setValue(Math.max(0, i.intValue())));
        slider.valueProperty().addListener((obs, old, v) -> {
            int i = (int) Math.round(v.doubleValue());
            if (i != model.indexProperty().get()) {
                model.showIndex(i);
            }
        });
        play.setOnAction(e -> toggle(model));
        replay.setOnFinished(e -> play.setText("Replay"));
    }

    void toggle(ExploreModel model) {
        if (replay.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            replay.stop();
            play.setText("Replay");
            return;
        }
        int n = model.history().size();
        if (n < 2) {
            return;
        }
        replay.getKeyFrames().clear();
        for (int i = 0; i < n; i++) {
            int at = i;
            replay.getKeyFrames().add(new KeyFrame(STEP.multiply(i), e -> model.showIndex(at)));
        }
        play.setText("Pause");
        replay.playFromStart();
    }

    Node root() {
        return root;
    }
}
