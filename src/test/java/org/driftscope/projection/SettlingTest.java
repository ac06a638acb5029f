package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each layout is read relative to its own extent, so a tuned layout whose extent shrank would show the
 * words that stayed as moved. These fixtures put words on an ellipse wider than it is tall, whose
 * extremes along x are words 0 (right) and N/2 (left).
 */
class SettlingTest {
    private static final int N = 24;

    private static Layout ellipse() {
        double[] xy = new double[2 * N];
        for (int i = 0; i < N; i++) {
            double a = 2 * Math.PI * i / N;
            xy[2 * i] = 20 * Math.cos(a);
            xy[2 * i + 1] = 8 * Math.sin(a);
        }
        return new Layout(xy);
    }

    @Test
    void aFreeWordLeavingTheEdgeDoesNotShrinkThePictureAroundTheWordsThatStayed() {
        Layout frozen = ellipse();
        boolean[] pinned = new boolean[N];
        java.util.Arrays.fill(pinned, true);
        pinned[0] = false; // the rightmost word moved a little inwards
        pinned[4] = false; // another free word, further in
        double[] xy = frozen.xy();
        xy[0] = 19;
        xy[1] = 1.5;
        xy[8] = 15;

        Layout settled = Settling.settle(new Layout(xy), frozen, pinned, null, null, new double[N]);

        assertThat(settled.extent()).isCloseTo(frozen.extent(), within(1e-9));
        for (int i = 0; i < N; i++) {
            if (pinned[i]) {
                assertThat(settled.x(i) / settled.extent()).isCloseTo(frozen.x(i) / frozen.extent(), within(1e-9));
                assertThat(settled.y(i)).isEqualTo(frozen.y(i));
            }
        }
        // the free word nearest the right end went out to it, along x only; the other free word stayed
        assertThat(settled.x(0)).isCloseTo(20, within(1e-9));
        assertThat(settled.y(0)).isEqualTo(1.5);
        assertThat(settled.x(4)).isEqualTo(15);
    }

    @Test
    void aFreeWordFarFromTheEdgeIsNotDraggedOutToIt() {
        Layout frozen = ellipse();
        boolean[] pinned = new boolean[N];
        java.util.Arrays.fill(pinned, true);
        pinned[0] = false; // the rightmost word moved well inside, a quarter of the extent
        double[] xy = frozen.xy();
        xy[0] = 10;
        xy[1] = 3;

        Layout settled = Settling.settle(new Layout(xy), frozen, pinned, null, null, new double[N]);

        assertThat(settled.xy()).containsExactly(xy);
    }

    @Test
    void whenPinnedWordsHoldTheEdgesNoFreeWordIsMoved() {
        Layout frozen = ellipse();
        boolean[] pinned = new boolean[N];
        java.util.Arrays.fill(pinned, true);
        pinned[3] = false;
        pinned[9] = false;
        double[] xy = frozen.xy();
        xy[6] = 1;
        xy[7] = -1;
        xy[18] = -2;
        xy[19] = 2;

        Layout settled = Settling.settle(new Layout(xy), frozen, pinned, null, null, new double[N]);

        assertThat(settled.xy()).containsExactly(xy);
    }
}
