package org.driftscope.drift;

/**
 * A word among the most moved, with its displacement after every epoch so far (for sparklines).
 *
 * @param word the word
 * @param index its row among the tracked words
 * @param history cosine displacement from frozen after epochs 1, 2, ...
 */
public record Mover(String word, int index, double[] history) {
    public Mover {
        history = history.clone();
    }

    @Override
    public double[] history() {
        return history.clone();
    }

    public double latest() {
        return history.length == 0 ? 0 : history[history.length - 1];
    }
}
