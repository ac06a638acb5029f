package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import org.driftscope.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace as a new user meets it (issue 22): their own MR and SST-2 files open from the menu and
 * train, a new dataset does not inherit a sample's settings or curves, a trained run is not replaced
 * unasked, a reopened session trains again, and the Train button can be read.
 */
@Tag("slow")
class WorkspaceFlowsTest extends WindowTest {
    @Override
    int epochs() {
        return 1;
    }

    @Test
    void theTrainButtonsLabelStandsOutFromItsBackground() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());

        Color text = (Color) train.getTextFill();
        BackgroundFill fill = train.getBackground()
                .getFills()
                .get(train.getBackground().getFills().size() - 1);
        Color back = (Color) fill.getFill();

        // WCAG's contrast ratio; 4.5 is its minimum for text of this size
        assertThat(contrast(text, back)).as("text %s on %s", text, back).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void movieReviewsOpenAsAFolderOfClassFilesFromTheMenuAndTrain() throws Exception {
        Path glove = SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt");
        Path mr = SharedData.file("mr-rt-polarity/rt-polarity.pos").getParent();
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        assertThat(app.model().settings().watch.get()).contains("alps:himalaya");

        dialogs.files = new Dialogs.FilePair(glove, mr, null);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        String sample = app.model().datasetSummaryProperty().get();
        waitFor(() -> !train.isDisabled()
                && !app.model().datasetSummaryProperty().get().equals(sample));

        assertThat(app.model().settings().watch.get())
                .as("the sample's pairs are not this dataset's")
                .isEmpty();
        assertThat(app.model().settings().epochs.get()).isEqualTo(1);
        trainOneEpoch(train);
    }

    @Test
    void sst2OpensAsOneFileWithItsLayoutNamedAndTrains() throws Exception {
        Path glove = SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt");
        Path sst = SharedData.file("sst2/stsa.binary.dev");

        dialogs.files = new Dialogs.FilePair(glove, sst, org.driftscope.corpus.DatasetFormat.LABEL_FIRST);
        robot.clickOn("#open-files");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());

        trainOneEpoch(train);
    }

    @Test
    void aTrainedRunIsNotReplacedUnaskedAndANewSampleClearsTheCurves() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        trainOneEpoch(train);
        robot.clickOn("#tab-training");
        assertThat(app.model().explore().history()).hasSize(2);

        var sentiment = org.driftscope.corpus.SampleCatalog.find("sentiment").orElseThrow();
        dialogs.confirm = false;
        WaitForAsyncUtils.asyncFx(() -> app.view().openSample(sentiment)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked).contains("Replace the trained run on screen?");
        assertThat(app.model().explore().history()).as("the run stays").hasSize(2);

        dialogs.confirm = true;
        WaitForAsyncUtils.asyncFx(() -> app.view().openSample(sentiment)).get();
        waitFor(() -> !train.isDisabled() && app.model().explore().history().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        var tabs = robot.lookup("#side-panels").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-training");
        for (var chart : robot.lookup(".chart").queryAllAs(javafx.scene.chart.LineChart.class)) {
            for (var series : ((javafx.scene.chart.LineChart<?, ?>) chart).getData()) {
                // the new preview is epoch 0; a point of a later epoch is the replaced run's
                assertThat(series.getData())
                        .as("no curve of the replaced run")
                        .allMatch(d -> ((Number) d.getXValue()).intValue() == 0);
            }
        }
        assertThat(robot.lookup("#no-curves").queryAs(Label.class).isVisible())
                .as("empty charts would keep the last run's axes")
                .isTrue();
        assertThat(robot.listTargetWindows().stream()
                        .anyMatch(w -> w.getScene().getFocusOwner()
                                == robot.lookup("#plot").query()))
                .as("the plot has the keys")
                .isTrue();
    }

    @Test
    void aReopenedSessionTrainsAgainOnItsFiles() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        trainOneEpoch(train);
        Path saved = dir.resolve("run.driftscope");
        dialogs.sessionToSave = saved;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Saved the session"));
        restart();

        dialogs.sessionToOpen = saved;
        robot.clickOn("#open-session");
        Button again = robot.lookup("#train").queryButton();
        // Train may still be enabled from before the session opens: wait for the files to be loaded again
        waitFor(() ->
                app.model().datasetSummaryProperty().get().contains("Train runs it again") && !again.isDisabled());
        assertThat(app.model().settings().watch.get()).contains("alps:himalaya");

        robot.clickOn("#plot");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(() -> app.model().stateProperty().get() == RunState.IDLE
                && app.model().explore().history().size() == 2
                && app.model().explore().history().get(1).epoch() == 1
                && !again.isDisabled());
    }

    @Test
    void f1ShowsTheKeyboardShortcuts() throws Exception {
        robot.clickOn("#sample-mountains");
        waitFor(() -> !robot.lookup("#train").queryButton().isDisabled());

        robot.push(KeyCode.F1);
        waitFor(() -> robot.lookup("#help-text").tryQuery().isPresent());

        String text = robot.lookup("#help-text").queryAs(Label.class).getText();
        assertThat(text).contains("Ctrl+T", "Ctrl+F", "Ctrl+E", "Esc");
    }

    @Test
    void aSecondExportStartsInTheFirstOnesFolderEvenAfterARestartAndAsksBeforeReplacingItsFiles() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        Path out = dir.resolve("figures");
        dialogs.export = new org.driftscope.export.ExportSet(
                out, "fig", true, false, true, false, null, org.driftscope.export.Colouring.CLASS);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Exported"));
        byte[] first = java.nio.file.Files.readAllBytes(out.resolve("fig.png"));
        java.nio.file.Files.writeString(out.resolve("fig-coordinates.csv"), "the user's edits\n");

        dialogs.confirm = false;
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Nothing exported"));

        assertThat(dialogs.suggestedExport.folder()).isEqualTo(out);
        assertThat(dialogs.asked).contains("Replace 2 files in figures?");
        assertThat(java.nio.file.Files.readString(out.resolve("fig-coordinates.csv")))
                .isEqualTo("the user's edits\n");
        assertThat(java.nio.file.Files.readAllBytes(out.resolve("fig.png"))).isEqualTo(first);

        restart();
        robot.clickOn("#sample-mountains");
        waitFor(() -> !robot.lookup("#train").queryButton().isDisabled());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Nothing exported"));
        assertThat(dialogs.suggestedExport.folder()).as("after a restart too").isEqualTo(out);
    }

    @Test
    void at1024x700TheNumbersAndTheSettingsShowWhole() throws Exception {
        FxToolkit.cleanupApplication(app);
        java.nio.file.Files.createDirectories(dir.resolve("home"));
        java.nio.file.Files.writeString(dir.resolve("home/settings.properties"), "window=0,0,1024,700\n");
        app = launch();
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(train.getScene().getWidth()).isEqualTo(1024);
        for (String id : new String[] {"#epoch", "#loss", "#accuracy"}) {
            Label number = robot.lookup(id).queryAs(Label.class);
            assertThat(number.getScene())
                    .as(id + " is in the window, not in the toolbar's overflow")
                    .isNotNull();
            assertThat(number.localToScene(number.getBoundsInLocal()).getMaxX())
                    .as(id)
                    .isLessThanOrEqualTo(1024);
        }
        for (String id : new String[] {"#regime", "#model", "#projection", "#epochs", "#track"}) {
            for (var text : robot.lookup(id).lookup(".text").queryAllAs(javafx.scene.text.Text.class)) {
                assertThat(text.getText())
                        .as("what %s shows", id)
                        .doesNotEndWith("...")
                        .doesNotEndWith("…");
            }
        }
    }

    @Test
    void theRunExportsAsAnAnimatedGif() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        trainOneEpoch(train);
        Path gif = dir.resolve("run.gif");
        dialogs.animation = gif;

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Wrote an animated GIF"));

        var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true))
                    .as("epoch 0, the slide, epoch 1")
                    .isGreaterThan(2);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void ctrlLeftAndRightStepThroughEpochsWhileADropDownHasFocus() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        trainOneEpoch(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        // looked up on the FX thread: the side panels are still filling in after the epoch, and walking
        // their children from the test thread meanwhile races with it (the likely cause of one
        // IndexOutOfBoundsException seen in session 16)
        var dropDowns = WaitForAsyncUtils.asyncFx(() -> {
                    var found = new java.util.ArrayList<javafx.scene.Node>();
                    found.addAll(robot.lookup(n -> n instanceof javafx.scene.control.ComboBoxBase<?>)
                            .queryAll());
                    found.addAll(robot.lookup(n -> n instanceof javafx.scene.control.ChoiceBox<?>)
                            .queryAll());
                    found.removeIf(n -> !n.isVisible() || n.isDisabled());
                    return found;
                })
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(dropDowns)
                .as("the colouring, projection and regime drop-downs")
                .hasSizeGreaterThan(2);

        for (var box : dropDowns) {
            robot.interact(box::requestFocus);
            waitFor(box::isFocused);
            robot.push(KeyCode.CONTROL, KeyCode.LEFT);
            waitFor(() -> "0".equals(epoch.getText()));
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
            waitFor(() -> "1".equals(epoch.getText()));
            assertThat(box.isFocused()).as("focus stays on " + box.getId()).isTrue();
        }
    }

    private void trainOneEpoch(Button train) throws Exception {
        robot.clickOn(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        waitFor(() -> "1".equals(epoch.getText()) && !train.isDisabled());
        assertThat(app.model().errorProperty().get()).isNull();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
