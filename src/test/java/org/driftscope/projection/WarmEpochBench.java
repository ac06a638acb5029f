package org.driftscope.projection;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;

/**
 * Issue 23's warm per-epoch update: the t-SNE projector's {@code next} (pins, restarts, springs, the
 * change-stress term and a warm Barnes-Hut t-SNE, decision 0016) after a frozen layout, on the 9,163
 * GloVe words of ../shared/data (every fifth vector nudged by N(0, 0.1) a coordinate) and on the 10,000
 * benchmark points compared by cosine (every seventh coordinate moved by 0.5). Each round primes a fresh
 * projector with the same frozen layout and times one {@code next}; prints every round and the median.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.projection.WarmEpochBench -Dexec.args="../shared/data 5"}
 */
public final class WarmEpochBench {
    private WarmEpochBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        WordVectors glove = VectorReader.read(data.resolve("glove-6B-50d-head9163/glove.6B.50d.txt"));
        float[] words = Arrays.copyOf(glove.matrix(), glove.size() * glove.dimension());
        float[] nudged = words.clone();
        Random random = new Random(8);
        for (int i = 0; i < glove.size(); i += 5) {
            for (int c = 0; c < glove.dimension(); c++) {
                nudged[i * glove.dimension() + c] += (float) (random.nextGaussian() * 0.1);
            }
        }
        bench("GloVe 9,163 x 50", words, nudged, glove.dimension(), rounds);

        byte[] bytes = Files.readAllBytes(data.resolve("bench/gauss10_n10000_d100.f32"));
        float[] points = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(points);
        float[] moved = points.clone();
        for (int c = 0; c < moved.length; c += 7) {
            moved[c] += 0.5f;
        }
        bench("benchmark points 10,000 x 100", points, moved, 100, rounds);
        System.exit(0);
    }

    private static void bench(String what, float[] frozen, float[] tuned, int d, int rounds) {
        Layout before = new TsneProjector(3).frozen(frozen, d);
        double[] seconds = new double[rounds];
        Layout after = null;
        for (int r = 0; r < rounds; r++) {
            TsneProjector projector = new TsneProjector(3);
            projector.frozen(frozen, d, before);
            long t = System.nanoTime();
            after = projector.next(tuned, d);
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        Fidelity fidelity = Fidelity.of(frozen, tuned, d, before, after);
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: warm epoch %s s, median %.2f s; 10-NN kept %.3f%n",
                what,
                Arrays.toString(Arrays.stream(seconds)
                        .map(s -> Math.round(s * 100) / 100.0)
                        .toArray()),
                sorted[rounds / 2],
                fidelity.preservation());
    }
}
