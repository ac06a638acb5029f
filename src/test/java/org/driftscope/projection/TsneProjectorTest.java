package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tuned layout of a large run (Barnes-Hut, sampled change stress) stays a faithful t-SNE. */
@Tag("slow")
class TsneProjectorTest {
    private static final int D = 20;
    private static final int CLUSTERS = 10;

    private static float[] clusters(int n, Random random, double[][] centres) {
        float[] x = new float[n * D];
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % CLUSTERS];
            for (int k = 0; k < D; k++) {
                x[i * D + k] = (float) (c[k] + random.nextGaussian());
            }
        }
        return x;
    }

    /**
     * Real vectors, as a run tunes them: the first 3,000 GloVe words, a fifth of them nudged. The change
     * stress once tore such a layout apart at this size (its step was 15 times too stiff for the
     * learning rate n / 12; decision 0016): 10-NN kept 0.06 against a cold layout's 0.37.
     */
    @Test
    void aLargeTunedLayoutOfRealVectorsKeepsNearlyAsManyNeighboursAsAColdOne() throws Exception {
        var glove = org.driftscope.vectors.VectorReader.read(
                org.driftscope.SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt"));
        int n = 3000;
        int d = glove.dimension();
        float[] frozen = java.util.Arrays.copyOf(glove.matrix(), n * d);
        float[] tuned = frozen.clone();
        Random random = new Random(8);
        for (int i = 0; i < n; i += 5) {
            for (int k = 0; k < d; k++) {
                tuned[i * d + k] += (float) (random.nextGaussian() * 0.1);
            }
        }
        Projector projector = Projector.of(ProjectionMethod.TSNE, 3);
        Layout before = projector.frozen(frozen, d);

        Layout after = projector.next(tuned, d);

        double kept = Fidelity.of(frozen, tuned, d, before, after).preservation();
        Layout cold = Projector.of(ProjectionMethod.TSNE, 3).frozen(tuned, d);
        double coldKept = Fidelity.of(tuned, tuned, d, cold, cold).preservation();
        assertThat(kept)
                .as("10-NN kept by the tuned layout, a cold one keeps %.3f", coldKept)
                .isGreaterThan(0.9 * coldKept);
    }

    @Test
    void aLargeTunedLayoutKeepsNearlyAsManyNeighboursAsAColdOne() {
        int n = 2500;
        Random random = new Random(5);
        double[][] centres = new double[CLUSTERS][D];
        for (double[] c : centres) {
            for (int k = 0; k < D; k++) {
                c[k] = random.nextGaussian() * 4;
            }
        }
        float[] frozen = clusters(n, random, centres);
        // every tenth word moves half way to the next cluster, the rest stay as they were
        float[] tuned = frozen.clone();
        for (int i = 0; i < n; i += 10) {
            double[] to = centres[(i % CLUSTERS + 1) % CLUSTERS];
            for (int k = 0; k < D; k++) {
                tuned[i * D + k] = (float) ((tuned[i * D + k] + to[k]) / 2);
            }
        }
        Projector projector = Projector.of(ProjectionMethod.TSNE, 3);
        Layout before = projector.frozen(frozen, D);

        Layout after = projector.next(tuned, D);

        Fidelity f = Fidelity.of(frozen, tuned, D, before, after);
        Layout cold = Projector.of(ProjectionMethod.TSNE, 3).frozen(tuned, D);
        double coldKept = Fidelity.of(tuned, tuned, D, cold, cold).preservation();
        assertThat(f.preservation()).as("10-NN kept by the tuned layout").isGreaterThan(0.9 * coldKept);
        // Measured per layout extent, as issue 19 defines false motion, the words that stayed seemed to move
        // about 2% here until the extent was held: moved words that had set the frozen bounding box went
        // inwards, and the tuned extent shrank by 4%.
        assertThat(f.falseMotion()).as("false motion, share of the extent").isLessThan(0.01);
        assertThat(after.extent()).isCloseTo(before.extent(), org.assertj.core.api.Assertions.within(1e-9));
        // Words that kept their vectors and their neighbours stay exactly put.
        var before10 = org.driftscope.drift.Neighbours.of(frozen, D, Fidelity.K);
        var after10 = org.driftscope.drift.Neighbours.of(tuned, D, Fidelity.K);
        int still = 0;
        for (int i = 0; i < n; i++) {
            if (i % 10 != 0 && org.driftscope.drift.Neighbours.shared(before10.of(i), after10.of(i)) == Fidelity.K) {
                assertThat(after.x(i)).as("x of unchanged word %d", i).isEqualTo(before.x(i));
                assertThat(after.y(i)).as("y of unchanged word %d", i).isEqualTo(before.y(i));
                still++;
            }
        }
        assertThat(still).as("unchanged words that kept their neighbours").isGreaterThan(n / 2);
    }

    /**
     * Ten thousand points of the benchmark's gaussian clusters, every point shifted a little (every 7th
     * coordinate by 0.5): in 100 dimensions a few points are among the neighbours of hundreds of others,
     * so they had hundreds of change-stress pairs, and their pull was so stiff that the gradient steps
     * diverged (the layout's extent reached 1e24; clamped back into the frame, it kept 0.001 of its
     * neighbours). A row with more pairs than the average is now scaled down to it.
     */
    @Test
    void tenThousandPointsWithHubsStayALayout() throws Exception {
        byte[] bytes =
                java.nio.file.Files.readAllBytes(org.driftscope.SharedData.file("bench/gauss10_n10000_d100.f32"));
        float[] frozen = new float[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer()
                .get(frozen);
        int d = 100;
        float[] tuned = frozen.clone();
        for (int i = 0; i < tuned.length; i += 7) {
            tuned[i] += 0.5f;
        }
        Projector projector = Projector.of(ProjectionMethod.TSNE, 1);
        Layout before = projector.frozen(frozen, d);

        Layout after = projector.next(tuned, d);

        double frozenKept = Fidelity.of(frozen, frozen, d, before, before).preservation();
        assertThat(Fidelity.of(frozen, tuned, d, before, after).preservation())
                .as("10-NN kept by the tuned layout; the frozen one keeps %.3f", frozenKept)
                .isGreaterThan(0.5 * frozenKept);
    }
}
