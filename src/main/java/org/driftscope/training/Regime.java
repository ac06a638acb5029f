package org.driftscope.training;

/** How the embedding layer is initialised and whether training may change it (Kim 2014, section 3.1). */
public enum Regime {
    /** Every word starts random and is trained. */
    RAND(false, true),
    /** Pretrained vectors, frozen: the embedding never changes. */
    STATIC(true, false),
    /** Pretrained vectors, fine-tuned with the rest of the network. */
    NON_STATIC(true, true);

    private final boolean pretrained;
    private final boolean trainable;

    Regime(boolean pretrained, boolean trainable) {
        this.pretrained = pretrained;
        this.trainable = trainable;
    }

    public boolean usesPretrained() {
        return pretrained;
    }

    public boolean trainsEmbedding() {
        return trainable;
    }

    /** The name users type: {@code non-static}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
