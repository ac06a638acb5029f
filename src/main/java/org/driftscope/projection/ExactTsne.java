package org.driftscope.projection;

import java.util.Random;
import org.driftscope.work.Workers;

/**
 * t-SNE with the exact O(n^2) gradient, for the few hundred words a sample shows. Unlike Smile's
 * implementation it can start from a given layout without early exaggeration, which is what keeps an
 * epoch's picture in the frame of the one before. Distances are cosine (rows are normalised first),
 * the usual choice for word vectors.
 *
 * <p>van der Maaten, L. and Hinton, G. (2008). Visualizing Data using t-SNE. JMLR 9. Gains and momentum
 * follow van der Maaten, L. (2014). Accelerating t-SNE using Tree-Based Algorithms. JMLR 15.
 */
public final class ExactTsne {
    private static final double MIN_GAIN = 0.01;
    /** The smallest automatic step size (the Barnes-Hut path has always used it). */
    static final double MIN_LEARNING_RATE = 50;

    private ExactTsne() {}

    /**
     * @param data row-major vectors, {@code n * d} values
     * @param d the vectors' dimension
     * @param options the run's settings
     * @param start the layout to start from, or {@code null} for a small random one
     */
    public static Layout fit(float[] data, int d, TsneOptions options, Layout start) {
        return fit(data, d, options, start, (boolean[]) null);
    }

    /**
     * As {@link #fit(float[], int, TsneOptions, Layout)}, keeping the points marked in {@code pinned} exactly
     * where {@code start} has them (and not re-centring), so words whose vectors did not change stay put.
     */
    public static Layout fit(float[] data, int d, TsneOptions options, Layout start, boolean[] pinned) {
        return fit(data, d, options, start, Anchors.pins(pinned, data.length / d));
    }

    static Layout fit(float[] data, int d, TsneOptions options, Layout start, Anchors anchors) {
        int n = data.length / d;
        if (start != null && start.size() != n) {
            throw new IllegalArgumentException("start layout has " + start.size() + " points for " + n + " rows");
        }
        if (n < 2) {
            return new Layout(new double[2 * n]);
        }
        double[] p = affinities(normalisedRows(data, d), n, d, Math.min(options.perplexity(), (n - 1) / 3.0));
        double[] y = start != null ? start.xy() : randomStart(n, options.seed());
        optimise(p, y, n, options, learningRate(options, n), start != null, anchors);
        return new Layout(y);
    }

    private static void optimise(
            double[] p, double[] y, int n, TsneOptions options, double eta, boolean warm, Anchors anchors) {
        if (anchors.allPinned()) {
            return;
        }
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        double[] grad = new double[2 * n];
        double[] num = new double[n * n];
        for (int iter = 0; iter < options.iterations(); iter++) {
            double exaggeration = iter < options.exaggerationIterations() ? options.exaggeration() : 1;
            double momentum = warm || iter >= 250 ? 0.8 : 0.5;
            gradient(p, y, n, exaggeration, num, grad);
            anchors.addPairGradient(y, grad);
            for (int k = 0; k < 2 * n; k++) {
                if (anchors.pinned(k / 2)) {
                    continue;
                }
                double g = grad[k] + anchors.gradient(y, k);
                boolean sameSign = (g > 0) == (update[k] > 0);
                gains[k] = Math.max(MIN_GAIN, sameSign ? gains[k] * 0.8 : gains[k] + 0.2);
                update[k] = momentum * update[k] - eta * gains[k] * g;
                y[k] += update[k];
            }
        }
        if (!anchors.anyPinned() && anchors.xy() == null) {
            centre(y, n);
        }
    }

    /**
     * The step size: the option's, or n / 12 (Belkina et al. 2019) but at least {@value #MIN_LEARNING_RATE}.
     * Without the floor, a small set of near-duplicate vectors collapses to one point: below about 150
     * words n / 12 is so small that, under the 12x early exaggeration, each step shrinks a cluster of
     * almost equal rows by a constant factor; after 250 such steps its coordinates are equal to the last
     * bit, and coincident points have no gradient that could ever separate them again (the sentiment
     * sample's 72 words all sat at (0, 0)).
     */
    static double learningRate(TsneOptions options, int n) {
        return options.learningRate() > 0 ? options.learningRate() : Math.max(MIN_LEARNING_RATE, n / 12.0);
    }

    private static void gradient(double[] p, double[] y, int n, double exaggeration, double[] num, double[] grad) {
        // Row sums first, then a sequential total: a parallel DoubleStream sum depends on scheduling.
        double[] rowSums = Workers.map(n, i -> {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double q = i == j ? 0 : 1 / (1 + dx * dx + dy * dy);
                num[i * n + j] = q;
                sum += q;
            }
            return sum;
        });
        double total = 0;
        for (double r : rowSums) {
            total += r;
        }
        double z = total;
        Workers.forEach(n, i -> {
            double gx = 0;
            double gy = 0;
            for (int j = 0; j < n; j++) {
                double q = num[i * n + j];
                double mult = (exaggeration * p[i * n + j] - q / z) * q;
                gx += mult * (y[2 * i] - y[2 * j]);
                gy += mult * (y[2 * i + 1] - y[2 * j + 1]);
            }
            grad[2 * i] = 4 * gx;
            grad[2 * i + 1] = 4 * gy;
        });
    }

    /** Symmetric joint probabilities with each row's Gaussian calibrated to the perplexity. */
    static double[] affinities(double[] x, int n, int d, double perplexity) {
        double[] dist = new double[n * n];
        Workers.forEach(n, i -> {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += x[i * d + k] * x[j * d + k];
                }
                dist[i * n + j] = Math.max(0, 2 - 2 * dot);
            }
        });
        double[] cond = new double[n * n];
        double target = Math.log(perplexity);
        Workers.forEach(n, i -> Perplexity.calibrate(dist, i * n, cond, i * n, n, i, target));
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i * n + j] = Math.max(1e-12, (cond[i * n + j] + cond[j * n + i]) / (2.0 * n));
            }
        }
        return p;
    }

    private static double[] normalisedRows(float[] data, int d) {
        int n = data.length / d;
        double[] x = new double[data.length];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += (double) data[i * d + k] * data[i * d + k];
            }
            norm = norm > 0 ? Math.sqrt(norm) : 1;
            for (int k = 0; k < d; k++) {
                x[i * d + k] = data[i * d + k] / norm;
            }
        }
        return x;
    }

    /** A small random start, N(0, 1e-4) per coordinate, as van der Maaten's implementation uses. */
    static double[] randomStart(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[2 * n];
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextGaussian() * 1e-4;
        }
        return y;
    }

    private static void centre(double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }
}
