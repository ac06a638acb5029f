package org.driftscope.projection;

import java.util.Locale;
import java.util.Random;

/**
 * Why the default learning rate is n / 12, but at least 50 (decision 0004): on a small input, a rate of 200 overshoots
 * in the first steps and the clusters never separate. Smile's exact t-SNE on the same points is the
 * baseline.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.projection.TsneLearningRateBench}
 */
public final class TsneLearningRateBench {
    private static final int CLUSTERS = 3;
    private static final int PER_CLUSTER = 30;
    private static final int D = 20;

    private TsneLearningRateBench() {}

    public static void main(String[] args) {
        int n = CLUSTERS * PER_CLUSTER;
        Random random = new Random(1);
        float[] data = new float[n * D];
        double[][] rows = new double[n][D];
        for (int c = 0; c < CLUSTERS; c++) {
            double[] centre = random.doubles(D).map(v -> v * 10 - 5).toArray();
            for (int i = 0; i < PER_CLUSTER; i++) {
                for (int k = 0; k < D; k++) {
                    double v = centre[k] + random.nextGaussian() * 0.3;
                    data[(c * PER_CLUSTER + i) * D + k] = (float) v;
                    rows[c * PER_CLUSTER + i][k] = v;
                }
            }
        }
        double perplexity = (n - 1) / 3.0;
        for (double rate : new double[] {200, 90 / 12.0, 0}) {
            var options = new TsneOptions(perplexity, 1000, rate, 12, 250, 3);
            Layout layout = ExactTsne.fit(data, D, options, null);
            System.out.printf(
                    Locale.ROOT,
                    "ExactTsne, learning rate %s: within/between %.4f%n",
                    rate == 0 ? "automatic, max(50, n / 12)" : Double.toString(rate),
                    separation(layout));
        }
        // Smile uses squared Euclidean distances; our rows are cosine-normalised first, so give it the same.
        for (double[] row : rows) {
            double norm = Math.sqrt(java.util.Arrays.stream(row).map(v -> v * v).sum());
            for (int k = 0; k < D; k++) {
                row[k] /= norm;
            }
        }
        var smile = new smile.manifold.TSNE(rows, 2, perplexity, 200, 1000);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = smile.coordinates[i][0];
            xy[2 * i + 1] = smile.coordinates[i][1];
        }
        System.out.printf(
                Locale.ROOT, "Smile TSNE, learning rate 200: within/between %.4f%n", separation(new Layout(xy)));
    }

    private static double separation(Layout layout) {
        double within = 0;
        double between = 0;
        int nw = 0;
        int nb = 0;
        for (int i = 0; i < layout.size(); i++) {
            for (int j = 0; j < i; j++) {
                double d = Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j));
                if (i / PER_CLUSTER == j / PER_CLUSTER) {
                    within += d;
                    nw++;
                } else {
                    between += d;
                    nb++;
                }
            }
        }
        return (within / nw) / (between / nb);
    }
}
