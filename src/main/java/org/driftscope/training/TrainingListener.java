package org.driftscope.training;

/**
 * Hears what a {@link TrainingRun} does. Called on the training thread: implementations hand the
 * (immutable) values on to their own thread and return quickly.
 */
public interface TrainingListener {
    /** After each batch, for progress bars. */
    default void onBatch(int epoch, int batch, int batches) {}

    /**
     * After each epoch (and once for epoch 0), just before {@link #onEpoch}: the whole embedding table,
     * of which the snapshot holds the tracked rows.
     */
    default void onTable(TunedTable table) {}

    /** After each epoch (and once for epoch 0, before training). */
    void onEpoch(EpochSnapshot snapshot);

    /** Exactly once, when the run ends for any reason. */
    void onFinished(RunOutcome outcome);
}
