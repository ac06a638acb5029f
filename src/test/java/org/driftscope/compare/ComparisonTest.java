package org.driftscope.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.export.Colouring;
import org.driftscope.export.ComparisonFigure;
import org.driftscope.plot.Figure;
import org.driftscope.projection.Layout;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Static and non-static runs of the mountains sample compared in one frame. */
@Tag("slow")
class ComparisonTest {
    private static final List<String> RANGES = List.of("alps", "himalaya", "dolomites", "karakoram");
    private static Workspace workspace;
    private static RunConfig base;
    private static List<EpochView> nonStatic;
    private static List<EpochView> frozenRun;

    @BeforeAll
    static void train() throws Exception {
        var sample = SampleCatalog.find("mountains").orElseThrow();
        workspace = Workspace.open(sample);
        base = RunConfig.defaults().withEpochs(3).withSampleDefaults(sample);
        nonStatic = Runs.complete(workspace, base);
        frozenRun = Runs.complete(workspace, base.withRegime(Regime.STATIC), nonStatic.get(0));
    }

    private static Comparison compare(List<EpochView> a, List<EpochView> b) {
        return Comparison.of(
                List.of(
                        a.get(0).run().config().method(),
                        b.get(0).run().config().method()),
                List.of(a.get(a.size() - 1), b.get(b.size() - 1)));
    }

    @Test
    void runsOfOneSampleShareTheFrozenFrameAndTheRangesAreWhereTheirDriftDiffers() {
        Comparison c = compare(frozenRun, nonStatic);

        assertThat(c.relaidOut())
                .as("the runs' own layouts, as each run showed them")
                .isFalse();
        assertThat(c.frozenLayout().xy())
                .containsExactly(nonStatic.get(0).frozen().xy());
        assertThat(c.tuned().get(0).xy())
                .as("a static run moves nothing")
                .containsExactly(c.frozenLayout().xy());
        List<String> different = c.mostDifferent(4).stream().map(c.words()::get).toList();
        assertThat(different).containsExactlyInAnyOrderElementsOf(RANGES);
        assertThat(c.pairs()).containsOnlyKeys("alps/himalaya", "dolomites/karakoram");
        assertThat(c.pairs().get("alps/himalaya").get(0).now())
                .as("static keeps the pretrained cosine")
                .isEqualTo(c.pairs().get("alps/himalaya").get(0).frozen());
    }

    @Test
    void theFigureDrawsEveryRunInTheFrozenFrameAndTheRangesPartOnlyWhereTheTableTrained() {
        Comparison c = compare(frozenRun, nonStatic);
        Figure f = ComparisonFigure.of(c, Colouring.CLASS);

        assertThat(f.panels()).isEqualTo(3);
        int alps = c.words().indexOf("alps");
        int himalaya = c.words().indexOf("himalaya");
        double frozen = distance(f.panel(0).layout(), alps, himalaya);
        assertThat(distance(f.panel(1).layout(), alps, himalaya)).as("static").isEqualTo(frozen);
        assertThat(distance(f.panel(2).layout(), alps, himalaya))
                .as("non-static pulls the ranges apart on screen")
                .isGreaterThan(4 * frozen);
        assertThat(f.drift().notes().get(0)).startsWith("drift differs most").contains("alps");
        assertThat(f.extras().get(0).linkLabels()).hasSize(2);
    }

    @Test
    void runsThatDrawOtherWordsAreLaidOutAgainInTheFirstRunsFrame() throws Exception {
        List<EpochView> fewer =
                Runs.complete(workspace, base.withRegime(Regime.STATIC).withTrackLimit(60));
        Comparison c = compare(nonStatic, fewer);

        assertThat(c.relaidOut()).isTrue();
        assertThat(c.words()).hasSize(fewer.get(0).run().tracked().size()).containsAll(RANGES);
        assertThat(c.tuned().get(1).xy())
                .as("the static run, laid out again, still moves nothing")
                .containsExactly(c.frozenLayout().xy());
        assertThat(java.util.Arrays.stream(c.tuned().get(0).xy()).allMatch(Double::isFinite))
                .isTrue();
    }

    @Test
    void runsFromOtherVectorsAreRefusedByName() throws Exception {
        List<EpochView> rand =
                Runs.complete(workspace, base.withRegime(Regime.RAND).withEpochs(1));

        assertThatThrownBy(() -> compare(nonStatic, rand))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-static and rand start from different vectors")
                .hasMessageContaining("a rand run starts from random ones");
        assertThatThrownBy(() -> Comparison.of(List.of("one"), List.of(nonStatic.get(1))))
                .hasMessageContaining("at least two runs");
    }

    private static double distance(Layout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }
}
