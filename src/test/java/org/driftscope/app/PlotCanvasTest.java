package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.driftscope.session.EpochView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the plot puts on screen: each panel its own layout. */
@Tag("slow")
class PlotCanvasTest {
    private final ExploreModel model = new ExploreModel();
    private final List<EpochView> epochs = WorkspaceBench.synthetic(300, 20);
    private PlotCanvas plot;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            model.reset(epochs);
            plot = new PlotCanvas(model);
            stage.setScene(new Scene(plot, 900, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void eachPanelShowsItsOwnLayout() throws Exception {
        EpochView shown = epochs.get(1);
        assertThat(model.shown()).isSameAs(shown);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> plot.canvas().snapshot(null, null))
                .get();
        PixelReader pixels = image.getPixelReader();
        int n = shown.frozen().size();
        // Where the plot draws each word, read on the FX thread that owns the plot's state.
        Point2D[][] at = WaitForAsyncUtils.asyncFx(() -> new Point2D[][] {
                    java.util.stream.IntStream.range(0, n)
                            .mapToObj(i -> plot.screenPoint(0, i))
                            .toArray(Point2D[]::new),
                    java.util.stream.IntStream.range(0, n)
                            .mapToObj(i -> plot.screenPoint(1, i))
                            .toArray(Point2D[]::new)
                })
                .get();
        double offset = org.driftscope.plot.SceneRenderer.panel(1, plot.getWidth(), plot.getHeight())
                        .x()
                - org.driftscope.plot.SceneRenderer.panel(0, plot.getWidth(), plot.getHeight())
                        .x();
        int paper = pixels.getArgb(2, (int) plot.getHeight() - 2);

        // Words that moved to where no word is in the tuned layout: the left panel has a point at the
        // word's frozen place, the right panel has paper at the same place.
        int checked = 0;
        int wrong = 0;
        for (int i = 0; i < n; i += 10) {
            Point2D frozen = at[0][i];
            if (nearest(at[1], frozen.getX() + offset, frozen.getY()) < 8) {
                continue;
            }
            checked++;
            boolean left = pixels.getArgb((int) frozen.getX(), (int) frozen.getY()) != paper;
            boolean right = pixels.getArgb((int) (frozen.getX() + offset), (int) frozen.getY()) != paper;
            if (!left || right) {
                wrong++;
            }
        }
        assertThat(checked).as("moved words clear of the tuned layout").isGreaterThanOrEqualTo(3);
        assertThat(wrong).as("of %d moved words, shown wrongly", checked).isLessThanOrEqualTo(checked / 4);
    }

    private static double nearest(Point2D[] points, double x, double y) {
        double best = Double.MAX_VALUE;
        for (Point2D p : points) {
            best = Math.min(best, Math.hypot(p.getX() - x, p.getY() - y));
        }
        return best;
    }
}
