package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.corpus.WatchPair;
import org.driftscope.session.EpochView;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundled sample tells its story at the settings it opens with: fine-tuning pulls the first watched
 * pair apart by a clear margin, while a frozen (static) run leaves it exactly where it was. What the
 * picture shows of it, {@link SampleLayoutsTest} asserts on the laid-out coordinates.
 */
@Tag("slow")
class SampleStoryTest {
    /** The smallest drop in cosine similarity that counts as "clearly apart"; measured drops are larger. */
    static final double MARGIN = 0.15;

    private static double cosine(float[] m, int i, int j, int d) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int k = 0; k < d; k++) {
            dot += m[i * d + k] * m[j * d + k];
            a += m[i * d + k] * m[i * d + k];
            b += m[j * d + k] * m[j * d + k];
        }
        return dot / Math.sqrt(a * b);
    }

    private static double[] pairBeforeAndAfter(String sampleName, Regime regime) throws Exception {
        var sample = SampleCatalog.find(sampleName).orElseThrow();
        Workspace workspace = Workspace.open(sample);
        List<EpochView> views = Runs.complete(
                workspace,
                RunConfig.defaults().withSampleDefaults(sample).withEpochs(5).withRegime(regime));
        WatchPair pair = sample.watch().get(0);
        TrackedWords tracked = views.get(0).run().tracked();
        int i = tracked.words().indexOf(pair.first());
        int j = tracked.words().indexOf(pair.second());
        assertThat(i).as("%s is tracked", pair.first()).isNotNegative();
        assertThat(j).as("%s is tracked", pair.second()).isNotNegative();
        float[] after = views.get(views.size() - 1).snapshot().tuned();
        return new double[] {
            cosine(tracked.frozen(), i, j, tracked.dimension()), cosine(after, i, j, tracked.dimension())
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"mountains", "sentiment"})
    void fineTuningPullsTheWatchedPairApart(String sample) throws Exception {
        double[] cos = pairBeforeAndAfter(sample, Regime.NON_STATIC);

        System.out.printf("%s: watched pair cosine %.3f -> %.3f%n", sample, cos[0], cos[1]);
        assertThat(cos[0] - cos[1]).as("drop in cosine similarity").isGreaterThan(MARGIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mountains", "sentiment"})
    void aStaticRunLeavesTheWatchedPairExactlyUnchanged(String sample) throws Exception {
        double[] cos = pairBeforeAndAfter(sample, Regime.STATIC);

        assertThat(cos[1]).isEqualTo(cos[0]);
    }

    @Test
    void catalogueListsBothSamples() throws Exception {
        assertThat(SampleCatalog.load()).extracting(s -> s.name()).containsExactly("mountains", "sentiment");
    }
}
