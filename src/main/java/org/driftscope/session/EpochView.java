package org.driftscope.session;

import java.util.Objects;
import org.driftscope.drift.DriftReport;
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
 */
public record EpochView(
        RunSummary run, EpochSnapshot snapshot, Layout frozen, Layout tuned, DriftReport drift, double[] trust) {
    public EpochView {
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
