package org.driftscope.session;

import org.driftscope.drift.Exposure;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;

/** The drift analytics' view of what training did to each tracked word. */
public final class Exposures {
    private Exposures() {}

    public static Exposure of(TrackedWords tracked, RunConfig config) {
        boolean[] movable = new boolean[tracked.size()];
        for (int i = 0; i < movable.length; i++) {
            movable[i] = tracked.trainCount(i) > 0 && config.regime().trainsEmbedding();
        }
        return new Exposure(
                tracked.trainCounts(), tracked.pretrained(), movable, tracked.leaning(), tracked.association());
    }
}
