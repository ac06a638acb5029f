package org.driftscope.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    static float[] gaussian(int n, int d, long seed) {
        Random random = new Random(seed);
        float[] m = new float[n * d];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) random.nextGaussian();
        }
        return m;
    }

    @Test
    void matchesABruteForceSearchAcrossBlockBoundaries() {
        int n = 1500;
        int d = 12;
        float[] m = gaussian(n, d, 3);

        Neighbours nn = Neighbours.of(m, d, 5);

        for (int i = 0; i < n; i += 37) {
            int best = -1;
            double bestSim = -2;
            for (int j = 0; j < n; j++) {
                double s = Cosine.of(m, i, m, j, d);
                if (j != i && s > bestSim) {
                    best = j;
                    bestSim = s;
                }
            }
            assertThat(nn.neighbour(i, 0)).as("nearest to %d", i).isEqualTo(best);
            assertThat((double) nn.similarity(i, 0)).isCloseTo(bestSim, within(1e-5));
            for (int r = 1; r < 5; r++) {
                assertThat(nn.similarity(i, r)).isLessThanOrEqualTo(nn.similarity(i, r - 1));
            }
            assertThat(nn.of(i)).doesNotContain(i);
        }
    }
}
