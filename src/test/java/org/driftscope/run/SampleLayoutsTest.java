package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a new user sees on each bundled sample, at the settings the app opens it with, asserted on the
 * laid-out coordinates: no layout collapses, and the tuned panel tells the sample's story.
 */
@Tag("slow")
class SampleLayoutsTest {
    private static final int EPOCHS = 5;

    private static List<EpochView> run(String name) throws Exception {
        Sample sample = SampleCatalog.find(name).orElseThrow();
        RunConfig config = RunConfig.defaults().withSampleDefaults(sample).withEpochs(EPOCHS);
        return Runs.complete(Workspace.open(sample), config);
    }

    /** Share of points that have another point within a millionth of the layout's extent. */
    static double stacked(Layout layout) {
        double extent = layout.extent();
        int stacked = 0;
        for (int i = 0; i < layout.size(); i++) {
            for (int j = 0; j < layout.size(); j++) {
                if (i != j && Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j)) <= 1e-6 * extent) {
                    stacked++;
                    break;
                }
            }
        }
        return (double) stacked / layout.size();
    }

    /** Indices of the k words nearest to word i on screen. */
    private static List<Integer> nearestOnScreen(Layout layout, int i, int k) {
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < layout.size(); j++) {
            if (j != i) {
                others.add(j);
            }
        }
        others.sort(java.util.Comparator.comparingDouble(
                j -> Math.hypot(layout.x(j) - layout.x(i), layout.y(j) - layout.y(i))));
        return others.subList(0, k);
    }

    private static double distance(Layout layout, int i, int j) {
        return Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j));
    }

    @Test
    void noLayoutOfAnySampleProjectionOrEpochCollapses() throws Exception {
        for (Sample sample : SampleCatalog.load()) {
            List<EpochView> tsne = run(sample.name());
            for (ProjectionMethod method : ProjectionMethod.values()) {
                List<EpochView> views = method == ProjectionMethod.TSNE
                        ? tsne
                        : Relayout.of(tsne, method, (done, total) -> {}, () -> false);
                for (EpochView v : views) {
                    for (Layout layout : List.of(v.frozen(), v.tuned())) {
                        String what = sample.name() + ", " + method + ", epoch " + v.epoch();
                        assertThat(layout.extent()).as("extent, %s", what).isGreaterThan(0);
                        assertThat(stacked(layout))
                                .as("share of words stacked on another, %s", what)
                                .isZero();
                    }
                }
            }
        }
    }

    @Test
    void mountainsTunedPanelPartsTheEuropeanRangesFromTheAsianOnes() throws Exception {
        List<EpochView> views = run("mountains");
        EpochView last = views.get(views.size() - 1);
        TrackedWords tracked = last.run().tracked();
        int europe = last.run().labels().indexOf("europe");
        int alps = tracked.words().indexOf("alps");
        int himalaya = tracked.words().indexOf("himalaya");

        for (int j : nearestOnScreen(last.tuned(), alps, 3)) {
            assertThat(tracked.leaning(j))
                    .as(
                            "alps's neighbour on screen '%s' leans to europe",
                            tracked.words().get(j))
                    .isEqualTo(europe);
        }
        int asian = 0;
        for (int j : nearestOnScreen(last.tuned(), himalaya, 3)) {
            assertThat(tracked.leaning(j))
                    .as(
                            "himalaya's neighbour on screen '%s' is no European word",
                            tracked.words().get(j))
                    .isNotEqualTo(europe);
            asian += tracked.leaning(j) >= 0 ? 1 : 0;
        }
        assertThat(asian).as("Asian words among himalaya's 3 nearest on screen").isGreaterThanOrEqualTo(2);
        assertThat(distance(last.tuned(), alps, himalaya))
                .as("alps-himalaya on screen, tuned vs frozen")
                .isGreaterThanOrEqualTo(4 * distance(last.frozen(), alps, himalaya));
    }

    @Test
    void sentimentTunedPanelPutsGoodAmongPositiveWordsAndBadAmongNegativeOnes() throws Exception {
        List<EpochView> views = run("sentiment");
        EpochView last = views.get(views.size() - 1);
        TrackedWords tracked = last.run().tracked();
        for (String[] word : new String[][] {{"good", "positive"}, {"bad", "negative"}}) {
            int i = tracked.words().indexOf(word[0]);
            int polarity = last.run().labels().indexOf(word[1]);
            for (int j : nearestOnScreen(last.tuned(), i, 3)) {
                assertThat(tracked.leaning(j))
                        .as(
                                "%s's neighbour on screen '%s' is a %s word",
                                word[0], tracked.words().get(j), word[1])
                        .isEqualTo(polarity);
            }
        }
    }
}
