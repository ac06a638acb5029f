package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BarnesHutTsneTest {
    /** Ten gaussian clusters of 60 points in 30 dimensions, rows in cluster order. */
    private static float[] clusters() {
        Random random = new Random(8);
        int d = 30;
        float[] x = new float[600 * d];
        for (int c = 0; c < 10; c++) {
            double[] centre =
                    random.doubles(d).map(v -> random.nextGaussian() * 3).toArray();
            for (int i = 0; i < 60; i++) {
                for (int j = 0; j < d; j++) {
                    x[(c * 60 + i) * d + j] = (float) (centre[j] + random.nextGaussian());
                }
            }
        }
        return x;
    }

    @Test
    void preservesNeighbourhoodsAboutAsWellAsTheExactGradient() {
        float[] x = clusters();

        double bh = ProjectionBench.preservation(x, BarnesHutTsne.fit(x, 30, TsneOptions.cold(1), null, false));
        double exact = ProjectionBench.preservation(x, ExactTsne.fit(x, 30, TsneOptions.cold(1), null));

        assertThat(bh).isGreaterThan(0.9 * exact).isGreaterThan(0.2);
    }

    @Test
    void preservesNeighbourhoodsAtLeastAsWellAsSmilesExactTsne() {
        float[] x = clusters();

        double bh = ProjectionBench.preservation(x, BarnesHutTsne.fit(x, 30, TsneOptions.cold(1), null, false));
        double smile = ProjectionBench.preservation(x, SmileTsne.fit(x, 30));

        assertThat(bh).isGreaterThanOrEqualTo(smile);
    }

    @Test
    void smilesReferenceLaysOutASquareInputAsVectors() {
        // 30 points in 30 dimensions, ten from each of three clusters: without the guard Smile would take
        // the rows for distances and scatter the clusters.
        float[] all = clusters();
        float[] x = new float[30 * 30];
        for (int p = 0; p < 30; p++) {
            System.arraycopy(all, ((p / 10) * 60 + p % 10) * 30, x, p * 30, 30);
        }

        double[] xy = SmileTsne.fit(x, 30).xy();

        int sameCluster = 0;
        for (int p = 0; p < 30; p++) {
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int q = 0; q < 30; q++) {
                double dist = Math.hypot(xy[2 * p] - xy[2 * q], xy[2 * p + 1] - xy[2 * q + 1]);
                if (q != p && dist < best) {
                    best = dist;
                    nearest = q;
                }
            }
            sameCluster += nearest / 10 == p / 10 ? 1 : 0;
        }
        assertThat(sameCluster)
                .as("points whose nearest neighbour on the layout is from their cluster")
                .isGreaterThanOrEqualTo(27);
    }

    @Test
    void sameSeedGivesTheSameLayout() {
        float[] x = clusters();

        assertThat(BarnesHutTsne.fit(x, 30, TsneOptions.cold(4), null, true).xy())
                .isEqualTo(BarnesHutTsne.fit(x, 30, TsneOptions.cold(4), null, true)
                        .xy());
    }

    @Test
    void aWarmStartOnUnchangedDataBarelyMovesTheLayout() {
        float[] x = clusters();
        Layout cold = BarnesHutTsne.fit(x, 30, TsneOptions.cold(2), null, true);

        Layout warm = Procrustes.align(BarnesHutTsne.fit(x, 30, TsneOptions.warm(2), cold, true), cold);

        double worst = 0;
        for (int i = 0; i < cold.size(); i++) {
            worst = Math.max(worst, Math.hypot(warm.x(i) - cold.x(i), warm.y(i) - cold.y(i)));
        }
        assertThat(worst / cold.extent()).isLessThan(0.05);
    }
}
