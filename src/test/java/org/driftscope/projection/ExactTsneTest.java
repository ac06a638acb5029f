package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactTsneTest {
    /** Three well separated clusters of 30 points in 20 dimensions, rows in cluster order. */
    private static float[] clusters(Random random) {
        int d = 20;
        float[] data = new float[90 * d];
        for (int c = 0; c < 3; c++) {
            float[] centre = new float[d];
            for (int k = 0; k < d; k++) {
                centre[k] = (float) (random.nextGaussian() * 5);
            }
            for (int i = 0; i < 30; i++) {
                for (int k = 0; k < d; k++) {
                    data[(c * 30 + i) * d + k] = centre[k] + (float) random.nextGaussian() * 0.3f;
                }
            }
        }
        return data;
    }

    @Test
    void coldLayoutKeepsClustersApart() {
        Layout layout = ExactTsne.fit(clusters(new Random(1)), 20, TsneOptions.cold(3), null);

        for (int i = 0; i < 90; i++) {
            assertThat(nearestOther(layout, i) / 30)
                    .as("cluster of point %d's nearest neighbour", i)
                    .isEqualTo(i / 30);
        }
    }

    @Test
    void warmStartOnUnchangedVectorsBarelyMovesTheLayout() {
        float[] data = clusters(new Random(2));
        Layout cold = ExactTsne.fit(data, 20, TsneOptions.cold(3), null);

        Layout warm = Procrustes.align(ExactTsne.fit(data, 20, TsneOptions.warm(3), cold), cold);

        double worst = 0;
        for (int i = 0; i < cold.size(); i++) {
            worst = Math.max(worst, Math.hypot(warm.x(i) - cold.x(i), warm.y(i) - cold.y(i)));
        }
        assertThat(worst / cold.extent()).isLessThan(0.05);
    }

    @Test
    void sameSeedGivesTheSameLayout() {
        float[] data = clusters(new Random(4));
        assertThat(ExactTsne.fit(data, 20, TsneOptions.cold(9), null).xy())
                .isEqualTo(ExactTsne.fit(data, 20, TsneOptions.cold(9), null).xy());
    }

    private static int nearestOther(Layout layout, int i) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < layout.size(); j++) {
            double dd = Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j));
            if (j != i && dd < bestDistance) {
                best = j;
                bestDistance = dd;
            }
        }
        return best;
    }
}
