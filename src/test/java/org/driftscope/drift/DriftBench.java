package org.driftscope.drift;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Issue 5's speed target: the full drift report for 10,000 words x 300 dims, k = 10, per epoch, beside
 * the naive all-pairs neighbour search in nested Java loops (one run, for the ratio).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.drift.DriftBench}
 */
public final class DriftBench {
    private static final int N = 10_000;
    private static final int D = 300;
    private static final int K = 10;

    private DriftBench() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        float[] frozen = new float[N * D];
        for (int i = 0; i < frozen.length; i++) {
            frozen[i] = (float) random.nextGaussian();
        }
        float[] tuned = frozen.clone();
        for (int i = 0; i < N; i += 3) {
            for (int j = 0; j < D; j++) {
                tuned[i * D + j] += (float) (random.nextGaussian() * 0.3);
            }
        }
        List<String> words = IntStream.range(0, N).mapToObj(i -> "w" + i).toList();
        boolean[] movable = new boolean[N];
        java.util.Arrays.fill(movable, true);

        long t0 = System.nanoTime();
        var analyzer = new DriftAnalyzer(words, frozen, D, K, Exposure.allMovable(N), List.of(new int[] {0, 1}));
        double setup = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        for (int epoch = 1; epoch <= 3; epoch++) {
            long t = System.nanoTime();
            analyzer.next(epoch, tuned);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        long t1 = System.nanoTime();
        naiveNearest(tuned);
        double naive = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "frozen neighbours (once per run): %.2f s%n", setup);
        System.out.printf(Locale.ROOT, "drift report per epoch (best of 3): %.2f s%n", best);
        System.out.printf(
                Locale.ROOT,
                "naive all-pairs k-NN in Java loops: %.2f s (%.1fx the whole report)%n",
                naive,
                naive / best);
        System.exit(0);
    }

    /** The textbook version: every pair's cosine in plain loops, a sorted insert per row. */
    private static int[] naiveNearest(float[] m) {
        int[] nearest = new int[N * K];
        float[] sims = new float[K];
        for (int i = 0; i < N; i++) {
            java.util.Arrays.fill(sims, -2f);
            for (int j = 0; j < N; j++) {
                if (j == i) {
                    continue;
                }
                float s = (float) Cosine.of(m, i, m, j, D);
                int pos = K - 1;
                if (s <= sims[pos]) {
                    continue;
                }
                while (pos > 0 && sims[pos - 1] < s) {
                    sims[pos] = sims[pos - 1];
                    nearest[i * K + pos] = nearest[i * K + pos - 1];
                    pos--;
                }
                sims[pos] = s;
                nearest[i * K + pos] = j;
            }
        }
        return nearest;
    }
}
