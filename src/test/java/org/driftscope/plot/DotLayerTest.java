package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DotLayerTest {
    private static final int W = 200;
    private static final int H = 150;
    private static final double R = 2.8;

    private final Random random = new Random(5);
    private final double[] x = new double[3000];
    private final double[] y = new double[3000];
    private final int[] colours = new int[3000];

    DotLayerTest() {
        for (int i = 0; i < x.length; i++) {
            // some off the panel, so that panning brings them in and takes others out
            x[i] = -20 + random.nextDouble() * (W + 40);
            y[i] = -20 + random.nextDouble() * (H + 40);
            colours[i] = (i % 3 == 0 ? 0x60000000 : 0xFF000000) | random.nextInt(0x1000000);
        }
    }

    @Test
    void panningByWholePixelsShiftsAndGivesExactlyTheFreshPicture() {
        DotLayer panned = new DotLayer(W, H);
        panned.draw(x, y, colours, R);
        int[][] moves = {{3, -2}, {-7, 5}, {0, 4}, {6, 0}, {-1, -1}, {0, 0}};
        for (int[] m : moves) {
            move(m[0], m[1]);

            panned.draw(x, y, colours, R);

            assertThat(panned.shifted()).as("pan by %d, %d", m[0], m[1]).isTrue();
            assertThat(panned.raster().pixels())
                    .as("pan by %d, %d", m[0], m[1])
                    .isEqualTo(fresh().raster().pixels());
        }
    }

    @Test
    void anythingButAWholePixelPanIsDrawnAfresh() {
        DotLayer layer = new DotLayer(W, H);
        layer.draw(x, y, colours, R);

        move(1.5, 0);
        layer.draw(x, y, colours, R);
        assertThat(layer.shifted()).as("half a pixel").isFalse();
        assertThat(layer.raster().pixels()).isEqualTo(fresh().raster().pixels());

        move(W + 5, 0);
        layer.draw(x, y, colours, R);
        assertThat(layer.shifted()).as("further than the panel").isFalse();
        assertThat(layer.raster().pixels()).isEqualTo(fresh().raster().pixels());

        colours[17] ^= 0x00FFFFFF;
        move(2, 2);
        layer.draw(x, y, colours, R);
        assertThat(layer.shifted()).as("a colour changed").isFalse();
        assertThat(layer.raster().pixels()).isEqualTo(fresh().raster().pixels());

        x[5] += 1;
        layer.draw(x, y, colours, R);
        assertThat(layer.shifted()).as("one dot moved").isFalse();
        assertThat(layer.raster().pixels()).isEqualTo(fresh().raster().pixels());
    }

    private void move(double dx, double dy) {
        for (int i = 0; i < x.length; i++) {
            x[i] += dx;
            y[i] += dy;
        }
    }

    private DotLayer fresh() {
        DotLayer layer = new DotLayer(W, H);
        layer.draw(x, y, colours, R);
        return layer;
    }
}
