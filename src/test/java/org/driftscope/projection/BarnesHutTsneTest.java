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
