package org.driftscope.projection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One layout from scratch of the first n benchmark points (../shared/data/bench, Euclidean, seed 1),
 * timed from the vectors to the layout, written for scoring beside the peers: t-SNE (perplexity 30,
 * 1,000 iterations), which {@code docs/benchmarks/tsne_peers.sh} runs beside Rtsne and scikit-learn, or
 * UMAP (15 neighbours), which {@code docs/benchmarks/umap_peers.sh} runs beside uwot; each script scores
 * every layout the same way.
 *
 * <p>Run: {@code java -cp ... org.driftscope.projection.PeerBench ../shared/data 10000 layout.f64 [tsne|umap]}
 */
public final class PeerBench {
    private static final int D = 100;

    private PeerBench() {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        byte[] bytes = Files.readAllBytes(Path.of(args[0]).resolve("bench/gauss10_n10000_d100.f32"));
        float[] all = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(all);
        float[] x = Arrays.copyOf(all, n * D);
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
