package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.driftscope.SharedData;
import org.driftscope.run.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every regime on MR with the GloVe 50d head lands where the same recipe in PyTorch lands (issue 8: best
 * validation accuracy over five PyTorch runs, rand 76.1-77.0, static 68.9-69.8, non-static 75.3-75.7,
 * multichannel 75.5-75.8), within 2.5 points, and static is the lowest of the four: the GloVe head
 * covers only 31% of MR's word types, and in the static regime the other 69% stay random.
 */
@Tag("slow")
class MovieReviewRegimesTest {
    private static final Map<Regime, double[]> PYTORCH = Map.of(
            Regime.RAND, new double[] {76.1, 77.0},
            Regime.STATIC, new double[] {68.9, 69.8},
            Regime.NON_STATIC, new double[] {75.3, 75.7},
            Regime.MULTICHANNEL, new double[] {75.5, 75.8});
    private static final double TOLERANCE = 2.5;

    @Test
    void eachRegimeLandsNearThePyTorchRangeAndStaticIsLowest() throws Exception {
        Path shared = SharedData.file(MovieReviewRegimes.MR).getParent();
        Workspace workspace = MovieReviewRegimes.workspace(shared);
        Map<Regime, Double> best = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            var outcome = MovieReviewRegimes.run(workspace, regime, 10);
            System.out.println(MovieReviewRegimes.describe(outcome));
            best.put(regime, 100 * outcome.best());
        }

        PYTORCH.forEach((regime, range) -> assertThat(best.get(regime))
                .as("best validation accuracy of %s", regime.label())
                .isBetween(range[0] - TOLERANCE, range[1] + TOLERANCE));
        assertThat(best.get(Regime.STATIC))
                .isLessThan(best.values().stream()
                        .filter(a -> a != best.get(Regime.STATIC))
                        .min(Double::compare)
                        .orElseThrow());
    }
}
