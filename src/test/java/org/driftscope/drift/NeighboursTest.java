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

    /** The exact k nearest of row i by brute force: cosine, or Euclidean (largest negated distance). */
    private static java.util.List<Integer> brute(float[] m, int d, int i, int k, boolean cosine) {
        int n = m.length / d;
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            if (cosine) {
                score[j] = Cosine.of(m, i, m, j, d);
            } else {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double diff = m[i * d + c] - m[j * d + c];
                    s += diff * diff;
                }
                score[j] = -s;
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        return java.util.Arrays.stream(order).filter(j -> j != i).limit(k).toList();
    }

    private static java.util.List<Integer> list(int[] row) {
        return java.util.Arrays.stream(row).boxed().toList();
    }

    @Test
    void everySearchFindsTheExactNeighboursInFullAndPartialBlocks() {
        // 2,100 rows: two full blocks of 1,024 and a partial one of 52
        int n = 2100;
        int d = 16;
        int k = 7;
        float[] m = gaussian(n, d, 5);
        int[] queries = {0, 1023, 1024, 2047, 2048, 2099, 517};

        Neighbours cosine = Neighbours.of(m, d, k);
        Neighbours euclidean = Neighbours.euclidean(m, d, k);
        Neighbours among = Neighbours.among(m, d, queries, k);

        for (int q = 0; q < queries.length; q++) {
            int i = queries[q];
            assertThat(list(cosine.of(i))).as("cosine, row %d", i).isEqualTo(brute(m, d, i, k, true));
            assertThat(list(euclidean.of(i))).as("Euclidean, row %d", i).isEqualTo(brute(m, d, i, k, false));
            assertThat(list(among.of(q))).as("among the table, row %d", i).isEqualTo(brute(m, d, i, k, true));
        }
    }
}
