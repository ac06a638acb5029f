package org.driftscope.training;

/**
 * What one epoch left behind, copied out of ND4J so any thread may read it. Epoch 0 is the state
 * before training.
 *
 * @param epoch 1-based epoch number, 0 before training
 * @param trainLoss mean cross-entropy over the epoch's batches (NaN at epoch 0)
 * @param validationLoss mean cross-entropy on the validation split
 * @param validationAccuracy share of validation sentences classified right, in [0, 1]
 * @param tuned row-major vectors of the tracked words after this epoch
 * @param millis wall time of the epoch's training
 */
public record EpochSnapshot(
        int epoch, double trainLoss, double validationLoss, double validationAccuracy, float[] tuned, long millis) {
    public EpochSnapshot {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative");
        }
        tuned = tuned.clone();
    }

    @Override
    public float[] tuned() {
        return tuned.clone();
    }
}
