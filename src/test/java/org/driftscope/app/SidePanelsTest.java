package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.driftscope.drift.Mover;
import org.driftscope.drift.Neighbour;
import org.driftscope.session.EpochView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The side panels follow the run: the tab in view at once, the others when the user opens them (they
 * skip the work while hidden, so each must still show the latest state when it comes into view).
 */
@Tag("slow")
class SidePanelsTest {
    private final FxRobot robot = new FxRobot();
    private final ExploreModel model = new ExploreModel();
    private final List<EpochView> epochs = WorkspaceBench.synthetic(300, 20);
    private TabPane tabs;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            SidePanels panels = new SidePanels(model);
            tabs = (TabPane) panels.root();
            stage.setScene(new Scene(tabs, 400, 700));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void chartsCatchUpWhenOpenedAndGrowByOnePointPerEpoch() {
        robot.interact(() -> {
            model.reset(List.of(epochs.get(0)));
            model.add(epochs.get(1));
        });
        // Hidden so far: opening the tab draws what happened meanwhile.
        robot.interact(() -> select("tab-training"));
        assertThat(accuracyPoints())
                .extracting(d -> d.getYValue().doubleValue())
                .containsExactly(0.8);

        // In view: a new run's epochs are added one by one, without doubling the earlier points.
        robot.interact(() -> {
            model.reset(List.of(epochs.get(0)));
            model.add(epochs.get(1));
        });
        assertThat(accuracyPoints()).extracting(d -> d.getXValue().intValue()).containsExactly(1);
    }

    @Test
    void moversTableShowsTheShownEpochOnceOpened() {
        robot.interact(() -> model.reset(epochs));
        TableView<Mover> table = robot.lookup("#movers").queryTableView();
        robot.interact(() -> select("tab-most-moved"));
        assertThat(table.getItems()).isNotEmpty().containsExactlyElementsOf(model.movers());
    }

    @Test
    void neighboursOfTheSelectedWordBeforeAndAfter() {
        robot.interact(() -> {
            model.reset(epochs);
            select("tab-most-moved");
            model.selectWord("word0");
        });
        // Selected while another tab was in view: the lists are filled when the tab comes back.
        robot.interact(() -> select("tab-neighbours"));
        ListView<Neighbour> before = robot.lookup("#neighbours-before").queryListView();
        ListView<Neighbour> after = robot.lookup("#neighbours-after").queryListView();
        List<List<Neighbour>> expected = model.neighbours();
        assertThat(before.getItems()).isNotEmpty().containsExactlyElementsOf(expected.get(0));
        assertThat(after.getItems()).containsExactlyElementsOf(expected.get(1));
        assertThat(robot.lookup("#neighbours-title").queryLabeled().getText()).contains("'word0'");
    }

    @Test
    void aSkipGramRunShowsItsLossesAndNoAccuracyChart() throws Exception {
        List<EpochView> skipGram = org.driftscope.run.Runs.complete(
                org.driftscope.run.Workspace.open(
                        org.driftscope.corpus.SampleCatalog.find("sentiment").orElseThrow()),
                org.driftscope.training.RunConfig.defaults()
                        .withObjective(org.driftscope.training.Objective.SKIPGRAM)
                        .withEmbeddingLearningRate(0.025)
                        .withEpochs(1));
        robot.interact(() -> {
            model.reset(List.of(epochs.get(0)));
            model.add(epochs.get(1));
            select("tab-training");
        });
        assertThat(chart("validation accuracy").isVisible())
                .as("a classifier's run")
                .isTrue();

        robot.interact(() -> model.reset(skipGram));

        assertThat(chart("validation accuracy").isVisible())
                .as("skip-gram classifies nothing")
                .isFalse();
        assertThat(chart("loss").isVisible()).isTrue();
        assertThat(chart("loss").getData().get(1).getData())
                .as("the validation loss, one point per trained epoch")
                .extracting(d -> d.getYValue().doubleValue())
                .containsExactly(skipGram.get(1).snapshot().validationLoss());
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(String yLabel) {
        return robot.lookup(".chart").queryAllAs(LineChart.class).stream()
                .map(c -> (LineChart<Number, Number>) c)
                .filter(c -> c.getYAxis().getLabel().equals(yLabel))
                .findFirst()
                .orElseThrow();
    }

    private void select(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel()
                .select(t));
    }

    @SuppressWarnings("unchecked")
    private List<XYChart.Data<Number, Number>> accuracyPoints() {
        return robot.lookup(".chart").queryAllAs(LineChart.class).stream()
                .map(c -> (LineChart<Number, Number>) c)
                .filter(c -> c.getYAxis().getLabel().equals("validation accuracy"))
                .findFirst()
                .orElseThrow()
                .getData()
                .get(0)
                .getData();
    }
}
