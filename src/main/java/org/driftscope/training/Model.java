package org.driftscope.training;

/** The classifier trained on top of the embedding layer. */
public enum Model {
    /** Kim (2014): convolutions of several widths over the word vectors, max-over-time pooling, dropout. */
    KIM_CNN,
    /** The mean of the sentence's word vectors into softmax (fastText-style): a weak head, for comparison. */
    MEAN_EMBEDDING,
    /**
     * A bidirectional LSTM over the embedded sentence ({@link #LSTM_UNITS} units each way, padding masked),
     * max-pooled over time, dropout, softmax: the recurrent head beside Kim's CNN.
     */
    BILSTM;

    /** Units of each direction's LSTM. */
    public static final int LSTM_UNITS = 100;

    /** The name users type: {@code kim-cnn}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
