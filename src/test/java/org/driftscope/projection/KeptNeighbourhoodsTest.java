package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.driftscope.drift.Neighbours;
import org.junit.jupiter.api.Test;

/**
 * A word whose 10 nearest in vector space did not change gets its 10 nearest on screen back after an
 * epoch's layout scattered the free words through its neighbourhood; a word that moved elsewhere in
 * vector space is not held where it was; free words are not left on one spot.
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
        // the vectors are the frozen places themselves, unchanged: every word kept its neighbours; the
        // free half moved more than the median word, as the projector's pins have it
        Neighbours vectors = Neighbours.euclidean(asVectors(frozen), 2, K);
        boolean[] pinned = new boolean[n];
        double[] displacement = new double[n];
        double[] y = frozen.clone();
        for (int i = 0; i < n; i++) {
            pinned[i] = i % 2 == 0;
            if (!pinned[i]) {
                displacement[i] = 1;
                y[2 * i] += 0.3 * random.nextGaussian();
                y[2 * i + 1] += 0.3 * random.nextGaussian();
            }
        }
        int scattered = changedNeighbourhoods(frozen, y);
        KeptNeighbourhoods keep = KeptNeighbourhoods.of(new Layout(frozen), vectors, vectors, displacement);

        keep.repair(y, pinned);

        assertThat(scattered).as("neighbourhoods the scattering changed").isGreaterThan(n / 2);
        assertThat(changedNeighbourhoods(frozen, y))
                .as("neighbourhoods still changed after the repair")
                .isLessThanOrEqualTo(n / 50);
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                assertThat(y[2 * i]).as("x of pinned word %d", i).isEqualTo(frozen[2 * i]);
                assertThat(y[2 * i + 1]).as("y of pinned word %d", i).isEqualTo(frozen[2 * i + 1]);
            } else {
                assertThat(y[2 * i])
                        .as("x of free word %d, inside the frame", i)
                        .isBetween(min(frozen, 0), max(frozen, 0));
                assertThat(y[2 * i + 1])
                        .as("y of free word %d, inside the frame", i)
                        .isBetween(min(frozen, 1), max(frozen, 1));
            }
        }
    }

    @Test
    void twoFreeWordsOnOneSpotAreSetApart() {
        int per = 15;
        int n = per + 2;
        Random random = new Random(13);
        double[] frozen = new double[2 * n];
        for (int i = 0; i < per; i++) {
            frozen[2 * i] = 0.3 * random.nextGaussian();
            frozen[2 * i + 1] = 0.3 * random.nextGaussian();
        }
        frozen[2 * per] = 10;
        frozen[2 * per + 1] = 10;
        frozen[2 * per + 2] = 10;
        frozen[2 * per + 3] = -10;
        // the last two words took on other meanings; the layout drew both on one spot, far from the group
        double[] tuned = frozen.clone();
        tuned[2 * per] = 40;
        tuned[2 * per + 2] = -40;
        double[] y = frozen.clone();
        for (int i = per; i < n; i++) {
            y[2 * i] = 5;
            y[2 * i + 1] = 0;
        }
        boolean[] pinned = new boolean[n];
        Arrays.fill(pinned, 0, per, true);
        double[] displacement = new double[n];
        displacement[per] = 1;
        displacement[per + 1] = 1;
        Neighbours before = Neighbours.euclidean(asVectors(frozen), 2, K);
        Neighbours now = Neighbours.euclidean(asVectors(tuned), 2, K);

        KeptNeighbourhoods.of(new Layout(frozen), before, now, displacement).repair(y, pinned);

        assertThat(distance(y, per, per + 1))
                .as("the two words, as a share of the plot's extent of %.1f", new Layout(frozen).extent())
                .isGreaterThan(0.001 * new Layout(frozen).extent());
    }

    private static double min(double[] xy, int axis) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = axis; i < xy.length; i += 2) {
            m = Math.min(m, xy[i]);
        }
        return m;
    }

    private static double max(double[] xy, int axis) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = axis; i < xy.length; i += 2) {
            m = Math.max(m, xy[i]);
        }
        return m;
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
