package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A word added to a finished layout lands among its nearest drawn words, and nothing else moves. */
class InPlaceTest {
    private static final int CLUSTERS = 4;
    private static final int PER_CLUSTER = 30;
    private static final int D = 20;

    /** Four clusters of vectors around orthogonal directions, laid out as four blobs at the square's corners. */
    private final float[] vectors = new float[CLUSTERS * PER_CLUSTER * D];

    private final double[] xy = new double[CLUSTERS * PER_CLUSTER * 2];

    InPlaceTest() {
        Random random = new Random(7);
        for (int c = 0; c < CLUSTERS; c++) {
            for (int i = 0; i < PER_CLUSTER; i++) {
                int row = c * PER_CLUSTER + i;
                for (int j = 0; j < D; j++) {
                    vectors[row * D + j] = (float) ((j == c ? 3 : 0) + 0.4 * random.nextGaussian());
                }
                xy[2 * row] = (c % 2) * 10 + random.nextGaussian();
                xy[2 * row + 1] = (c / 2) * 10 + random.nextGaussian();
            }
        }
    }

    @Test
    void aHeldOutWordLandsInItsOwnClusterOnScreen() {
        for (int held = 0; held < CLUSTERS * PER_CLUSTER; held++) {
            int n = CLUSTERS * PER_CLUSTER - 1;
            float[] rest = new float[n * D];
            double[] restXy = new double[n * 2];
            for (int i = 0, r = 0; i < n + 1; i++) {
                if (i != held) {
                    System.arraycopy(vectors, i * D, rest, r * D, D);
                    System.arraycopy(xy, 2 * i, restXy, 2 * r, 2);
                    r++;
                }
            }
            float[] word = java.util.Arrays.copyOfRange(vectors, held * D, (held + 1) * D);

            double[] at = InPlace.place(rest, D, new Layout(restXy), word);

            int c = held / PER_CLUSTER;
            // the blob's centre is (c % 2) * 10, (c / 2) * 10 with a spread of 1; the other blobs are 10 away
            assertThat(Math.hypot(at[0] - (c % 2) * 10, at[1] - (c / 2) * 10))
                    .as("word %d of cluster %d", held, c)
                    .isLessThan(2.0);
        }
    }

    @Test
    void aWordEqualToADrawnOneLandsNearItAndTheLayoutIsUntouched() {
        double[] before = xy.clone();
        Layout layout = new Layout(xy);
        float[] copy = java.util.Arrays.copyOfRange(vectors, 5 * D, 6 * D);

        double[] at = InPlace.place(vectors, D, layout, copy);

        // its own copy has affinity near 1 at perplexity 5 only with others of its cluster; it stays in the blob
        assertThat(Math.hypot(at[0] - xy[10], at[1] - xy[11])).isLessThan(3.0);
        assertThat(layout.xy()).containsExactly(before);
    }
}
