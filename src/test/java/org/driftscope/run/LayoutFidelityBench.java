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
 * Issue 19's measures of how far a run's pictures show its drift: for each saved session given, the
 * layouts stored in it (made by whichever build trained it: the baseline) and the same epochs laid out
 * again by this build, frozen -> last epoch and the worst epoch; and, as the yardstick for 10-NN
 * preservation, a cold layout of the last epoch's tuned vectors. t-SNE, or the method named by
 * {@code -Dmethod=umap} (or pca).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.driftscope.run.LayoutFidelityBench -Dexec.args="run1/session.driftscope ..."
 * </pre>
 */
public final class LayoutFidelityBench {
    private LayoutFidelityBench() {}

    public static void main(String[] args) throws Exception {
        ProjectionMethod method = ProjectionMethod.parse(System.getProperty("method", "tsne"));
        System.out.println("| run | layouts | words | false motion p95 | neighbourhood | pairs | 10-NN kept"
                + " | cold layout 10-NN | worst epoch: false motion / neighbourhood / pairs |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String arg : args) {
            Session session = SessionFiles.read(Path.of(arg));
            String name =
                    Path.of(arg).toAbsolutePath().getParent().getFileName().toString();
            TrackedWords tracked = session.run().tracked();
            EpochView last = session.last();
            Layout cold = Projector.of(method, session.run().config().seed())
                    .frozen(last.snapshot().tuned(), tracked.dimension());
            double coldKept = measure(tracked, last, last.frozen(), cold).preservation();
            report(name, "stored", tracked, session.epochs(), coldKept);
            long start = System.nanoTime();
            List<EpochView> again = Relayout.of(session.epochs(), method, (done, total) -> {}, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            report(name, String.format(Locale.ROOT, "this build (%.1f s)", seconds), tracked, again, coldKept);
        }
    }

    private static void report(String name, String which, TrackedWords tracked, List<EpochView> epochs, double cold) {
        Fidelity end = null;
        double worstMotion = 0;
        double worstNeighbourhood = Double.NaN;
        double worstPairs = Double.NaN;
        for (EpochView e : epochs) {
            if (e.epoch() == 0) {
                continue;
            }
            Fidelity f = measure(tracked, e, e.frozen(), e.tuned());
            worstMotion = Math.max(worstMotion, f.falseMotion());
            worstNeighbourhood = lower(worstNeighbourhood, f.neighbourhood());
            worstPairs = lower(worstPairs, f.pairs());
            end = f;
        }
        if (end == null) {
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %.2f%% | %.2f | %.2f | %.3f | %.3f | %.2f%% / %.2f / %.2f |%n",
                name,
                which,
                tracked.size(),
                100 * end.falseMotion(),
                end.neighbourhood(),
                end.pairs(),
                end.preservation(),
                cold,
                100 * worstMotion,
                worstNeighbourhood,
                worstPairs);
    }

    private static Fidelity measure(TrackedWords tracked, EpochView e, Layout frozen, Layout tuned) {
        return Fidelity.of(tracked.frozen(), e.snapshot().tuned(), tracked.dimension(), frozen, tuned);
    }

    /** The lower of two correlations, ignoring undefined ones (NaN where nothing changed). */
    private static double lower(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }
}
