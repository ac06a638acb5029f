package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.driftscope.export.Colouring;
import org.driftscope.export.ExportSet;
import org.driftscope.session.EpochView;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless through the flows a user clicks through. */
@Tag("slow")
class MainWindowTest extends WindowTest {
    @Override
    int epochs() {
        return 2;
    }

    @Test
    void openTrainSearchReplayExportSaveAndReopen() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        robot.clickOn(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        waitFor(() -> "2".equals(epoch.getText()) && !train.isDisabled());
        PlotCanvas plot = robot.lookup("#plot").queryAs(PlotCanvas.class);
        ExploreModel explore = app.model().explore();

        // Search: the word is ringed in the highlight colour in both panels.
        robot.clickOn("#search").write("himalaya");
        int himalaya = explore.shown().run().tracked().words().indexOf("himalaya");
        waitFor(() -> plot.highlighted().contains(himalaya) && !plot.animating());
        WritableImage image = snapshot(plot);
        for (int panel = 0; panel < 2; panel++) {
            assertThat(highlightAround(image, plot.screenPoint(panel, himalaya)))
                    .as("highlight ring in panel %d", panel)
                    .isGreaterThanOrEqualTo(3);
        }

        // The epoch slider, moved back one step (as its arrow keys do), shows epoch 1's layout.
        Slider slider = robot.lookup("#epoch-slider").queryAs(Slider.class);
        assertThat(slider.getValue())
                .as(
                        "slider at %s of %s, index %s",
                        slider.getValue(),
                        slider.getMax(),
                        explore.indexProperty().get())
                .isEqualTo(2);
        robot.interact(slider::decrement);
        waitFor(() -> "1".equals(epoch.getText()) && !plot.animating());
        EpochView first = explore.history().get(1);
        assertThat(explore.shown()).isSameAs(first);
        assertThat(plot.displayedTuned().xy()).containsExactly(first.tuned().xy());

        // Export everything for epoch 1, and read every file back.
        Path out = dir.resolve("out");
        dialogs.export =
                new ExportSet(out, "fig", true, true, true, true, VectorFormat.WORD2VEC_BINARY, Colouring.CLASS);
        robot.clickOn("#export");
        waitFor(() -> dialogs.export.targets().stream().allMatch(Files::exists));
        waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Exported epoch 1"));
        BufferedImage png = ImageIO.read(out.resolve("fig.png").toFile());
        // the export is the picture on screen: its aspect, and the searched word ringed where it is there
        assertThat(png.getWidth()).isEqualTo((int) Math.round(2 * plot.getWidth()));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(2 * plot.getHeight()));
        WritableImage screen = snapshot(plot);
        for (int panel = 0; panel < 2; panel++) {
            Point2D at = plot.screenPoint(panel, himalaya);
            assertThat(highlightAround(screen, at))
                    .as("on screen, panel %d", panel)
                    .isGreaterThanOrEqualTo(3);
            assertThat(highlightAround(png, new Point2D(2 * at.getX(), 2 * at.getY()), 2))
                    .as("in the PNG, panel %d", panel)
                    .isGreaterThanOrEqualTo(3);
        }
        var svg = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.resolve("fig.svg").toFile());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        List<String> rows = Files.readAllLines(out.resolve("fig-coordinates.csv")).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(rows).hasSize(1 + first.run().tracked().size());
        assertThat(rows.get(0)).startsWith("word,frozen_x,frozen_y,tuned_x,tuned_y");
        var vectors = VectorReader.read(out.resolve("fig-vectors.bin"));
        assertThat(vectors.words()).isEqualTo(first.run().tracked().words());
        float[] tuned = first.snapshot().tuned();
        int d = first.run().tracked().dimension();
        for (int w = 0; w < vectors.size(); w++) {
            float[] row = vectors.vector(w);
            for (int j = 0; j < d; j++) {
                assertThat(row[j]).isEqualTo(tuned[w * d + j]);
            }
        }

        // Save the session with Ctrl+S, close the app, start it again and reopen the session.
        Path saved = dir.resolve("run.driftscope");
        dialogs.sessionToSave = saved;
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> Files.exists(saved)
                && robot.lookup("#status").queryAs(Label.class).getText().startsWith("Saved the session"));
        List<double[]> layouts = new ArrayList<>();
        explore.history().forEach(v -> layouts.add(v.tuned().xy()));
        restart();
        dialogs.sessionToOpen = saved;
        robot.clickOn("#open-session");
        ExploreModel reopened = app.model().explore();
        waitFor(() -> reopened.history().size() == 3);
        for (int e = 0; e < 3; e++) {
            assertThat(reopened.history().get(e).tuned().xy()).containsExactly(layouts.get(e));
        }

        // A damaged session: an error that names the file, and the session on screen stays.
        byte[] bytes = Files.readAllBytes(saved);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path tampered = dir.resolve("tampered.driftscope");
        Files.write(tampered, bytes);
        dialogs.sessionToOpen = tampered;
        robot.clickOn("#plot");
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open the session");
        assertThat(dialog.getContentText()).startsWith("tampered.driftscope");
        assertThat(reopened.history()).hasSize(3);
        assertThat(reopened.shown().tuned().xy()).containsExactly(layouts.get(2));
    }

    @Test
    void choosingSkipGramInTheSettingsContinuesWord2vecAndTheHeaderShowsItsValidationLoss() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());

        choose("#objective", "skip-gram");
        waitFor(() -> "0.025"
                .equals(robot.lookup("#embedding-learning-rate")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText()));
        assertThat(robot.lookup("#model").query().isDisabled())
                .as("no classifier to choose")
                .isTrue();
        robot.clickOn(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        waitFor(() -> "2".equals(epoch.getText()) && !train.isDisabled());

        EpochView shown = app.model().explore().shown();
        assertThat(shown.run().config().objective()).isEqualTo(org.driftscope.training.Objective.SKIPGRAM);
        assertThat(robot.lookup(".metric-caption").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Val. loss")
                .doesNotContain("Accuracy");
        assertThat(Double.parseDouble(
                        robot.lookup("#accuracy").queryAs(Label.class).getText()))
                .isCloseTo(shown.snapshot().validationLoss(), org.assertj.core.data.Offset.offset(5e-4));
    }

    @Test
    void compareRunsShowsTheLiveRunBesideASavedOneAndExportsTheWordsWhoseDriftDiffers() throws Exception {
        var sample = org.driftscope.corpus.SampleCatalog.find("mountains").orElseThrow();
        Path saved = Files.createTempDirectory("driftscope-compare").resolve("static.driftscope");
        org.driftscope.session.SessionFiles.write(
                org.driftscope.run.Runs.session(
                        org.driftscope.run.Workspace.open(sample),
                        org.driftscope.training.RunConfig.defaults()
                                .withSampleDefaults(sample)
                                .withRegime(org.driftscope.training.Regime.STATIC)
                                .withEpochs(1)),
                saved);
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        waitFor(() -> !train.isDisabled());
        robot.clickOn(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        waitFor(() -> "2".equals(epoch.getText()) && !train.isDisabled());

        dialogs.sessionsToCompare = List.of(saved);
        choose("File", "Compare runs...");
        waitFor(() -> robot.lookup("#compare-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Integer> table =
                robot.lookup("#compare-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("Word", "non-static (on screen)", "static (static.driftscope)", "Spread");
        List<String> top = new ArrayList<>();
        for (int row = 0; row < 4; row++) {
            top.add(String.valueOf(table.getColumns().get(0).getCellData(row)));
        }
        assertThat(top)
                .as("the words the non-static run moved and the static one could not")
                .containsExactlyInAnyOrder("alps", "himalaya", "dolomites", "karakoram");

        Path csv = saved.resolveSibling("compared.csv");
        dialogs.comparisonExport = csv;
        robot.clickOn("#compare-export");
        Label status = robot.lookup("#compare-status").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Wrote"));
        String firstRow = Files.readAllLines(csv).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("word,"))
                .findFirst()
                .orElseThrow();
        assertThat(firstRow.split(",")[0]).isIn("alps", "himalaya", "dolomites", "karakoram");
    }

    @Test
    void aSamplesReadyComparisonTrainsItsThreeRunsAndOpensThemInOneFrame() throws Exception {
        choose(
                "File",
                "Compare static, non-static and skip-gram",
                "Mountains: do the Alps and the Himalaya drift apart?");
        waitFor(() -> robot.lookup("#compare-table").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Integer> table =
                robot.lookup("#compare-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("Word", "static", "non-static", "skip-gram (non-static)", "Spread");
        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("Compared static, non-static, skip-gram (non-static) on mountains");
    }

    @Test
    void stopEndsARunAndReturnsToIdle() throws Exception {
        robot.clickOn("#sample-mountains");
        Button train = robot.lookup("#train").queryButton();
        Button stop = robot.lookup("#stop").queryButton();
        waitFor(() -> !train.isDisabled());

        robot.clickOn(train);
        waitFor(() -> !stop.isDisabled());
        robot.clickOn(stop);
        waitFor(() -> !train.isDisabled() && stop.isDisabled());

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Training stopped");
    }

    private WritableImage snapshot(PlotCanvas plot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> plot.canvas().snapshot(null, null))
                .get();
    }

    /** As {@link #highlightAround(WritableImage, Point2D)} in an exported image drawn at {@code scale}. */
    private static int highlightAround(BufferedImage image, Point2D at, double scale) {
        Color highlight = FxPainter.colour(org.driftscope.plot.Theme.LIGHT.highlight());
        int found = 0;
        for (double r = 4 * scale; r <= 9 * scale; r += 0.5) {
            for (int a = 0; a < 32; a++) {
                int x = (int) Math.round(at.getX() + r * Math.cos(a * Math.PI / 16));
                int y = (int) Math.round(at.getY() + r * Math.sin(a * Math.PI / 16));
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
                    int rgb = image.getRGB(x, y);
                    if (Math.abs(((rgb >> 16) & 0xFF) / 255.0 - highlight.getRed()) < 0.12
                            && Math.abs(((rgb >> 8) & 0xFF) / 255.0 - highlight.getGreen()) < 0.12
                            && Math.abs((rgb & 0xFF) / 255.0 - highlight.getBlue()) < 0.12) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    /** Pixels in the highlight colour on a ring around a point. */
    private static int highlightAround(WritableImage image, Point2D at) {
        Color highlight = FxPainter.colour(org.driftscope.plot.Theme.LIGHT.highlight());
        int found = 0;
        for (double r = 4; r <= 9; r += 0.5) {
            for (int a = 0; a < 32; a++) {
                int x = (int) Math.round(at.getX() + r * Math.cos(a * Math.PI / 16));
                int y = (int) Math.round(at.getY() + r * Math.sin(a * Math.PI / 16));
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
                    Color c = image.getPixelReader().getColor(x, y);
                    if (Math.abs(c.getRed() - highlight.getRed()) < 0.12
                            && Math.abs(c.getGreen() - highlight.getGreen()) < 0.12
                            && Math.abs(c.getBlue() - highlight.getBlue()) < 0.12) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
