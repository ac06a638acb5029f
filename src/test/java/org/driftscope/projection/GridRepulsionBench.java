package org.driftscope.projection;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.driftscope.work.Workers;

/**
 * Decision 0019's experiment: t-SNE's repulsion for one finished layout of the 10,000 benchmark points
 * (Driftscope's own t-SNE of ../shared/data/bench, seed 1), computed by the quadtree the app used until
 * session 15 ({@link QuadTree}, one recursive walk per point, theta 0.5), by the flat tree it uses now
 * ({@link MortonTree}, one walk per group of points, decision 0024) and by grid interpolation with FFT
 * ({@link FftRepulsion}, FIt-SNE's scheme, with or without the near pairs split off, {@link Near}):
 * milliseconds a call over the 10,000 points, and the error of forces and Z against the sum over all pairs
 * on the layout's first 3,000 points. A second argument names a layout to use instead, as {@link PeerBench}
 * writes them (little-endian doubles, x and y a point): builds can then be compared on one layout, at
 * any size. Times are the median of 25 calls after 20 of warm-up.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.projection.GridRepulsionBench -Dexec.args="../shared/data [layout.f64]"}
 */
public final class GridRepulsionBench {
    private GridRepulsionBench() {}

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]).resolve("bench/gauss10_n10000_d100.f32"));
        float[] x = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(x);
        double[] y = args.length > 1
                ? layout(Path.of(args[1]))
                : BarnesHutTsne.fit(x, 100, TsneOptions.cold(1), null, false).xy();
        int n = y.length / 2;
        double span = Arrays.stream(y).max().orElse(0) - Arrays.stream(y).min().orElse(0);
        System.out.printf(Locale.ROOT, "layout of %,d points, span %.1f%n", n, span);
        int m = 3000;
        double[] part = Arrays.copyOf(y, 2 * m);
        double[] truth = new double[2 * m];
        double zTruth = exact(part, m, truth);

        double[] f = new double[2 * n];
        double ms = time(() -> quadtree(y, n, f));
        double[] g = new double[2 * m];
        double z = quadtree(part, m, g);
        report("quadtree, theta 0.5", ms, g, truth, z, zTruth);
        for (double theta : new double[] {0.5, 0.7, 1.0}) {
            double tg = time(() -> grouped(y, n, f, theta));
            double zgr = grouped(part, m, g, theta);
            report(
                    String.format(Locale.ROOT, "flat tree, grouped walks, theta %.1f", theta),
                    tg,
                    g,
                    truth,
                    zgr,
                    zTruth);
        }
        // nodes a box, box width, near radius in boxes (0: no split)
        for (double[] c : new double[][] {{3, 1, 0}, {3, 2, 1.5}, {4, 4, 1}, {4, 2, 1.5}, {3, 2, 1}}) {
            FftRepulsion grid = new FftRepulsion(c[1], (int) c[0], c[2]);
            double t = time(() -> grid.repel(y, n, f));
            double zg = new FftRepulsion(c[1], (int) c[0], c[2]).repel(part, m, g);
            report(
                    String.format(
                            Locale.ROOT,
                            "grid, %d nodes a box, box %.0f, near pairs within %.0f",
                            (int) c[0],
                            c[1],
                            c[1] * c[2]),
                    t,
                    g,
                    truth,
                    zg,
                    zTruth);
        }
        System.exit(0);
    }

    private static double[] layout(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        double[] y = new double[bytes.length / 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(y);
        return y;
    }

    private static double time(Runnable call) {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        double[] ms = new double[25];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static double quadtree(double[] y, int n, double[] out) {
        QuadTree tree = QuadTree.build(y, n);
        double[] z = Workers.map(n, i -> {
            double[] f = new double[2];
            double part = tree.repulse(i, y[2 * i], y[2 * i + 1], 0.5, f);
            out[2 * i] = f[0];
            out[2 * i + 1] = f[1];
            return part;
        });
        return Arrays.stream(z).sum();
    }

    private static double grouped(double[] y, int n, double[] out, double theta) {
        double[] z = new double[n];
        MortonTree.build(y, n).repulseAll(theta, out, z);
        return Arrays.stream(z).sum();
    }

    private static void report(String what, double ms, double[] f, double[] truth, double z, double zTruth) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < f.length; c++) {
            num += (f[c] - truth[c]) * (f[c] - truth[c]);
            den += truth[c] * truth[c];
        }
        System.out.printf(
                Locale.ROOT,
                "%-52s %6.1f ms a call; force error %.4f, Z error %.5f%n",
                what,
                ms,
                Math.sqrt(num / den),
                Math.abs(z - zTruth) / zTruth);
    }

    /** The sum over all pairs the approximations stand for: forces into {@code out}, Z returned. */
    static double exact(double[] y, int n, double[] out) {
        double z = 0;
        for (int i = 0; i < n; i++) {
            double fx = 0;
            double fy = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double q = 1 / (1 + dx * dx + dy * dy);
                    z += q;
                    fx += q * q * dx;
                    fy += q * q * dy;
                }
            }
            out[2 * i] = fx;
            out[2 * i + 1] = fy;
        }
        return z;
    }
}
