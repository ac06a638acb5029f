package org.driftscope.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.driftscope.projection.Fidelity;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.projection.Projector;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.TrackedWords;

/**
 * How much issue 19's measures depend on the layout's seed: each saved session's epochs laid out again
 * by this build with seeds 1..N (the run's vectors unchanged), frozen -> last epoch, the mean and the
 * worst of each measure over the seeds; 10-NN preservation as a share of a cold t-SNE of the same tuned
 * vectors with the same seed. One seed's figure (what {@link LayoutFidelityBench} prints) can sit far
 * from the mean on a sample of 72 or 119 words.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.driftscope.run.LayoutSeedsBench -Dexec.args="8 run1/session.driftscope ..."
 * </pre>
 */
public final class LayoutSeedsBench {
    private LayoutSeedsBench() {}

    public static void main(String[] args) throws Exception {
        int seeds = Integer.parseInt(args[0]);
        System.out.println("| run | words | seeds | false motion p95, mean / worst | neighbourhood, mean / worst"
                + " | pairs, mean / worst | 10-NN kept / cold t-SNE's, mean / worst |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int a = 1; a < args.length; a++) {
            Session session = SessionFiles.read(Path.of(args[a]));
            String name =
                    Path.of(args[a]).toAbsolutePath().getParent().getFileName().toString();
            TrackedWords tracked = session.run().tracked();
            float[] tuned = session.last().snapshot().tuned();
            double[] motion = new double[seeds];
            double[] neighbourhood = new double[seeds];
            double[] pairs = new double[seeds];
            double[] kept = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                List<EpochView> again =
                        Relayout.of(session.epochs(), ProjectionMethod.TSNE, s + 1, (done, total) -> {}, () -> false);
                EpochView last = again.get(again.size() - 1);
                Layout cold = Projector.of(ProjectionMethod.TSNE, s + 1).frozen(tuned, tracked.dimension());
                Fidelity f = Fidelity.of(tracked.frozen(), tuned, tracked.dimension(), last.frozen(), last.tuned());
                Fidelity c = Fidelity.of(tracked.frozen(), tuned, tracked.dimension(), last.frozen(), cold);
                motion[s] = 100 * f.falseMotion();
                neighbourhood[s] = f.neighbourhood();
                pairs[s] = f.pairs();
                kept[s] = f.preservation() / c.preservation();
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.2f%% / %.2f%% | %.2f / %.2f | %.2f / %.2f | %.2fx / %.2fx |%n",
                    name,
                    tracked.size(),
                    seeds,
                    mean(motion),
                    max(motion),
                    mean(neighbourhood),
                    min(neighbourhood),
                    mean(pairs),
                    min(pairs),
                    mean(kept),
                    min(kept));
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        return -min(java.util.Arrays.stream(v).map(x -> -x).toArray());
    }
}
