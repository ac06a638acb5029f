package org.driftscope.app;

import java.util.Locale;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.LiveRun;
import org.driftscope.run.RunObserver;
import org.driftscope.run.Workspace;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;

/**
 * How long a new user waits: from starting the window to the figure of epoch 3 on the first sample,
 * beside the same three epochs run headless through the same pipeline (the baseline), in one JVM.
 * The app is measured first, so it pays ND4J's one-time native start-up, as a user does.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.app.FirstFigureBench}
 */
public final class FirstFigureBench {
    private FirstFigureBench() {}

    public static void main(String[] args) throws Exception {
        RunConfig config = RunConfig.defaults().withEpochs(3);
        long t0 = System.nanoTime();
        HeadlessApp app = HeadlessApp.start(config);
        app.click("#train");
        app.waitFor(() -> app.label("#epoch").equals("3"));
        double appSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        Workspace workspace = Workspace.open(SampleCatalog.load().get(0));
        var preview = LiveRun.preview(workspace, config);
        var observer = new RunObserver() {
            @Override
            public void onEpoch(org.driftscope.session.EpochView view) {}

            @Override
            public void onFinished(RunOutcome outcome) {}
        };
        // as the window does: the run reuses the preview's frozen layout
        LiveRun run = LiveRun.start(workspace, config, ProjectionMethod.TSNE, Runnable::run, observer, preview);
        run.await();
        double coreSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "window start to epoch-3 figure: %.1f s%n", appSeconds);
        System.out.printf(Locale.ROOT, "same work headless (warm JVM):  %.1f s%n", coreSeconds);
        System.out.printf(Locale.ROOT, "ratio app / headless: %.2f%n", appSeconds / coreSeconds);
        System.exit(0);
    }
}
