package org.driftscope.projection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.driftscope.drift.Neighbours;
import org.driftscope.training.BackgroundTraining;
import org.driftscope.training.Regime;

/**
 * Issue 9's figures on ../shared/data/bench/gauss10_n10000_d100.f32 (its first 1k/2k/5k/10k rows):
 * Barnes-Hut t-SNE cold (perplexity 30, 1,000 iterations), a warm-started update of 5,000 points,
 * Smile 3.1.1's exact t-SNE and Driftscope's UMAP on the same points in the same run, and PCA of 10,000 x 300. Quality is mean
 * 10-NN preservation (Euclidean, input vs layout), as in the data's README. A third argument measures
 * beside a training run in the same process: {@code shared} (training keeps going) or {@code held}
 * (training waits while each layout runs, as in the app).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.projection.ProjectionBench -Dexec.args="../shared/data 10000"}
 */
public final class ProjectionBench {
    private static final int D = 100;

    private ProjectionBench() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int largest = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String mode = args.length > 2 ? args[2] : "idle";
        if (mode.equals("idle")) {
            measure(shared, largest, false, Gate.NONE);
        } else {
            // "shared": training keeps every core it wants; "held": as the app does it, training waits
            // between batches while a layout is computed (LiveRun, docs/decisions/0010)
            boolean held = mode.equals("held");
            try (BackgroundTraining load = BackgroundTraining.start(shared, Regime.MULTICHANNEL)) {
                int before = load.batches();
                measure(shared, largest, true, held ? new Gate(load::hold, load::release) : Gate.NONE);
                System.out.printf(
                        Locale.ROOT,
                        "beside a multichannel MR training run (%s): %,d batches trained meanwhile%n",
                        mode,
                        load.batches() - before);
            }
        }
        System.exit(0);
    }

    /** What happens around each timed layout: nothing, or a hold on the training run beside it. */
    private record Gate(Runnable enter, Runnable leave) {
        static final Gate NONE = new Gate(() -> {}, () -> {});

        double seconds(java.util.function.Supplier<Layout> work, Layout[] out) {
            long t = System.nanoTime();
            enter.run();
            try {
                out[0] = work.get();
            } finally {
                leave.run();
            }
            return (System.nanoTime() - t) / 1e9;
        }
    }

    private static void measure(Path shared, int largest, boolean skipSmile, Gate gate) throws IOException {
        float[] all = read(shared.resolve("bench/gauss10_n10000_d100.f32"));
        for (int n : new int[] {1000, 2000, 5000, 10_000}) {
            if (n > largest) {
                break;
            }
            float[] x = Arrays.copyOf(all, n * D);
            Layout[] out = new Layout[1];
            double seconds = gate.seconds(() -> BarnesHutTsne.fit(x, D, TsneOptions.cold(1), null, false), out);
            Layout bh = out[0];
            String smile = "";
            if (n <= 2000 && !skipSmile) {
                long s = System.nanoTime();
                Layout exact = smileExact(x, n);
                smile = String.format(
                        Locale.ROOT,
                        "; Smile exact %.2f s, 10-NN %.3f",
                        (System.nanoTime() - s) / 1e9,
                        preservation(x, exact));
            }
            System.out.printf(
                    Locale.ROOT,
                    "n=%,d: Barnes-Hut %.2f s, 10-NN %.3f%s; %s%n",
                    n,
                    seconds,
                    preservation(x, bh),
                    smile,
                    skipSmile ? "" : umap(x, n));
            if (n == 5000) {
                float[] moved = x.clone();
                for (int i = 0; i < moved.length; i += 7) {
                    moved[i] += 0.5f;
                }
                double w = gate.seconds(() -> BarnesHutTsne.fit(moved, D, TsneOptions.warm(1), bh, false), out);
                System.out.printf(
                        Locale.ROOT,
                        "n=5,000 warm-started update (%d iterations): %.2f s, 10-NN %.3f%n",
                        TsneOptions.warm(1).iterations(),
                        w,
                        preservation(moved, out[0]));
            }
        }
        java.util.Random random = new java.util.Random(3);
        float[] big = new float[10_000 * 300];
        for (int i = 0; i < big.length; i++) {
            big[i] = (float) random.nextGaussian();
        }
        Projector pca = Projector.of(ProjectionMethod.PCA, 1);
        double p = gate.seconds(() -> pca.frozen(big, 300), new Layout[1]);
        System.out.printf(Locale.ROOT, "PCA of 10,000 x 300 (fit + project): %.2f s%n", p);
    }

    /** Driftscope's UMAP (15 neighbours, Euclidean, as the data's README ran uwot) on the same points. */
    private static String umap(float[] x, int n) {
        long t = System.nanoTime();
        Layout layout = Umap.fit(x, D, 1, false);
        double seconds = (System.nanoTime() - t) / 1e9;
        return String.format(Locale.ROOT, "UMAP %.2f s, 10-NN %.3f", seconds, preservation(x, layout));
    }

    static double preservation(float[] x, Layout layout) {
        int n = layout.size();
        int k = 10;
        Neighbours high = Neighbours.euclidean(x, x.length / n, k);
        Neighbours low = PlaneNeighbours.of(layout.xy(), k);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int common = 0;
            for (int a : high.of(i)) {
                for (int b : low.of(i)) {
                    common += a == b ? 1 : 0;
                }
            }
            sum += common / (double) k;
        }
        return sum / n;
    }

    private static Layout smileExact(float[] x, int n) {
        return SmileTsne.fit(x, D);
    }

    private static float[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
