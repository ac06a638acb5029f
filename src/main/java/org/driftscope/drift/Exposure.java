package org.driftscope.drift;

/**
 * What training did to each word's chance to move, and what the task pulls it toward.
 *
 * @param trainCounts occurrences in the training split (0: the word cannot move)
 * @param pretrained whether the word started from a pretrained vector (false: random start)
 * @param movable whether training can change the word at all (seen in training, embedding tuned)
 * @param leaning index of the class the word leans to, or -1
 * @param association log-odds of that class, 0 when unused
 */
public record Exposure(
        int[] trainCounts, boolean[] pretrained, boolean[] movable, int[] leaning, double[] association) {
    public Exposure {
        trainCounts = trainCounts.clone();
        pretrained = pretrained.clone();
        movable = movable.clone();
        leaning = leaning.clone();
        association = association.clone();
        int n = trainCounts.length;
        if (pretrained.length != n || movable.length != n || leaning.length != n || association.length != n) {
            throw new IllegalArgumentException("exposure arrays must agree in size");
        }
    }

    /** Every word seen, pretrained, movable, unassociated: for tests and synthetic data. */
    public static Exposure allMovable(int n) {
        int[] counts = new int[n];
        boolean[] yes = new boolean[n];
        int[] none = new int[n];
        java.util.Arrays.fill(counts, 1);
        java.util.Arrays.fill(yes, true);
        java.util.Arrays.fill(none, -1);
        return new Exposure(counts, yes, yes, none, new double[n]);
    }

    public int trainCount(int i) {
        return trainCounts[i];
    }

    public boolean pretrained(int i) {
        return pretrained[i];
    }

    public boolean movable(int i) {
        return movable[i];
    }

    public int leaning(int i) {
        return leaning[i];
    }

    public double association(int i) {
        return association[i];
    }

    @Override
    public int[] trainCounts() {
        return trainCounts.clone();
    }

    @Override
    public boolean[] pretrained() {
        return pretrained.clone();
    }

    @Override
    public boolean[] movable() {
        return movable.clone();
    }

    @Override
    public int[] leaning() {
        return leaning.clone();
    }

    @Override
    public double[] association() {
        return association.clone();
    }
}
