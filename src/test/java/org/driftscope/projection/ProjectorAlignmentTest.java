package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.driftscope.drift.Neighbours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What moves on screen must have moved in vector space: after an epoch in which only a known subset of
 * rows changed, every other word stays within 1% of the plot's extent of where it was.
 */
class ProjectorAlignmentTest {
    private static float[] clusters(int n, int d, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * d];
        int per = n / 8;
        for (int c = 0; c < 8; c++) {
            double[] centre =
                    random.doubles(d).map(v -> random.nextGaussian() * 3).toArray();
            for (int i = c * per; i < (c == 7 ? n : (c + 1) * per); i++) {
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = (float) (centre[j] + random.nextGaussian());
                }
            }
        }
        return x;
    }

    @ParameterizedTest(name = "{0}, {1} words")
    @CsvSource({"TSNE, 200", "TSNE, 600", "PCA, 600", "UMAP, 200", "UMAP, 600"})
    void wordsWhoseVectorsDidNotChangeStayPut(ProjectionMethod method, int n) {
        int d = 20;
        float[] frozen = clusters(n, d, 3);
        float[] epoch1 = frozen.clone();
        float[] epoch2 = frozen.clone();
        Random random = new Random(4);
        boolean[] changed = new boolean[n];
        for (int i = 0; i < n; i += 5) {
            changed[i] = true;
            for (int j = 0; j < d; j++) {
                epoch1[i * d + j] += (float) (random.nextGaussian() * 0.8);
                epoch2[i * d + j] = epoch1[i * d + j] + (float) (random.nextGaussian() * 0.8);
            }
        }
        Projector projector = Projector.of(method, 7);
        Layout start = projector.frozen(frozen, d);

        projector.next(epoch1, d);
        Layout after = projector.next(epoch2, d);

        double extent = start.extent();
        double moved = 0;
        for (int i = 0; i < n; i++) {
            double shift = Math.hypot(after.x(i) - start.x(i), after.y(i) - start.y(i));
            if (changed[i]) {
                moved = Math.max(moved, shift);
            } else {
                assertThat(shift / extent).as("shift of unchanged word %d", i).isLessThan(0.01);
            }
        }
        assertThat(moved / extent).as("some changed word visibly moved").isGreaterThan(0.01);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TSNE", "PCA", "UMAP"})
    void trustIsHighForClusteredDataAndBoundedByOne(ProjectionMethod method) {
        int d = 20;
        float[] x = clusters(400, d, 9);
        Layout layout = Projector.of(method, 1).frozen(x, d);

        double[] trust = Trust.of(Neighbours.of(x, d, 10), layout);

        double mean = java.util.Arrays.stream(trust).average().orElseThrow();
        assertThat(java.util.Arrays.stream(trust).allMatch(t -> t >= 0 && t <= 1))
                .isTrue();
        assertThat(mean).isGreaterThan(method == ProjectionMethod.PCA ? 0.05 : 0.3);
    }
}
