package org.driftscope.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.projection.Projector;
import org.driftscope.projection.Trust;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.training.TrackedWords;

/**
 * Draws a finished (or paused) run's epochs again with another projection: the frozen layout first,
 * then each epoch warm-started from the one before, as during training. Drift numbers do not depend
 * on the picture and are kept; each word's trust is recomputed for the new layout.
 */
public final class Relayout {
    private Relayout() {}

    /** Hears how many epochs are laid out. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * @param cancelled polled between epochs; when it turns true a {@link CancellationException} ends the
     *     work
     */
    public static List<EpochView> of(
            List<EpochView> epochs, ProjectionMethod method, Progress progress, BooleanSupplier cancelled) {
        return epochs.isEmpty()
                ? List.of()
                : of(epochs, method, epochs.get(0).run().config().seed(), progress, cancelled);
    }

    /** As {@link #of(List, ProjectionMethod, Progress, BooleanSupplier)}, the layouts seeded with {@code seed}. */
    public static List<EpochView> of(
            List<EpochView> epochs, ProjectionMethod method, long seed, Progress progress, BooleanSupplier cancelled) {
        if (epochs.isEmpty()) {
            return List.of();
        }
        RunSummary old = epochs.get(0).run();
        RunSummary run = new RunSummary(
                old.name(),
                old.config(),
                old.labels(),
                old.tracked(),
                old.named(),
                old.length(),
                old.truncated(),
                old.provenance(),
                method);
        TrackedWords tracked = run.tracked();
        Projector projector = Projector.of(method, seed);
        Layout frozen = projector.frozen(tracked.frozen(), tracked.dimension());
        List<EpochView> out = new ArrayList<>();
        for (EpochView e : epochs) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("relayout cancelled");
            }
            Layout tuned = e.epoch() == 0 ? frozen : projector.next(e.snapshot().tuned(), tracked.dimension());
            out.add(new EpochView(
                    run,
                    e.snapshot(),
                    frozen,
                    tuned,
                    e.drift(),
                    Trust.of(e.drift().tunedNeighbours(), tuned)));
            progress.update(out.size(), epochs.size());
        }
        return out;
    }
}
