package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.driftscope.projection.Layout;
import org.junit.jupiter.api.Test;

class CameraTest {
    private static final double W = 600;
    private static final double H = 400;
    private final Camera home = Camera.fitting(Camera.Bounds.of(List.of(new Layout(new double[] {-10, -5, 30, 15}))));

    @Test
    void atHomeTheWholeFrameFitsInsideThePanel() {
        for (double[] corner : new double[][] {{-10, -5}, {30, 15}}) {
            assertThat(home.screenX(corner[0], W, H)).isBetween(0.0, W);
            assertThat(home.screenY(corner[1], W, H)).isBetween(0.0, H);
        }
        assertThat(home.screenY(15, W, H)).as("larger y is higher up").isLessThan(home.screenY(-5, W, H));
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorWhereItIs() {
        double sx = 120;
        double sy = 300;
        double x = home.dataX(sx, W, H);
        double y = home.dataY(sy, W, H);

        Camera zoomed = home.zoomAbout(3, sx, sy, W, H);

        assertThat(zoomed.zoom()).isEqualTo(3);
        assertThat(zoomed.screenX(x, W, H)).isCloseTo(sx, within(1e-9));
        assertThat(zoomed.screenY(y, W, H)).isCloseTo(sy, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        assertThat(home.zoomAbout(1e6, 0, 0, W, H).zoom()).isEqualTo(Camera.MAX_ZOOM);
        assertThat(home.zoomAbout(1e-6, 0, 0, W, H).zoom()).isEqualTo(Camera.MIN_ZOOM);
    }

    @Test
    void panningMovesThePictureWithTheDrag() {
        double before = home.screenX(0, W, H);

        Camera panned = home.panBy(25, -10, W, H);

        assertThat(panned.screenX(0, W, H)).isCloseTo(before + 25, within(1e-9));
        assertThat(panned.screenY(0, W, H)).isCloseTo(home.screenY(0, W, H) - 10, within(1e-9));
    }

    @Test
    void aNewHomeFrameIsFollowedOnlyWhileTheUserHasNotMovedTheView() {
        var wider = Camera.Bounds.of(List.of(new Layout(new double[] {-50, -50, 50, 50})));

        assertThat(home.rehome(wider)).isEqualTo(Camera.fitting(wider));
        Camera moved = home.panBy(10, 0, W, H);
        assertThat(moved.rehome(wider).centreX()).isEqualTo(moved.centreX());
    }
}
