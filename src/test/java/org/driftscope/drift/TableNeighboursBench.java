package org.driftscope.drift;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Issue 21's cost of neighbours over the whole table: a 20,000-row x 300-dim embedding table, k = 10,
 * the drift report per epoch for 400 and for 2,000 drawn words, with their neighbours searched among
 * every row of the table, against the same report searching among the drawn words only (the build
 * before), in the same run.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.drift.TableNeighboursBench}
 */
public final class TableNeighboursBench {
    private static final int ROWS = 20_000;
    private static final int D = 300;
    private static final int K = 10;

    private TableNeighboursBench() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        float[] frozen = new float[ROWS * D];
        for (int i = 0; i < frozen.length; i++) {
            frozen[i] = (float) random.nextGaussian();
        }
        float[] tuned = frozen.clone();
        for (int i = 0; i < ROWS; i += 3) {
            for (int j = 0; j < D; j++) {
                tuned[i * D + j] += (float) (random.nextGaussian() * 0.3);
            }
        }
        List<String> table = IntStream.range(0, ROWS).mapToObj(i -> "w" + i).toList();
        for (int drawn : new int[] {400, 2_000}) {
            int[] rows = IntStream.range(0, drawn).map(i -> i * (ROWS / drawn)).toArray();
            float[] f = pick(frozen, rows);
            float[] t = pick(tuned, rows);
            List<String> words = IntStream.of(rows).mapToObj(table::get).toList();
            var onlyDrawn = new DriftAnalyzer(words, f, D, K, Exposure.allMovable(drawn), List.of());
            var whole = new DriftAnalyzer(words, f, D, K, Exposure.allMovable(drawn), List.of());
            long t0 = System.nanoTime();
            Neighbours before = TableNeighbours.search(frozen, D, rows, K);
            double once = (System.nanoTime() - t0) / 1e9;
            double drawnBest = Double.MAX_VALUE;
            double wholeBest = Double.MAX_VALUE;
            for (int epoch = 1; epoch <= 3; epoch++) {
                long a = System.nanoTime();
                onlyDrawn.next(epoch, t);
                drawnBest = Math.min(drawnBest, (System.nanoTime() - a) / 1e9);
                long b = System.nanoTime();
                whole.next(epoch, t, TableNeighbours.of(table, tuned, D, rows, K, before));
                wholeBest = Math.min(wholeBest, (System.nanoTime() - b) / 1e9);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%,d drawn of a %,d-row table: frozen table search once %.2f s; report per epoch among the"
                            + " drawn %.3f s, among the whole table %.3f s (%.1fx)%n",
                    drawn,
                    ROWS,
                    once,
                    drawnBest,
                    wholeBest,
                    wholeBest / drawnBest);
        }
        System.exit(0);
    }

    private static float[] pick(float[] m, int[] rows) {
        float[] out = new float[rows.length * D];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(m, rows[i] * D, out, i * D, D);
        }
        return out;
    }
}
