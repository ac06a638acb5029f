package org.driftscope.training;

/**
 * What one epoch left behind, copied out of ND4J so any thread may read it. Epoch 0 is the state
 * before training.
 *
 * @param epoch 1-based epoch number, 0 before training
 * @param trainLoss mean cross-entropy over the epoch's batches (NaN at epoch 0)
 * @param validationLoss mean cross-entropy on the validation split
 * @param validationAccuracy share of validation sentences classified right, in [0, 1]
 * @param f1 per class (in label order), on the validation split
 * @param tuned row-major vectors of the tracked words after this epoch
 * @param millis wall time of the epoch's training
 * @param snapshotMillis wall time of copying the vectors out and validating
 */
public record EpochSnapshot(
        int epoch,
        double trainLoss,
        double validationLoss,
        double validationAccuracy,
        double[] f1,
        float[] tuned,
        long millis,
        long snapshotMillis) {
    public EpochSnapshot {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative");
        }
        f1 = f1.clone();
        tuned = tuned.clone();
    }

    /**
     * How the epoch scored on the validation split: its accuracy for a classifier, its loss for word2vec's
     * objectives, which classify nothing.
     */
    public String validationText() {
        return Double.isNaN(validationAccuracy)
                ? String.format(java.util.Locale.ROOT, "validation loss %.3f", validationLoss)
                : String.format(java.util.Locale.ROOT, "validation accuracy %.3f", validationAccuracy);
    }

    @Override
    public double[] f1() {
        return f1.clone();
    }

    @Override
    public float[] tuned() {
        return tuned.clone();
    }
}
