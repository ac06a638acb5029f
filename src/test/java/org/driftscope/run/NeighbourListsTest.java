package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.drift.DriftReport;
import org.driftscope.drift.Neighbour;
import org.driftscope.samples.SentimentSample;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kim (2014) Table 3 on the bundled sentiment sample: before fine-tuning, the neighbours of "good" mix
 * positive and negative words (they share every context); afterwards its nearest are the positive ones.
 */
@Tag("slow")
class NeighbourListsTest {
    @Test
    void goodShedsNegativeNeighboursAndGathersPositiveOnes() throws Exception {
        Workspace workspace = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        List<EpochView> views = Runs.complete(workspace, RunConfig.defaults().withEpochs(5));
        DriftReport last = views.get(views.size() - 1).drift();
        int good = last.words().indexOf("good");

        List<String> before = last.before(good).stream().map(Neighbour::word).toList();
        List<String> after = last.after(good).stream().map(Neighbour::word).toList();

        List<String> positive =
                SentimentSample.POSITIVE.stream().filter(w -> !w.equals("good")).toList();
        assertThat(before.stream().filter(w -> !positive.contains(w)).count())
                .as("negative words among the frozen neighbours of good")
                .isGreaterThanOrEqualTo(3);
        assertThat(after.subList(0, positive.size())).containsExactlyInAnyOrderElementsOf(positive);
        assertThat(last.lost(good)).isNotEmpty().noneMatch(positive::contains);
    }
}
