package org.driftscope.projection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One cold t-SNE of the first n benchmark points (../shared/data/bench, perplexity 30, 1,000
 * iterations, seed 1), timed from the vectors to the layout, its layout written for scoring beside the
 * peers: {@code docs/benchmarks/tsne_peers.sh} runs it, Rtsne and scikit-learn on the same points, one
 * after another, and scores every layout the same way.
 *
 * <p>Run: {@code java -cp ... org.driftscope.projection.TsneBench ../shared/data 10000 layout.f64}
 */
public final class TsneBench {
    private static final int D = 100;

    private TsneBench() {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        byte[] bytes = Files.readAllBytes(Path.of(args[0]).resolve("bench/gauss10_n10000_d100.f32"));
        float[] all = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(all);
        float[] x = Arrays.copyOf(all, n * D);
        long t = System.nanoTime();
        Layout layout = BarnesHutTsne.fit(x, D, TsneOptions.cold(1), null, false);
        System.out.printf(Locale.ROOT, "driftscope n=%d %.2f s%n", n, (System.nanoTime() - t) / 1e9);
        ByteBuffer out = ByteBuffer.allocate(16 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : layout.xy()) {
            out.putDouble(v);
        }
        Files.write(Path.of(args[2]), out.array());
        System.exit(0);
    }
}
