package org.driftscope.training;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.driftscope.nd4j.Nd4jSetup;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Scores a network on the validation split: mean cross-entropy, accuracy and per-class F1.
 *
 * @param loss mean cross-entropy
 * @param accuracy share classified right
 * @param f1 per class, in label order
 */
record Validation(double loss, double accuracy, double[] f1) {
    static {
        Nd4jSetup.configure();
    }

    static Validation of(ComputationGraph net, TrainingData data, Batches batches, int batchSize) {
        int n = data.validationSize();
        int classes = data.labels().size();
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            DataSet ds = batches.of(null, from, to, data.validationTokens, data.validationLabels);
            var masks = ds.getFeaturesMaskArray() == null
                    ? null
                    : new org.nd4j.linalg.api.ndarray.INDArray[] {ds.getFeaturesMaskArray()};
            float[] p = net.output(false, new org.nd4j.linalg.api.ndarray.INDArray[] {ds.getFeatures()}, masks)[0]
                    .dup('c')
                    .reshape(-1)
                    .toFloatVector();
            for (int r = 0; r < to - from; r++) {
                int truth = data.validationLabels[from + r];
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (p[r * classes + c] > p[r * classes + best]) {
                        best = c;
                    }
                }
                confusion[truth][best]++;
                loss -= Math.log(Math.max(1e-12, p[r * classes + truth]));
            }
        }
        int correct = 0;
        double[] f1 = new double[classes];
        for (int c = 0; c < classes; c++) {
            correct += confusion[c][c];
            int predicted = 0;
            int actual = 0;
            for (int k = 0; k < classes; k++) {
                predicted += confusion[k][c];
                actual += confusion[c][k];
            }
            f1[c] = predicted + actual == 0 ? 0 : 2.0 * confusion[c][c] / (predicted + actual);
        }
        return new Validation(loss / Math.max(1, n), n == 0 ? 0 : (double) correct / n, f1);
    }
}
