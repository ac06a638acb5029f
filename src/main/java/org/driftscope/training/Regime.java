package org.driftscope.training;

/** How the embedding layer is initialised and whether training may change it (Kim 2014, section 3.1). */
public enum Regime {
    /** Every word starts random and is trained. */
    RAND(false, true, 1),
    /** Pretrained vectors, frozen: the embedding never changes. */
    STATIC(true, false, 1),
    /** Pretrained vectors, fine-tuned with the rest of the network. */
    NON_STATIC(true, true, 1),
    /** Two copies of the pretrained vectors side by side, one frozen and one fine-tuned. */
    MULTICHANNEL(true, true, 2);

    private final boolean pretrained;
    private final boolean trainable;
    private final int channels;

    Regime(boolean pretrained, boolean trainable, int channels) {
        this.pretrained = pretrained;
        this.trainable = trainable;
        this.channels = channels;
    }

    public boolean usesPretrained() {
        return pretrained;
    }

    public boolean trainsEmbedding() {
        return trainable;
    }

    /** Embedding tables the network holds: 2 for multichannel. */
    public int channels() {
        return channels;
    }

    /** The name users type: {@code non-static}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a name as users type it ({@code non-static}, {@code NON_STATIC}). */
    public static Regime parse(String text) {
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
