package org.driftscope.training;

import java.util.List;

/**
 * The words whose vectors a run follows epoch by epoch, with their pretrained ("frozen") rows.
 *
 * @param words the words, in display order
 * @param trainCounts how often each word occurs in the training split (0: it cannot move)
 * @param leaning for each word, the index of the class whose training sentences use it most, or -1
 *     when it is unused or shared evenly
 * @param association for each word, the smoothed log-odds of its leaning class (0 when unused): how
 *     hard the task pulls it toward that class
 * @param pretrained for each word, whether it started from a pretrained vector (false: random start)
 * @param frozen row-major pretrained vectors, {@code words.size() * dimension} values
 * @param dimension vector length
 */
public record TrackedWords(
        List<String> words,
        int[] trainCounts,
        int[] leaning,
        double[] association,
        boolean[] pretrained,
        float[] frozen,
        int dimension) {
    public TrackedWords {
        words = List.copyOf(words);
        trainCounts = trainCounts.clone();
        leaning = leaning.clone();
        association = association.clone();
        pretrained = pretrained.clone();
        frozen = frozen.clone();
        if (trainCounts.length != words.size()
                || leaning.length != words.size()
                || association.length != words.size()
                || pretrained.length != words.size()
                || frozen.length != words.size() * dimension) {
            throw new IllegalArgumentException("tracked words, counts and vectors disagree in size");
        }
    }

    public int size() {
        return words.size();
    }

    @Override
    public int[] trainCounts() {
        return trainCounts.clone();
    }

    public int trainCount(int i) {
        return trainCounts[i];
    }

    @Override
    public int[] leaning() {
        return leaning.clone();
    }

    public int leaning(int i) {
        return leaning[i];
    }

    @Override
    public double[] association() {
        return association.clone();
    }

    @Override
    public boolean[] pretrained() {
        return pretrained.clone();
    }

    @Override
    public float[] frozen() {
        return frozen.clone();
    }
}
