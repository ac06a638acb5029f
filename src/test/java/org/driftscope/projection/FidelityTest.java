package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fixtures where the honest picture is known: unit vectors in the plane, whose cosine neighbours are
 * their neighbours around the circle, so the vectors themselves (scaled) are a faithful layout.
 */
class FidelityTest {
    private static final int N = 40;

    /** N unit vectors at distinct, unevenly spaced angles. */
    private static double[] angles() {
        double[] a = new double[N];
        for (int i = 0; i < N; i++) {
            a[i] = 2 * Math.PI * (i + 0.3 * Math.sin(i * 1.7)) / N;
        }
        return a;
    }

    private static float[] vectors(double[] angles) {
        float[] v = new float[2 * angles.length];
        for (int i = 0; i < angles.length; i++) {
            v[2 * i] = (float) Math.cos(angles[i]);
            v[2 * i + 1] = (float) Math.sin(angles[i]);
        }
        return v;
    }

    private static Layout layout(double[] angles) {
        double[] xy = new double[2 * angles.length];
        for (int i = 0; i < angles.length; i++) {
            xy[2 * i] = 10 * Math.cos(angles[i]);
            xy[2 * i + 1] = 10 * Math.sin(angles[i]);
        }
        return new Layout(xy);
    }

    /** Word 5 moved to the far side of the circle (inside the bounding box): its neighbours all change. */
    private static double[] moved() {
        double[] a = angles();
        a[5] = (a[N / 2 + 5] + a[N / 2 + 6]) / 2;
        return a;
    }

    @Test
    void aPictureThatShowsTheMoveFaithfullyScoresHighAndHasNoFalseMotion() {
        double[] before = angles();
        double[] after = moved();

        Fidelity f = Fidelity.of(vectors(before), vectors(after), 2, layout(before), layout(after));

        assertThat(f.falseMotion()).isZero();
        assertThat(f.neighbourhood()).isGreaterThan(0.95);
        assertThat(f.pairs()).isGreaterThan(0.9);
        assertThat(f.preservation()).isGreaterThan(0.95);
    }

    @Test
    void aPictureThatHidesTheMoveAndMovesAnUnchangedWordScoresLowAndShowsFalseMotion() {
        double[] before = angles();
        double[] after = moved();
        // on screen word 5 stays, and word 15, whose vector did not change, goes where word 5 went
        double[] shown = angles();
        shown[15] = after[5];

        Fidelity f = Fidelity.of(vectors(before), vectors(after), 2, layout(before), layout(shown));

        // one of the 19 words that kept their neighbours crossed the plot: its 95th percentile is a
        // tenth of the way to that move, far above the 1% an honest picture stays within
        assertThat(f.falseMotion()).isGreaterThan(0.05);
        assertThat(f.neighbourhood()).isLessThan(0.5);
        assertThat(f.pairs()).isLessThan(0.1);
    }

    @Test
    void falseMotionIsMeasuredInShareOfEachLayoutsExtent() {
        double[] a = angles();
        Layout before = layout(a);
        double[] xy = before.xy();
        // three of the forty unchanged words shift by a tenth of the extent (20 units) inward; the 95th
        // percentile of forty moves, 37 of them 0, lies among those three
        for (int i : new int[] {3, 13, 23}) {
            double r = Math.hypot(xy[2 * i], xy[2 * i + 1]);
            xy[2 * i] -= 2 * xy[2 * i] / r;
            xy[2 * i + 1] -= 2 * xy[2 * i + 1] / r;
        }
        Layout after = new Layout(xy);

        Fidelity f = Fidelity.of(vectors(a), vectors(a), 2, before, after);

        assertThat(f.falseMotion()).isCloseTo(2 / before.extent(), within(1e-3));
        assertThat(f.pairs())
                .as("nothing changed in vector space: nothing to correlate")
                .isNaN();
    }

    @Test
    void pearsonIsOneForALinearRelationAndNanForAConstantSeries() {
        assertThat(Fidelity.pearson(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9}))
                .isCloseTo(1, within(1e-12));
        assertThat(Fidelity.pearson(new double[] {1, 2, 3, 4}, new double[] {9, 7, 5, 3}))
                .isCloseTo(-1, within(1e-12));
        assertThat(Fidelity.pearson(new double[] {1, 2, 3}, new double[] {2, 2, 2}))
                .isNaN();
    }
}
