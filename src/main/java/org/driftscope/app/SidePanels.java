package org.driftscope.app;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import javafx.scene.layout.Region;
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
    /** The words on each side of the neighbour lists, for marking what training gained and lost. */
    private Set<String> wordsBefore = Set.of();

    private Set<String> wordsAfter = Set.of();
    private final XYChart.Series<Number, Number> trainLoss = series("train");
    private final XYChart.Series<Number, Number> validationLoss = series("validation");
    private final XYChart.Series<Number, Number> validationAccuracy = series("validation");

    private final Tab neighboursTab = tab("Neighbours", neighboursBox());
    private final Tab moversTab = tab("Most moved", moversTable());
    private final VBox curves = new VBox(6, loss, accuracy);
    /** Shown instead of empty charts, whose axes would keep the last run's range. */
    private final Label noCurves = new Label("Loss and accuracy appear here after the first epoch.");

    private final Tab trainingTab = tab("Training", new javafx.scene.layout.StackPane(curves, noCurves));
    private final Tab pairsTab = tab("Pairs", pairs);
    /** Tabs whose content is behind the model (they were hidden when it changed). */
    private final Set<Tab> stale = new HashSet<>();
    /** The longest move in the movers table, which scales every sparkline alike. */
    private double sparkMax = 1;

    SidePanels(ExploreModel model) {
        this.model = model;
        tabs.setId("side-panels");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(neighboursTab, moversTab, trainingTab, pairsTab);
        tabs.setPrefWidth(330);
        loss.getData().setAll(List.of(trainLoss, validationLoss));
        noCurves.setId("no-curves");
        noCurves.getStyleClass().add("start-hint");
        noCurves.setWrapText(true);
        showCurves();
        accuracy.getData().setAll(List.of(validationAccuracy));
        // Only the tab in view follows the model; the others catch up when they are opened. Hidden
        // tables and charts are still laid out by JavaFX, which cost tens of milliseconds per epoch.
        model.history().addListener((ListChangeListener<EpochView>) c -> {
            if (trainingTab.isSelected() || pairsTab.isSelected()) {
                charts(c);
            } else {
                stale.addAll(List.of(trainingTab, pairsTab));
            }
        });
        model.shownProperty().addListener(obs -> {
            refresh(moversTab, this::movers);
            refresh(neighboursTab, this::neighbours);
        });
        model.selectedProperty().addListener(obs -> refresh(neighboursTab, this::neighbours));
        model.addedSelectedProperty().addListener(obs -> refresh(neighboursTab, this::neighbours));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (stale.remove(now)) {
                if (now == moversTab) {
                    movers();
                } else if (now == neighboursTab) {
                    neighbours();
                } else {
                    stale.removeAll(List.of(trainingTab, pairsTab));
                    redrawCharts();
                }
            }
        });
    }

    private void refresh(Tab tab, Runnable update) {
        if (tab.isSelected()) {
            update.run();
        } else {
            stale.add(tab);
        }
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

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /**
     * Keeps the charts in step with the history: a new epoch adds one point to each line (rebuilding
     * every line would restyle every symbol on each epoch); anything else redraws them.
     */
    private void charts(ListChangeListener.Change<? extends EpochView> c) {
        boolean appended = true;
        int from = Integer.MAX_VALUE;
        while (c.next()) {
            appended &= c.wasAdded()
                    && !c.wasRemoved()
                    && c.getFrom() == c.getList().size() - c.getAddedSize();
            from = Math.min(from, c.getFrom());
        }
        if (!appended || from == 0) {
            redrawCharts();
            return;
        }
        List<EpochView> h = model.history();
        for (int p = 0; p < pairs.getData().size(); p++) {
            for (EpochView v : h.subList(from, h.size())) {
                pairs.getData().get(p).getData().add(pairPoint(v, p));
            }
        }
        addPoints(h.subList(from, h.size()));
        showCurves();
    }

    private void redrawCharts() {
        trainLoss.getData().clear();
        validationLoss.getData().clear();
        validationAccuracy.getData().clear();
        pairs.getData().setAll(pairLines(model.history()));
        addPoints(model.history());
        showCurves();
    }

    private void showCurves() {
        boolean trained = model.history().stream().anyMatch(v -> v.epoch() > 0);
        curves.setVisible(trained);
        noCurves.setVisible(!trained);
        // word2vec's objectives classify nothing: their validation score is the loss, in the loss chart
        boolean classifier = model.history().isEmpty()
                || model.history().get(0).run().config().objective().supervised();
        accuracy.setVisible(classifier);
        accuracy.setManaged(classifier);
    }

    private void addPoints(List<EpochView> epochs) {
        for (EpochView v : epochs) {
            var s = v.snapshot();
            if (s.epoch() > 0) {
                trainLoss.getData().add(new XYChart.Data<>(s.epoch(), s.trainLoss()));
                validationLoss.getData().add(new XYChart.Data<>(s.epoch(), s.validationLoss()));
                if (!Double.isNaN(s.validationAccuracy())) {
                    validationAccuracy.getData().add(new XYChart.Data<>(s.epoch(), s.validationAccuracy()));
                }
            }
        }
    }

    private static List<XYChart.Series<Number, Number>> pairLines(List<EpochView> h) {
        List<XYChart.Series<Number, Number>> lines = new java.util.ArrayList<>();
        if (h.isEmpty()) {
            return lines;
        }
        List<PairSimilarity> names = h.get(0).drift().pairs();
        for (int p = 0; p < names.size(); p++) {
            XYChart.Series<Number, Number> line =
                    series(names.get(p).first() + " / " + names.get(p).second());
            for (EpochView v : h) {
                line.getData().add(pairPoint(v, p));
            }
            lines.add(line);
        }
        return lines;
    }

    private static XYChart.Data<Number, Number> pairPoint(EpochView v, int pair) {
        return new XYChart.Data<>(v.epoch(), v.drift().pairs().get(pair).now());
    }

    private void movers() {
        List<Mover> top = model.movers();
        sparkMax = top.stream()
                .flatMapToDouble(m -> java.util.Arrays.stream(m.history()))
                .max()
                .orElse(1);
        movers.getItems().setAll(top);
    }

    private Node moversTable() {
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
                line.draw(v, sparkMax, Color.web("#0072B2"));
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

    private Node neighboursBox() {
        before.setId("neighbours-before");
        after.setId("neighbours-after");
        neighboursTitle.setId("neighbours-title");
        neighboursTitle.getStyleClass().add("panel-title");
        neighboursTitle.setWrapText(true);
        // wraps rather than ends in "..." when the column is narrow
        neighboursTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label beforeTitle = new Label("Pretrained (frozen)");
        beforeTitle.getStyleClass().add("panel-subtitle");
        afterTitle.getStyleClass().add("panel-subtitle");
        // Set once: a new factory per selection would rebuild (and restyle) every cell.
        before.setCellFactory(l -> new NeighbourCell(() -> wordsAfter, "lost"));
        after.setCellFactory(l -> new NeighbourCell(() -> wordsBefore, "gained"));
        VBox.setVgrow(before, Priority.ALWAYS);
        VBox.setVgrow(after, Priority.ALWAYS);
        VBox box = new VBox(6, neighboursTitle, beforeTitle, before, afterTitle, after);
        box.getStyleClass().add("side-box");
        return box;
    }

    private void neighbours() {
        EpochView v = model.shown();
        List<List<Neighbour>> lists = model.neighbours();
        String word = model.selectedWord();
        Set<String> was = new HashSet<>();
        lists.get(0).forEach(n -> was.add(n.word()));
        Set<String> now = new HashSet<>();
        lists.get(1).forEach(n -> now.add(n.word()));
        wordsAfter = now;
        wordsBefore = was;
        before.getItems().setAll(lists.get(0));
        after.getItems().setAll(lists.get(1));
        // a new word's lists start at its nearest neighbours, not where the last word's were scrolled to
        before.scrollTo(0);
        after.scrollTo(0);
        boolean undrawn = model.addedSelectedProperty().get() != null;
        neighboursTitle.setText(
                word == null
                        ? "Select a word in the plot or search for it."
                        : undrawn
                                ? "Nearest neighbours of '" + word + "' (not drawn"
                                        + (model.addedPretrained() ? ")" : "; no pretrained vector: it started random)")
                                : "Nearest neighbours of '" + word + "' (cosine)");
        int afterEpoch = undrawn ? model.tunedTableEpoch() : v == null ? 0 : v.epoch();
        afterTitle.setText(
                afterEpoch <= 0
                        ? "Not trained yet"
                        : "After epoch " + afterEpoch
                                + (undrawn && v != null && v.epoch() != afterEpoch
                                        ? " (the latest table the run keeps)"
                                        : ""));
    }

    /** A neighbour, marked when it is only on one side (gained by training, or lost). */
    private static final class NeighbourCell extends ListCell<Neighbour> {
        private final java.util.function.Supplier<Set<String>> other;
        private final String mark;

        NeighbourCell(java.util.function.Supplier<Set<String>> other, String mark) {
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
            setText(String.format(Locale.ROOT, "%-15s %.3f", n.word(), n.similarity()));
            if (!other.get().contains(n.word())) {
                getStyleClass().add(mark);
            }
        }
    }
}
