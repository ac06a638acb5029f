package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MortonTreeTest {
    /** Gaussian blobs of very different sizes, so cells of every depth and groups of every size occur. */
    private static double[] blobs(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int blob = random.nextInt(7);
            double spread = Math.pow(10, blob - 4);
            y[2 * i] = 30 * Math.cos(blob) + spread * random.nextGaussian();
            y[2 * i + 1] = 30 * Math.sin(blob) + spread * random.nextGaussian();
        }
        return y;
    }

    private static double relativeError(double[] f, double[] truth) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < f.length; c++) {
            num += (f[c] - truth[c]) * (f[c] - truth[c]);
            den += truth[c] * truth[c];
        }
        return Math.sqrt(num / den);
    }

    @Test
    void withNoCellFarEnoughEveryPairIsSummedExactly() {
        int n = 1500;
        double[] y = blobs(n, 3);
        double[] truth = new double[2 * n];
        double zTruth = GridRepulsionBench.exact(y, n, truth);

        double[] f = new double[2 * n];
        double[] z = new double[n];
        MortonTree.build(y, n).repulseAll(0, f, z);

        assertThat(Arrays.stream(z).sum()).isCloseTo(zTruth, within(1e-9 * zTruth));
        assertThat(relativeError(f, truth)).isLessThan(1e-9);
    }

    @Test
    void atTheAppsOpeningAngleForcesAndZStayWithinAPercentOfTheExactSum() {
        int n = 3000;
        double[] y = blobs(n, 5);
        double[] truth = new double[2 * n];
        double zTruth = GridRepulsionBench.exact(y, n, truth);

        double[] f = new double[2 * n];
        double[] z = new double[n];
        MortonTree.build(y, n).repulseAll(0.5, f, z);

        // the old per-point quadtree walk, for scale: its error on the same points
        double[] g = new double[2 * n];
        QuadTree old = QuadTree.build(y, n);
        double zOld = 0;
        for (int i = 0; i < n; i++) {
            double[] one = new double[2];
            zOld += old.repulse(i, y[2 * i], y[2 * i + 1], 0.5, one);
            g[2 * i] = one[0];
            g[2 * i + 1] = one[1];
        }
        assertThat(relativeError(f, truth)).isLessThan(0.01).isLessThanOrEqualTo(relativeError(g, truth));
        assertThat(Math.abs(Arrays.stream(z).sum() - zTruth) / zTruth)
                .isLessThan(0.01)
                .isLessThanOrEqualTo(Math.abs(zOld - zTruth) / zTruth);
    }

    @Test
    void coincidentPointsRepelNothingAndCountOnceEachInZ() {
        int n = 200;
        double[] y = new double[2 * n];
        for (int i = 100; i < n; i++) {
            y[2 * i] = 5; // two stacks of 100 identical points, five units apart
        }

        double[] f = new double[2 * n];
        double[] z = new double[n];
        MortonTree.build(y, n).repulseAll(0.5, f, z);

        double across = 100 / 26.0; // q = 1 / (1 + 25) from each point of the other stack
        for (int i = 0; i < n; i++) {
            assertThat(z[i]).as("Z share of point %d", i).isCloseTo(99 + across, within(1e-9));
            assertThat(f[2 * i]).isCloseTo((i < 100 ? -5 : 5) * 100 / (26.0 * 26.0), within(1e-9));
            assertThat(f[2 * i + 1]).isCloseTo(0, within(1e-12));
        }
    }
}
