package org.driftscope.drift;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;

/**
 * The exact neighbour search every epoch runs several times (t-SNE's affinities, the pins, the drift
 * report, trust, the whole-table neighbours): {@link Neighbours#of} (cosine, k = 10 and 90),
 * {@link Neighbours#euclidean} and {@link Neighbours#among} on the 9,163 GloVe words and on the 10,000
 * benchmark points, the quickest of three runs each. It calls only the public API, so the same class
 * times another build when that build's classes come first on the class path:
 *
 * <pre>
 * java -cp BASELINE/target/classes:target/test-classes:DEPS org.driftscope.drift.NeighboursBench ../shared/data
 * java -cp target/classes:target/test-classes:DEPS org.driftscope.drift.NeighboursBench ../shared/data
 * </pre>
 */
public final class NeighboursBench {
    private NeighboursBench() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        WordVectors glove = VectorReader.read(shared.resolve("glove-6B-50d-head9163/glove.6B.50d.txt"));
        byte[] bytes = Files.readAllBytes(shared.resolve("bench/gauss10_n10000_d100.f32"));
        float[] bench = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(bench);
        float[] g = glove.matrix();
        int gd = glove.dimension();
        int[] drawn = java.util.stream.IntStream.range(0, 5000)
                .map(i -> i * 7 % glove.size())
                .toArray();
        time("GloVe 9,163 x 50, cosine, k = 10", () -> Neighbours.of(g, gd, 10));
        time("GloVe 9,163 x 50, cosine, k = 90", () -> Neighbours.of(g, gd, 90));
        time("GloVe, 5,000 rows among all 9,163, k = 10", () -> Neighbours.among(g, gd, drawn, 10));
        time("benchmark 10,000 x 100, Euclidean, k = 90", () -> Neighbours.euclidean(bench, 100, 90));
        time("benchmark 10,000 x 100, cosine, k = 10", () -> Neighbours.of(bench, 100, 10));
        System.exit(0);
    }

    private static void time(String what, java.util.function.Supplier<Neighbours> search) {
        double best = Double.POSITIVE_INFINITY;
        int check = 0;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            Neighbours nn = search.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            check = Arrays.hashCode(nn.indices());
        }
        System.out.printf(Locale.ROOT, "%s: %.3f s (result %08x)%n", what, best, check);
    }
}
