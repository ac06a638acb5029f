package org.driftscope.training;

/** The classifier trained on top of the embedding layer. */
public enum Model {
    /** Kim (2014): convolutions of several widths over the word vectors, max-over-time pooling, dropout. */
    KIM_CNN,
    /** The mean of the sentence's word vectors into softmax (fastText-style): a weak head, for comparison. */
    MEAN_EMBEDDING;

    /** The name users type: {@code kim-cnn}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
