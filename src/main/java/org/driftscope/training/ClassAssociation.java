package org.driftscope.training;

/**
 * Which class a word pulls toward in the training data, and how hard: the smoothed log-odds of the
 * word in its most frequent class against all other classes (add-one smoothing over the vocabulary).
 *
 * @param leaning per word, the class index it leans to, or -1 when it never occurs
 * @param strength per word, the log-odds of that class (0 for -1); larger is more one-sided
 */
public record ClassAssociation(int[] leaning, double[] strength) {
    public ClassAssociation {
        leaning = leaning.clone();
        strength = strength.clone();
    }

    @Override
    public int[] leaning() {
        return leaning.clone();
    }

    @Override
    public double[] strength() {
        return strength.clone();
    }

    /**
     * @param counts {@code counts[word][class]}: occurrences in the training split
     * @param classTotals tokens per class in the training split
     * @param vocabulary the vocabulary size, for smoothing
     */
    public static ClassAssociation of(int[][] counts, long[] classTotals, int vocabulary) {
        int n = counts.length;
        int[] leaning = new int[n];
        double[] strength = new double[n];
        long all = 0;
        for (long t : classTotals) {
            all += t;
        }
        for (int w = 0; w < n; w++) {
            int best = -1;
            double bestOdds = 0;
            long total = 0;
            for (int c : counts[w]) {
                total += c;
            }
            for (int c = 0; c < classTotals.length && total > 0; c++) {
                double in = (counts[w][c] + 1.0) / (classTotals[c] + vocabulary);
                double out = (total - counts[w][c] + 1.0) / (all - classTotals[c] + vocabulary);
                double odds = Math.log(in / out);
                if (best < 0 || odds > bestOdds) {
                    best = c;
                    bestOdds = odds;
                }
            }
            leaning[w] = best;
            strength[w] = best < 0 ? 0 : bestOdds;
        }
        return new ClassAssociation(leaning, strength);
    }
}
