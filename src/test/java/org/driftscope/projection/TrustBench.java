package org.driftscope.projection;

import java.util.Locale;
import java.util.Random;
import org.driftscope.drift.Neighbours;

/**
 * Per-word trust of a layout at 5,000 and 20,000 drawn words (k = 10), as every epoch computes it,
 * beside the way it was computed until session 12 (every coordinate read through {@code Layout.xy()},
 * which copies the layout, and the layout's neighbours by an all-pairs search) in the same run.
 * Vectors: ten gaussian clusters in 50 dimensions; layout: the same clusters in 2-D; seed 1.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.projection.TrustBench}
 */
public final class TrustBench {
    private TrustBench() {}

    public static void main(String[] args) {
        for (int n : new int[] {5000, 20_000}) {
            Random r = new Random(1);
            int d = 50;
            float[] x = new float[n * d];
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                int c = r.nextInt(10);
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = (float) ((j == c ? 5 : 0) + r.nextGaussian());
                }
                xy[2 * i] = 20 * Math.cos(c) + r.nextGaussian();
                xy[2 * i + 1] = 20 * Math.sin(c) + r.nextGaussian();
            }
            Neighbours vectors = Neighbours.of(x, d, 10);
            Layout layout = new Layout(xy);
            for (int rep = 0; rep < 3; rep++) {
                long t = System.nanoTime();
                double[] before = asBefore(vectors, layout);
                double old = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                double[] now = Trust.of(vectors, layout);
                double fresh = (System.nanoTime() - t) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "n=%,d: before %.3f s, now %.3f s (%.1fx faster), same trust: %b%n",
                        n,
                        old,
                        fresh,
                        old / fresh,
                        java.util.Arrays.equals(before, now));
            }
        }
    }

    /** Trust as computed until session 12. */
    private static double[] asBefore(Neighbours vectorSpace, Layout layout) {
        int n = layout.size();
        int k = vectorSpace.k();
        float[] xy = new float[2 * n];
        for (int c = 0; c < 2 * n; c++) {
            xy[c] = (float) layout.xy()[c];
        }
        Neighbours plane = Neighbours.euclidean(xy, 2, k);
        double[] trust = new double[n];
        for (int i = 0; i < n; i++) {
            trust[i] = (double) Neighbours.shared(vectorSpace.of(i), plane.of(i)) / k;
        }
        return trust;
    }
}
