package org.driftscope.run;

import org.driftscope.session.EpochView;
import org.driftscope.training.RunOutcome;
import org.driftscope.training.TunedTable;

/** Hears a {@link LiveRun}, on the executor the observer chose (the FX thread in the app). */
public interface RunObserver {
    /** Progress within an epoch, for progress bars: at most about ten a second, and each epoch's last batch. */
    default void onProgress(int epoch, int batch, int batches) {}

    /**
     * The whole embedding table after an epoch, just before that epoch's {@link #onEpoch}: what a full
     * export of the fine-tuned vectors writes. Keep the latest only; each is the vocabulary's size.
     */
    default void onTable(TunedTable table) {}

    /** An epoch laid out and ready to show; epoch 0 (before training) comes first. */
    void onEpoch(EpochView view);

    /**
     * An epoch could not be laid out (a failure in the projection code). Training stops; the
     * epochs before it were delivered and stay; {@link #onFinished} still follows.
     */
    default void onLayoutFailed(int epoch, RuntimeException error) {}

    /** Once, after the last epoch view. */
    void onFinished(RunOutcome outcome);
}
