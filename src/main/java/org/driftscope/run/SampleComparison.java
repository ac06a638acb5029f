package org.driftscope.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.driftscope.compare.Comparison;
import org.driftscope.corpus.Sample;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.EpochView;
import org.driftscope.training.Objective;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;

/**
 * A bundled sample's ready comparison: its static, non-static and skip-gram runs, at the sample's own
 * settings, the second and third reusing the first's frozen layout, compared at their last epoch.
 */
public final class SampleComparison {
    private SampleComparison() {}

    /** The three runs' configs, in the order they are compared. */
    public static List<RunConfig> configs(Sample sample, int epochs) {
        RunConfig base = RunConfig.defaults().withEpochs(epochs).withSampleDefaults(sample);
        return List.of(
                base.withRegime(Regime.STATIC),
                base,
                base.withObjective(Objective.SKIPGRAM).withEmbeddingLearningRate(Objective.SKIPGRAM.startingRate()));
    }

    /**
     * @param epoch the epoch of every run to compare, or null for the last
     * @param starting hears "static", "non-static", ... as each run starts
     */
    public static Comparison train(Sample sample, int epochs, Integer epoch, Consumer<String> starting)
            throws IOException, InterruptedException {
        Workspace workspace = Workspace.open(sample);
        List<String> names = new ArrayList<>();
        List<EpochView> views = new ArrayList<>();
        EpochView earlier = null;
        for (RunConfig config : configs(sample, epochs)) {
            starting.accept(config.method());
            List<EpochView> run = Complete.run(workspace, config, ProjectionMethod.TSNE, earlier);
            earlier = run.get(0);
            views.add(epoch == null ? run.get(run.size() - 1) : run.get(Math.min(epoch, run.size() - 1)));
            names.add(config.method());
        }
        return Comparison.of(names, views);
    }
}
