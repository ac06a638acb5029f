package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.driftscope.drift.Neighbours;
import org.junit.jupiter.api.Test;

/**
 * A word whose 10 nearest in vector space did not change gets its 10 nearest on screen back after an
 * epoch's layout scattered the free words through its neighbourhood; a word that moved elsewhere in
 * vector space is not held where it was.
 */
class KeptNeighbourhoodsTest {
    private static final int K = Fidelity.K;

    /** Each point's 10 nearest others by brute force, sorted by index. */
    private static int[] nearest(double[] xy, int i) {
        int n = xy.length / 2;
        Integer[] others = new Integer[n - 1];
        for (int j = 0, w = 0; j < n; j++) {
            if (j != i) {
                others[w++] = j;
            }
        }
        Arrays.sort(others, (a, b) -> Double.compare(distance(xy, i, a), distance(xy, i, b)));
        return Arrays.stream(others, 0, K).mapToInt(Integer::intValue).sorted().toArray();
    }

    private static double distance(double[] xy, int i, int j) {
        return Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);
    }

    private static int changedNeighbourhoods(double[] a, double[] b) {
        int changed = 0;
        for (int i = 0; i < a.length / 2; i++) {
            changed += Arrays.equals(nearest(a, i), nearest(b, i)) ? 0 : 1;
        }
        return changed;
    }

    private static float[] asVectors(double[] xy) {
        float[] v = new float[xy.length];
        for (int c = 0; c < xy.length; c++) {
            v[c] = (float) xy[c];
        }
        return v;
    }

    @Test
    void wordsThatKeptTheirNeighboursGetThemBackOnScreen() {
        int n = 300;
        Random random = new Random(11);
        double[] frozen = new double[2 * n];
        for (int c = 0; c < frozen.length; c++) {
            frozen[c] = 10 * random.nextDouble();
        }
        // the vectors are the frozen places themselves, unchanged: every word kept its neighbours
        Neighbours vectors = Neighbours.euclidean(asVectors(frozen), 2, K);
        boolean[] pinned = new boolean[n];
        double[] y = frozen.clone();
        for (int i = 0; i < n; i++) {
            pinned[i] = i % 2 == 0;
            if (!pinned[i]) {
                y[2 * i] += 0.3 * random.nextGaussian();
                y[2 * i + 1] += 0.3 * random.nextGaussian();
            }
        }
        // two free words on one spot
        y[2] = y[6];
        y[3] = y[7];
        int scattered = changedNeighbourhoods(frozen, y);
        KeptNeighbourhoods keep = KeptNeighbourhoods.of(new Layout(frozen), vectors, vectors, new double[n]);

        keep.repair(y, pinned);

        assertThat(scattered).as("neighbourhoods the scattering changed").isGreaterThan(n / 2);
        assertThat(changedNeighbourhoods(frozen, y))
                .as("neighbourhoods changed after the repair")
                .isZero();
        for (int i = 0; i < n; i += 2) {
            assertThat(y[2 * i]).as("x of pinned word %d", i).isEqualTo(frozen[2 * i]);
            assertThat(y[2 * i + 1]).as("y of pinned word %d", i).isEqualTo(frozen[2 * i + 1]);
        }
        assertThat(distance(y, 1, 3)).as("the two words that were on one spot").isPositive();
    }

    @Test
    void aWordThatMovedToAnotherGroupIsNotPulledBack() {
        int per = 30;
        int n = 2 * per;
        Random random = new Random(12);
        double[] layout = new double[2 * n];
        for (int i = 0; i < n; i++) {
            layout[2 * i] = (i < per ? 0 : 10) + random.nextGaussian();
            layout[2 * i + 1] = random.nextGaussian();
        }
        // word 0 is drawn amid the first group, but in vector space it is among nobody's nearest (as a
        // projection often draws a word), so the first group's words keep their neighbours without it
        layout[0] = 0;
        layout[1] = 0;
        double[] frozenVectors = layout.clone();
        frozenVectors[1] = 50;
        // then word 0 takes on the second group's meaning, and the epoch's layout has drawn it there
        double[] tunedVectors = layout.clone();
        tunedVectors[0] = 10.2;
        tunedVectors[1] = 0.1;
        double[] y = layout.clone();
        y[0] = 10.2;
        y[1] = 0.1;
        boolean[] pinned = new boolean[n];
        Arrays.fill(pinned, true);
        pinned[0] = false;
        Neighbours before = Neighbours.euclidean(asVectors(frozenVectors), 2, K);
        Neighbours now = Neighbours.euclidean(asVectors(tunedVectors), 2, K);
        int holding = 0;
        for (int i = 1; i < per; i++) {
            boolean kept = Neighbours.shared(before.of(i), now.of(i)) == K;
            holding += kept && Arrays.binarySearch(nearest(layout, i), 0) >= 0 ? 1 : 0;
        }

        KeptNeighbourhoods.of(new Layout(layout), before, now, new double[n]).repair(y, pinned);

        assertThat(holding)
                .as("first-group words that kept their neighbours, word 0 among them on screen")
                .isPositive();
        assertThat(y[0]).as("x of the word that moved to the second group").isGreaterThan(5);
    }
}
