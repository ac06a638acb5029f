package org.driftscope.session;

import java.util.Objects;
import org.driftscope.drift.DriftReport;
import org.driftscope.projection.Fidelity;
import org.driftscope.projection.Layout;
import org.driftscope.training.EpochSnapshot;

/**
 * One epoch ready to look at: the training snapshot and the frozen and tuned layouts in one frame.
 *
 * @param run what stays the same for the whole run
 * @param snapshot the epoch's numbers and tuned vectors
 * @param frozen layout of the pretrained vectors (the same object every epoch)
 * @param tuned layout of the tuned vectors, aligned onto {@code frozen}
 * @param drift the numbers behind the picture, in the full vector space
 * @param trust per word, the share of its 10 nearest neighbours in vector space that are also its
 *     nearest in the tuned layout: how far to believe its position
 * @param fidelity how far the two layouts together show the change from the frozen vectors to these
 */
public record EpochView(
        RunSummary run,
        EpochSnapshot snapshot,
        Layout frozen,
        Layout tuned,
        DriftReport drift,
        double[] trust,
        Fidelity fidelity) {
    /**
     * The view with its picture's fidelity measured (the vectors and both layouts are compared), reusing
     * the drift analysis's neighbour lists.
     */
    public EpochView(
            RunSummary run, EpochSnapshot snapshot, Layout frozen, Layout tuned, DriftReport drift, double[] trust) {
        this(
                run,
                snapshot,
                frozen,
                tuned,
                drift,
                trust,
                Fidelity.of(
                        run.tracked().frozen(),
                        snapshot.tuned(),
                        run.tracked().dimension(),
                        frozen,
                        tuned,
                        drift.frozenNeighbours(),
                        drift.tunedNeighbours()));
    }

    public EpochView {
        Objects.requireNonNull(fidelity, "fidelity");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(frozen, "frozen");
        Objects.requireNonNull(tuned, "tuned");
        Objects.requireNonNull(drift, "drift");
        trust = trust.clone();
        if (trust.length != tuned.size()) {
            throw new IllegalArgumentException("one trust value per word");
        }
    }

    @Override
    public double[] trust() {
        return trust.clone();
    }

    public int epoch() {
        return snapshot.epoch();
    }
}
