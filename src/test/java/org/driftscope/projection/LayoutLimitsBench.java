package org.driftscope.projection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.driftscope.drift.Neighbours;
import org.driftscope.run.Relayout;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.TrackedWords;

/**
 * What limits issue 19's measures on saved sessions (decision 0016, "Session 20"), frozen -> last epoch:
 *
 * <ul>
 *   <li>the neighbourhood fidelity a layout would score if it changed on screen exactly the neighbours a
 *       word lost in vector space that were among its 10 nearest on screen (the frozen layout stored);
 *   <li>pair fidelity over the pairs with one of the 10% most-moved words and over the others, for the
 *       stored layouts (the build that trained the session) and this build's;
 *   <li>over seeds 1..8 laid out by this build, false motion beside the change of the tuned layout's
 *       extent.
 * </ul>
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.driftscope.projection.LayoutLimitsBench -Dexec.args="run1/session.driftscope ..."
 * </pre>
 */
public final class LayoutLimitsBench {
    private static final int K = Fidelity.K;
    private static final int SEEDS = 8;

    private LayoutLimitsBench() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Session session = SessionFiles.read(Path.of(arg));
            String name =
                    Path.of(arg).toAbsolutePath().getParent().getFileName().toString();
            TrackedWords tracked = session.run().tracked();
            EpochView stored = session.last();
            EpochView again = last(Relayout.of(session.epochs(), ProjectionMethod.TSNE, (d, t) -> {}, () -> false));
            System.out.printf(
                    Locale.ROOT,
                    "%s: exactly-following neighbourhood fidelity %.2f; pairs with / without a top-10%% mover:"
                            + " stored %s, this build %s%n",
                    name,
                    exactlyFollowing(tracked, stored),
                    pairSplit(tracked, stored),
                    pairSplit(tracked, again));
            StringBuilder seeds = new StringBuilder();
            for (int seed = 1; seed <= SEEDS; seed++) {
                EpochView e =
                        last(Relayout.of(session.epochs(), ProjectionMethod.TSNE, seed, (d, t) -> {}, () -> false));
                Fidelity f =
                        Fidelity.of(tracked.frozen(), e.snapshot().tuned(), tracked.dimension(), e.frozen(), e.tuned());
                seeds.append(String.format(
                        Locale.ROOT,
                        " seed %d %.2f%% (extent %+.2f%%);",
                        seed,
                        100 * f.falseMotion(),
                        100 * (e.tuned().extent() / e.frozen().extent() - 1)));
            }
            System.out.println(name + ": false motion by seed:" + seeds);
        }
    }

    private static EpochView last(List<EpochView> epochs) {
        return epochs.get(epochs.size() - 1);
    }

    private static double exactlyFollowing(TrackedWords tracked, EpochView e) {
        int n = tracked.size();
        int d = tracked.dimension();
        Neighbours before = Neighbours.of(tracked.frozen(), d, K);
        Neighbours after = Neighbours.of(e.snapshot().tuned(), d, K);
        Neighbours screen = PlaneNeighbours.of(e.frozen().xy(), K);
        double[] vector = new double[n];
        double[] ideal = new double[n];
        for (int i = 0; i < n; i++) {
            vector[i] = 1 - (double) Neighbours.shared(before.of(i), after.of(i)) / K;
            int[] now = sorted(after.of(i));
            int[] near = sorted(screen.of(i));
            int lostOnScreen = 0;
            for (int j : before.of(i)) {
                lostOnScreen += Arrays.binarySearch(now, j) < 0 && Arrays.binarySearch(near, j) >= 0 ? 1 : 0;
            }
            ideal[i] = (double) lostOnScreen / K;
        }
        return Fidelity.pearson(vector, ideal);
    }

    /** Pair fidelity over pairs with one of the 10% most-moved words, then over the rest. */
    private static String pairSplit(TrackedWords tracked, EpochView e) {
        int n = tracked.size();
        int d = tracked.dimension();
        double[] f = Fidelity.unit(tracked.frozen(), d);
        double[] t = Fidelity.unit(e.snapshot().tuned(), d);
        double[] moved = new double[n];
        for (int i = 0; i < n; i++) {
            moved[i] = 1 - dot(f, i, t, i, d);
        }
        double top = Fidelity.percentile(moved.clone(), 0.9);
        Layout a = e.frozen();
        Layout b = e.tuned();
        int pairs = n * (n - 1) / 2;
        double[][] with = {new double[pairs], new double[pairs]};
        double[][] without = {new double[pairs], new double[pairs]};
        int w = 0;
        int o = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cos = dot(f, i, f, j, d) - dot(t, i, t, j, d);
                double screen = distance(b, i, j) / b.extent() - distance(a, i, j) / a.extent();
                if (moved[i] >= top || moved[j] >= top) {
                    with[0][w] = cos;
                    with[1][w++] = screen;
                } else {
                    without[0][o] = cos;
                    without[1][o++] = screen;
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "%.2f / %.2f",
                Fidelity.pearson(Arrays.copyOf(with[0], w), Arrays.copyOf(with[1], w)),
                Fidelity.pearson(Arrays.copyOf(without[0], o), Arrays.copyOf(without[1], o)));
    }

    private static int[] sorted(int[] a) {
        int[] s = a.clone();
        Arrays.sort(s);
        return s;
    }

    private static double dot(double[] u, int i, double[] v, int j, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += u[i * d + k] * v[j * d + k];
        }
        return s;
    }

    private static double distance(Layout l, int i, int j) {
        return Math.hypot(l.x(i) - l.x(j), l.y(i) - l.y(j));
    }
}
