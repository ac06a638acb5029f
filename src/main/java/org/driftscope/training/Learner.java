package org.driftscope.training;

/**
 * What a {@link TrainingRun} trains an epoch at a time: the classifier network ({@link ClassifierLearner})
 * or word2vec's own task on the sentences ({@link Continuation}). Used on the run's thread only.
 */
interface Learner {
    /**
     * Trains one 1-based epoch, asking {@code steps} before every batch whether to go on.
     *
     * @return the mean training loss over the epoch's batches, or NaN when stopped part-way
     * @throws ArithmeticException when the loss stops being finite
     */
    double train(int epoch, Steps steps) throws InterruptedException;

    /** The given rows of the embedding table, row-major, copied. */
    float[] rows(int[] rows);

    /** The table's rows from {@code from} on, row-major, copied. */
    float[] rowsFrom(int from);

    /** Scores the model on the validation split. */
    Validation validate();

    /** Between batches: pause, stop and progress. */
    interface Steps {
        /** Waits while the run is paused; false when it should stop before the next batch. */
        boolean next() throws InterruptedException;

        /** After batch {@code batch} of {@code batches}, for progress bars. */
        void done(int epoch, int batch, int batches);
    }
}
