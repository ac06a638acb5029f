package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UMAP lays out every word, also when its neighbour graph falls apart into separate groups, as word
 * vectors' graphs do (Smile's UMAP kept only the largest group and the app had to refuse it).
 */
class UmapTest {
    private static final int D = 30;
    private static final int GROUPS = 8;
    private static final int PER = 40;

    /** Eight tight groups around random directions: no word's 14 nearest reach another group. */
    private static float[] groups(Random random, double[][] centres) {
        for (double[] c : centres) {
            for (int k = 0; k < D; k++) {
                c[k] = random.nextGaussian();
            }
        }
        float[] x = new float[GROUPS * PER * D];
        for (int i = 0; i < GROUPS * PER; i++) {
            for (int k = 0; k < D; k++) {
                x[i * D + k] = (float) (centres[i / PER][k] + 0.1 * random.nextGaussian());
            }
        }
        return x;
    }

    private static double[] centroid(Layout layout, int group) {
        double x = 0;
        double y = 0;
        for (int i = group * PER; i < (group + 1) * PER; i++) {
            x += layout.x(i);
            y += layout.y(i);
        }
        return new double[] {x / PER, y / PER};
    }

    private static int nearestGroup(Layout layout, int word) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int g = 0; g < GROUPS; g++) {
            double[] c = centroid(layout, g);
            double distance = Math.hypot(layout.x(word) - c[0], layout.y(word) - c[1]);
            if (distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        return best;
    }

    @Test
    void everyGroupOfASplitGraphIsLaidOutWholeAndApart() {
        float[] x = groups(new Random(1), new double[GROUPS][D]);

        Layout layout = Projector.of(ProjectionMethod.UMAP, 5).frozen(x, D);

        long distinct = java.util.stream.IntStream.range(0, layout.size())
                .mapToObj(i -> layout.x(i) + "," + layout.y(i))
                .distinct()
                .count();
        assertThat(distinct).as("words at distinct places").isEqualTo(GROUPS * PER);
        for (int i = 0; i < GROUPS * PER; i++) {
            assertThat(nearestGroup(layout, i))
                    .as("group of word %d on screen", i)
                    .isEqualTo(i / PER);
        }
    }

    @Test
    void noEdgeOfTheGroupsGraphCrossesGroups() {
        float[] x = groups(new Random(1), new double[GROUPS][D]);

        Umap.Graph graph = Umap.graph(Umap.neighbours(x, D, true), true, 500);

        for (int e = 0; e < graph.head().length; e++) {
            assertThat(graph.head()[e] / PER).isEqualTo(graph.tail()[e] / PER);
        }
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndAnotherSeedAnother() {
        float[] x = groups(new Random(2), new double[GROUPS][D]);

        double[] a = Projector.of(ProjectionMethod.UMAP, 5).frozen(x, D).xy();
        double[] b = Projector.of(ProjectionMethod.UMAP, 5).frozen(x, D).xy();
        double[] c = Projector.of(ProjectionMethod.UMAP, 6).frozen(x, D).xy();

        assertThat(Arrays.equals(a, b)).isTrue();
        assertThat(Arrays.equals(a, c)).isFalse();
    }

    @Test
    void wordsThatJoinAnotherGroupAreDrawnThereAndTheOthersStayPut() {
        double[][] centres = new double[GROUPS][D];
        float[] frozen = groups(new Random(3), centres);
        float[] tuned = frozen.clone();
        Random random = new Random(4);
        // three words of group 0 take on group 5's meaning
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < D; k++) {
                tuned[i * D + k] = (float) (centres[5][k] + 0.1 * random.nextGaussian());
            }
        }
        Projector projector = Projector.of(ProjectionMethod.UMAP, 5);
        Layout before = projector.frozen(frozen, D);

        Layout after = projector.next(tuned, D);

        for (int i = 0; i < 3; i++) {
            assertThat(nearestGroup(before, i)).isEqualTo(0);
            assertThat(nearestGroup(after, i)).as("word %d after the epoch", i).isEqualTo(5);
        }
        for (int i = 3; i < GROUPS * PER; i++) {
            if (i / PER != 5 && i / PER != 0) {
                assertThat(after.x(i)).as("x of untouched word %d", i).isEqualTo(before.x(i));
                assertThat(after.y(i)).as("y of untouched word %d", i).isEqualTo(before.y(i));
            }
        }
    }
}
