package org.driftscope.app;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.driftscope.drift.Mover;
import org.driftscope.drift.Neighbour;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.session.EpochView;

/**
 * The panels beside the plot: loss and accuracy per epoch, the watched pairs' similarity per epoch, the
 * most-moved words with sparklines, and the selected word's neighbours before and after (Kim's Table 3).
 */
final class SidePanels {
    private final ExploreModel model;
    private final TabPane tabs = new TabPane();
    private final LineChart<Number, Number> loss = chart("loss");
    private final LineChart<Number, Number> accuracy = chart("validation accuracy");
    private final LineChart<Number, Number> pairs = chart("cosine similarity");
    private final TableView<Mover> movers = new TableView<>();
    private final ListView<Neighbour> before = new ListView<>();
    private final ListView<Neighbour> after = new ListView<>();
    private final Label neighboursTitle = new Label("Select a word in the plot or search for it.");
    private final Label afterTitle = new Label("After training");

    SidePanels(ExploreModel model) {
        this.model = model;
        tabs.setId("side-panels");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .addAll(
                        tab("Neighbours", neighbours()),
                        tab("Most moved", movers()),
                        tab("Training", new VBox(6, loss, accuracy)),
                        tab("Pairs", pairs));
        tabs.setPrefWidth(330);
        model.history().addListener((ListChangeListener<EpochView>) c -> charts());
        model.shownProperty().addListener(obs -> {
            movers.getItems().setAll(model.movers());
            neighbours(model.shown());
        });
        model.selectedProperty().addListener(obs -> neighbours(model.shown()));
    }

    Node root() {
        return tabs;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private static LineChart<Number, Number> chart(String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setForceZeroInRange(true);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setAnimated(false);
        c.setCreateSymbols(true);
        c.setPrefHeight(230);
        return c;
    }

    private void charts() {
        List<EpochView> h = model.history();
        XYChart.Series<Number, Number> train = new XYChart.Series<>();
        train.setName("train");
        XYChart.Series<Number, Number> validation = new XYChart.Series<>();
        validation.setName("validation");
        XYChart.Series<Number, Number> acc = new XYChart.Series<>();
        acc.setName("validation");
        for (EpochView v : h) {
            var s = v.snapshot();
            if (s.epoch() > 0) {
                train.getData().add(new XYChart.Data<>(s.epoch(), s.trainLoss()));
                validation.getData().add(new XYChart.Data<>(s.epoch(), s.validationLoss()));
                acc.getData().add(new XYChart.Data<>(s.epoch(), s.validationAccuracy()));
            }
        }
        loss.getData().setAll(List.of(train, validation));
        accuracy.getData().setAll(List.of(acc));
        List<XYChart.Series<Number, Number>> series = new java.util.ArrayList<>();
        if (!h.isEmpty()) {
            List<PairSimilarity> names = h.get(0).drift().pairs();
            for (int p = 0; p < names.size(); p++) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(names.get(p).first() + " / " + names.get(p).second());
                for (EpochView v : h) {
                    s.getData()
                            .add(new XYChart.Data<>(
                                    v.epoch(), v.drift().pairs().get(p).now()));
                }
                series.add(s);
            }
        }
        pairs.getData().setAll(series);
    }

    private Node movers() {
        movers.setId("movers");
        TableColumn<Mover, String> word = new TableColumn<>("Word");
        word.setCellValueFactory(
                c -> new javafx.beans.property.SimpleStringProperty(c.getValue().word()));
        TableColumn<Mover, Double> moved = new TableColumn<>("Moved");
        moved.setCellValueFactory(c ->
                new javafx.beans.property.SimpleObjectProperty<>(c.getValue().latest()));
        moved.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%.3f", v));
            }
        });
        TableColumn<Mover, double[]> trend = new TableColumn<>("Per epoch");
        trend.setCellValueFactory(c ->
                new javafx.beans.property.SimpleObjectProperty<>(c.getValue().history()));
        trend.setCellFactory(c -> new TableCell<>() {
            private final Sparkline line = new Sparkline(110, 20);

            @Override
            protected void updateItem(double[] v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setGraphic(null);
                    return;
                }
                double max = getTableView().getItems().stream()
                        .mapToDouble(Mover::latest)
                        .max()
                        .orElse(1);
                line.draw(v, max, Color.web("#0072B2"));
                setGraphic(line);
            }
        });
        movers.getColumns().setAll(List.of(word, moved, trend));
        movers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        movers.setPlaceholder(new Label("Words appear here once training moves them."));
        movers.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> {
            if (m != null) {
                model.selectedProperty().set(m.index());
            }
        });
        return movers;
    }

    private Node neighbours() {
        before.setId("neighbours-before");
        after.setId("neighbours-after");
        neighboursTitle.setId("neighbours-title");
        neighboursTitle.getStyleClass().add("panel-title");
        neighboursTitle.setWrapText(true);
        Label beforeTitle = new Label("Pretrained (frozen)");
        beforeTitle.getStyleClass().add("panel-subtitle");
        afterTitle.getStyleClass().add("panel-subtitle");
        VBox.setVgrow(before, Priority.ALWAYS);
        VBox.setVgrow(after, Priority.ALWAYS);
        VBox box = new VBox(6, neighboursTitle, beforeTitle, before, afterTitle, after);
        box.getStyleClass().add("side-box");
        return box;
    }

    private void neighbours(EpochView v) {
        List<List<Neighbour>> lists = model.neighbours();
        String word = model.selectedWord();
        Set<String> was = new HashSet<>();
        lists.get(0).forEach(n -> was.add(n.word()));
        Set<String> now = new HashSet<>();
        lists.get(1).forEach(n -> now.add(n.word()));
        before.setItems(FXCollections.observableArrayList(lists.get(0)));
        after.setItems(FXCollections.observableArrayList(lists.get(1)));
        before.setCellFactory(l -> new NeighbourCell(now, "lost"));
        after.setCellFactory(l -> new NeighbourCell(was, "gained"));
        neighboursTitle.setText(
                word == null
                        ? "Select a word in the plot or search for it."
                        : "Nearest neighbours of '" + word + "' (cosine)");
        afterTitle.setText(v == null || v.epoch() == 0 ? "Not trained yet" : "After epoch " + v.epoch());
    }

    /** A neighbour, marked when it is only on one side (gained by training, or lost). */
    private static final class NeighbourCell extends ListCell<Neighbour> {
        private final Set<String> other;
        private final String mark;

        NeighbourCell(Set<String> other, String mark) {
            this.other = other;
            this.mark = mark;
        }

        @Override
        protected void updateItem(Neighbour n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("gained", "lost");
            if (empty || n == null) {
                setText(null);
                return;
            }
            setText(String.format(Locale.ROOT, "%-18s %.3f", n.word(), n.similarity()));
            if (!other.contains(n.word())) {
                getStyleClass().add(mark);
            }
        }
    }
}
