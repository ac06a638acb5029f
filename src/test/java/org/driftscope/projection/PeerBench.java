package org.driftscope.projection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * One layout from scratch of the first n benchmark points (../shared/data/bench, Euclidean, seed 1),
 * timed from the vectors to the layout, written for scoring beside the peers: t-SNE (perplexity 30,
 * 1,000 iterations), which {@code docs/benchmarks/tsne_peers.sh} runs beside Rtsne and scikit-learn, or
 * UMAP (15 neighbours), which {@code docs/benchmarks/umap_peers.sh} runs beside uwot; each script scores
 * every layout the same way. Beyond the file's 10,000 rows the points are made by {@link #synthetic}.
 *
 * <p>Run: {@code java -cp ... org.driftscope.projection.PeerBench ../shared/data 10000 layout.f64 [tsne|umap]}
 */
public final class PeerBench {
    private static final int D = 100;

    private PeerBench() {}

    /**
     * n points made as the benchmark file's README says its were (ten gaussian clusters in 100-D,
     * centres N(0, 3^2) a coordinate, points centre + N(0, 1)), seed 7: for sizes beyond the file's.
     */
    static float[] synthetic(int n) {
        Random random = new Random(7);
        double[][] centres = new double[10][D];
        for (double[] c : centres) {
            for (int j = 0; j < D; j++) {
                c[j] = 3 * random.nextGaussian();
            }
        }
        float[] x = new float[n * D];
        for (int i = 0; i < n; i++) {
            double[] c = centres[random.nextInt(10)];
            for (int j = 0; j < D; j++) {
                x[i * D + j] = (float) (c[j] + random.nextGaussian());
            }
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        byte[] bytes = Files.readAllBytes(Path.of(args[0]).resolve("bench/gauss10_n10000_d100.f32"));
        float[] all = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(all);
        float[] x = n * D <= all.length ? Arrays.copyOf(all, n * D) : synthetic(n);
        long t = System.nanoTime();
        boolean umap = args.length > 3 && args[3].equals("umap");
        Layout layout = umap ? Umap.fit(x, D, 1, false) : BarnesHutTsne.fit(x, D, TsneOptions.cold(1), null, false);
        System.out.printf(Locale.ROOT, "driftscope n=%d %.2f s%n", n, (System.nanoTime() - t) / 1e9);
        ByteBuffer out = ByteBuffer.allocate(16 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : layout.xy()) {
            out.putDouble(v);
        }
        Files.write(Path.of(args[2]), out.array());
        System.exit(0);
    }
}
