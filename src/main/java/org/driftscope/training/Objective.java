package org.driftscope.training;

import java.util.Locale;

/**
 * What a run trains the embedding table for: a classifier's labels, or word2vec's own unsupervised task
 * on the dataset's sentences (their labels unused), continued from the starting vectors.
 */
public enum Objective {
    /** Supervised fine-tuning: the table learns whatever helps the classifier predict the labels. */
    CLASSIFY(Double.NaN),
    /** Skip-gram with negative sampling (Mikolov et al. 2013): each word predicts the words around it. */
    SKIPGRAM(0.025),
    /** Continuous bag of words with negative sampling: the mean of the words around predicts the word. */
    CBOW(0.05);

    private final double startingRate;

    Objective(double startingRate) {
        this.startingRate = startingRate;
    }

    /** Whether the run trains a classifier on the labels. */
    public boolean supervised() {
        return this == CLASSIFY;
    }

    /**
     * word2vec's own starting step size for this objective (its SGD rate falls linearly to 1e-4 of it over
     * the run): 0.025 for skip-gram, 0.05 for CBOW, as in Mikolov's word2vec.c; NaN for the classifier,
     * whose rates are Adam's.
     */
    public double startingRate() {
        return startingRate;
    }

    /** The name users type: {@code skipgram}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name as shown in figures: {@code skip-gram}. */
    public String title() {
        return switch (this) {
            case CLASSIFY -> "classifier";
            case SKIPGRAM -> "skip-gram";
            case CBOW -> "CBOW";
        };
    }

    /** Parses a name as users type it ({@code skipgram}, {@code skip-gram}, {@code CBOW}). */
    public static Objective parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
    }
}
