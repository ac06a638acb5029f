package org.driftscope.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DriftAnalyzerTest {
    private static List<String> words(int n) {
        return IntStream.range(0, n).mapToObj(i -> "w" + i).toList();
    }

    /** A random orthogonal matrix (Gram-Schmidt on gaussian columns), row-major d x d. */
    private static double[] rotation(int d, Random random) {
        double[][] q = new double[d][d];
        for (int c = 0; c < d; c++) {
            double[] v = random.doubles(d).map(x -> random.nextGaussian()).toArray();
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += v[k] * q[p][k];
                }
                for (int k = 0; k < d; k++) {
                    v[k] -= dot * q[p][k];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
            for (int k = 0; k < d; k++) {
                q[c][k] = v[k] / norm;
            }
        }
        double[] r = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                r[i * d + j] = q[j][i];
            }
        }
        return r;
    }

    @Test
    void aRotatedCopyMovesEveryVectorButNoNeighbourhood() {
        int n = 200;
        int d = 16;
        float[] frozen = NeighboursTest.gaussian(n, d, 1);
        double[] r = rotation(d, new Random(2));
        float[] rotated = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += frozen[i * d + k] * r[k * d + j];
                }
                rotated[i * d + j] = (float) s;
            }
        }
        var analyzer = new DriftAnalyzer(words(n), frozen, d, 10, Exposure.allMovable(n), List.of());

        DriftReport report = analyzer.next(1, rotated);

        assertThat(report.overlap()).containsOnly(1.0);
        assertThat(report.summary().changedShare()).isZero();
        assertThat(report.summary().meanMovable()).isGreaterThan(0.1);
        for (int i = 0; i < n; i++) {
            assertThat(report.normChange()[i]).isCloseTo(0, within(1e-4));
        }
    }

    @Test
    void movingOneWordChangesOnlyItsOwnListAndTheListsItLeavesOrJoins() {
        int n = 300;
        int d = 16;
        float[] frozen = NeighboursTest.gaussian(n, d, 5);
        int moved = 17;
        float[] tuned = frozen.clone();
        for (int j = 0; j < d; j++) {
            tuned[moved * d + j] = -frozen[moved * d + j];
        }
        var analyzer = new DriftAnalyzer(words(n), frozen, d, 10, Exposure.allMovable(n), List.of());

        DriftReport report = analyzer.next(1, tuned);

        Set<Integer> touched = new HashSet<>(List.of(moved));
        for (int i = 0; i < n; i++) {
            int row = i;
            boolean before = IntStream.of(report.frozenNeighbours().of(i)).anyMatch(x -> x == moved);
            boolean after = IntStream.of(report.tunedNeighbours().of(i)).anyMatch(x -> x == moved);
            if (before || after) {
                touched.add(row);
            }
        }
        assertThat(touched).hasSizeGreaterThan(2);
        for (int i = 0; i < n; i++) {
            if (touched.contains(i)) {
                assertThat(report.overlap()[i]).as("overlap of %d", i).isLessThan(1);
            } else {
                assertThat(report.overlap()[i]).as("overlap of %d", i).isEqualTo(1);
            }
        }
        assertThat(report.mostMoved().get(0).word()).isEqualTo("w17");
        assertThat(report.displacement()[moved]).isCloseTo(2, within(1e-6));
    }

    @RepeatedTest(5)
    void rowsThatDidNotChangeHaveExactlyZeroDisplacement() {
        Random random = new Random();
        int n = 120;
        int d = 8;
        float[] frozen = NeighboursTest.gaussian(n, d, random.nextLong());
        float[] tuned = frozen.clone();
        Set<Integer> changed = new HashSet<>();
        for (int c = 0; c < 20; c++) {
            int i = random.nextInt(n);
            changed.add(i);
            tuned[i * d + random.nextInt(d)] += (float) random.nextGaussian();
        }
        var analyzer = new DriftAnalyzer(words(n), frozen, d, 5, Exposure.allMovable(n), List.of());

        DriftReport report = analyzer.next(1, tuned);

        for (int i = 0; i < n; i++) {
            if (!changed.contains(i)) {
                assertThat(report.displacement()[i]).isZero();
                assertThat(report.stepDisplacement()[i]).isZero();
                assertThat(report.normChange()[i]).isZero();
            }
        }
    }

    @Test
    void watchedPairsMoversAndHistoryFollowTheEpochs() {
        int n = 50;
        int d = 8;
        float[] frozen = NeighboursTest.gaussian(n, d, 9);
        var analyzer = new DriftAnalyzer(words(n), frozen, d, 5, Exposure.allMovable(n), List.of(new int[] {0, 1}));
        float[] step1 = frozen.clone();
        float[] step2 = frozen.clone();
        for (int j = 0; j < d; j++) {
            step1[j] += 0.5f;
            step2[j] += 1.0f;
        }

        analyzer.next(0, frozen);
        analyzer.next(1, step1);
        DriftReport second = analyzer.next(2, step2);

        assertThat(second.pairs()).singleElement().satisfies(p -> {
            assertThat(p.first()).isEqualTo("w0");
            assertThat(p.now()).isCloseTo(Cosine.of(step2, 0, step2, 1, d), within(1e-12));
            assertThat(p.frozen()).isCloseTo(Cosine.of(frozen, 0, frozen, 1, d), within(1e-12));
        });
        Mover top = second.mostMoved().get(0);
        assertThat(top.word()).isEqualTo("w0");
        assertThat(top.history()).hasSize(2);
        assertThat(top.history()[1]).isGreaterThan(top.history()[0]);
        assertThat(second.stepDisplacement()[0]).isGreaterThan(0).isLessThan(second.displacement()[0]);
    }

    @Test
    void groupSimilarityIsTheMeanCosineOfTheGroupsPairs() {
        float[] v = {1, 0, 1, 0, 0, 1, 2, 0};

        assertThat(DriftAnalyzer.groupSimilarity(v, 2, new int[] {0, 1, 3})).isCloseTo(1.0, within(1e-12));
        assertThat(DriftAnalyzer.groupSimilarity(v, 2, new int[] {0, 2})).isCloseTo(0.0, within(1e-12));
        assertThat(DriftAnalyzer.groupSimilarity(v, 2, new int[] {0, 1, 2})).isCloseTo(1.0 / 3, within(1e-12));
    }
}
