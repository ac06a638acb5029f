package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Test;

/** Pressing Train after the preview does not lay out the frozen vectors a second time. */
class LiveRunTest {
    private final Workspace sample =
            Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
    private final RunConfig config = RunConfig.defaults().withEpochs(1);

    LiveRunTest() throws Exception {}

    @Test
    void aRunReusesThePreviewsFrozenLayoutAndDrawsTheSameEpochs() throws Exception {
        EpochView preview = LiveRun.preview(sample, config);

        List<EpochView> reused = Runs.complete(sample, config, preview);
        List<EpochView> fresh = Runs.complete(sample, config);

        assertThat(reused.get(0).frozen()).isSameAs(preview.frozen());
        assertThat(fresh.get(0).frozen()).isNotSameAs(preview.frozen());
        assertThat(reused.get(1).tuned().xy())
                .containsExactly(fresh.get(1).tuned().xy());
    }

    @Test
    void aPreviewWithAnotherSeedIsLaidOutAgain() throws Exception {
        EpochView preview = LiveRun.preview(sample, config.withSeed(7));

        List<EpochView> views = Runs.complete(sample, config, preview);

        assertThat(views.get(0).frozen()).isNotSameAs(preview.frozen());
    }
}
