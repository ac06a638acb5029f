package org.driftscope.training;

import org.driftscope.corpus.Vocabulary;
import org.driftscope.nd4j.Nd4jSetup;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns index sequences into DL4J mini-batches. The mean-of-embeddings and BiLSTM heads get a mask, so
 * that padding neither dilutes the mean nor runs through the recurrences (the backward LSTM would
 * otherwise start on the padding); Kim's CNN sees the zero padding, as in his implementation.
 */
final class Batches {
    static {
        Nd4jSetup.configure();
    }

    private final int length;
    private final int classes;
    private final boolean masked;

    Batches(TrainingData data, RunConfig config) {
        this.length = data.length;
        this.classes = data.labels().size();
        this.masked = config.model() != Model.KIM_CNN;
    }

    /**
     * @param order document order, or {@code null} for documents {@code from..to} as they are
     */
    DataSet of(int[] order, int from, int to, int[][] tokens, int[] labels) {
        int m = to - from;
        float[] features = new float[m * length];
        float[] mask = masked ? new float[m * length] : null;
        float[] oneHot = new float[m * classes];
        for (int r = 0; r < m; r++) {
            int doc = order == null ? from + r : order[from + r];
            for (int t = 0; t < length; t++) {
                features[r * length + t] = tokens[doc][t];
                if (masked && (t == 0 || tokens[doc][t] != Vocabulary.PADDING)) {
                    mask[r * length + t] = 1f;
                }
            }
            oneHot[r * classes + labels[doc]] = 1f;
        }
        INDArray f = Nd4j.create(features, new long[] {m, length}, 'c');
        INDArray l = Nd4j.create(oneHot, new long[] {m, classes}, 'c');
        return masked ? new DataSet(f, l, Nd4j.create(mask, new long[] {m, length}, 'c'), null) : new DataSet(f, l);
    }

    /** 0..n-1 in an order drawn from {@code random} (Fisher-Yates). */
    static int[] shuffled(int n, java.util.Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
