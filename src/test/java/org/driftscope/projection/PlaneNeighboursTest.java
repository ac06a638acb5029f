package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.driftscope.drift.Neighbours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grid search gives each point the neighbours an exhaustive search over all pairs gives. */
class PlaneNeighboursTest {
    /** Every other point by squared distance, ties to the lower index: the exhaustive answer. */
    private static int[] exhaustive(double[] xy, int i, int k) {
        int n = xy.length / 2;
        return IntStream.range(0, n)
                .filter(j -> j != i)
                .boxed()
                .sorted((a, b) -> {
                    int c = Double.compare(d2(xy, i, a), d2(xy, i, b));
                    return c != 0 ? c : Integer.compare(a, b);
                })
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double d2(double[] xy, int i, int j) {
        double dx = xy[2 * i] - xy[2 * j];
        double dy = xy[2 * i + 1] - xy[2 * j + 1];
        return dx * dx + dy * dy;
    }

    /** Clusters of very different density, far-off strays, and points on a lattice (many exact ties). */
    private static double[] layout(String kind, int n, long seed) {
        Random r = new Random(seed);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case "clusters" -> {
                    int c = r.nextInt(5);
                    double spread = c == 0 ? 0.01 : c;
                    xy[2 * i] = 40 * c + spread * r.nextGaussian();
                    xy[2 * i + 1] = -25 * c + spread * r.nextGaussian();
                    if (i % 97 == 0) {
                        xy[2 * i] = 1000 * r.nextDouble();
                    }
                }
                case "lattice" -> {
                    xy[2 * i] = r.nextInt(12);
                    xy[2 * i + 1] = r.nextInt(12);
                }
                default -> {
                    xy[2 * i] = r.nextDouble();
                    xy[2 * i + 1] = r.nextDouble();
                }
            }
        }
        return xy;
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform", "clusters", "lattice"})
    void everyPointGetsTheNeighboursOfAnExhaustiveSearch(String kind) {
        int n = 1500;
        int k = 10;
        double[] xy = layout(kind, n, 7);

        Neighbours grid = PlaneNeighbours.of(xy, k);

        for (int i = 0; i < n; i++) {
            assertThat(grid.of(i)).as("point %d of %s", i, kind).containsExactly(exhaustive(xy, i, k));
            assertThat(-grid.similarity(i, k - 1))
                    .isCloseTo(
                            (float) d2(xy, i, exhaustive(xy, i, k)[k - 1]), org.assertj.core.data.Offset.offset(1e-3f));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 12})
    void tinyLayoutsAndAllPointsOnOneSpotAreAnsweredToo(int n) {
        double[] same = new double[2 * n];
        java.util.Arrays.fill(same, 3.5);

        Neighbours nn = PlaneNeighbours.of(same, n - 1);

        for (int i = 0; i < n; i++) {
            assertThat(nn.of(i)).containsExactly(exhaustive(same, i, n - 1));
        }
    }
}
