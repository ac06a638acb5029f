package org.driftscope.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.stage.Stage;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.drift.DriftAnalyzer;
import org.driftscope.drift.Exposure;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.training.EpochSnapshot;
import org.driftscope.training.Provenance;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;

/**
 * The workspace's speed targets, in the headless toolkit with software rendering:
 *
 * <ol>
 *   <li>frame time of the plot at 10,000 points (pan, then zoomed in with labels), against drawing the
 *       same points shape by shape in the same run, and how long a new epoch takes to its first frame;
 *   <li>how long the FX thread is kept from other work while a run trains, against the same probe with
 *       the window idle, and how long a new epoch takes from its delivery to being on screen.
 * </ol>
 *
 * <p>Run: {@code MAVEN_OPTS="-XX:ThreadPriorityPolicy=1 -XX:MaxNewSize=64m" mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.driftscope.app.WorkspaceBench}, the JVM options the app
 * is launched with (decisions 0011 and 0015); add {@code -Dbench.hidden=true} for the training
 * probe alone, with the window never shown, or {@code -Dbench.skipFrames=true} for the training probe in a
 * JVM that has not drawn part 1's 10,000 points, whose data then sits in the heap the collector works on;
 * {@code -Dbench.framesOnly=true} measures part 1 alone, and {@code -Dbench.points=20000} draws that many.
 */
public final class WorkspaceBench {
    /** Points per panel in part 1: {@code -Dbench.points}, 10,000 unless given (issue 23 asks for 20,000). */
    private static final int POINTS = Integer.getInteger("bench.points", 10_000);

    private static final int EPOCH_ROUNDS = 20;
    private static final int FRAMES = 120;
    /**
     * {@code -Dbench.hidden=true}: train with the window built but never shown, so nothing is rendered;
     * what the probe then sees is the FX thread's own work, without waiting for the renderer.
     */
    private static final boolean HIDDEN = Boolean.getBoolean("bench.hidden");

    private WorkspaceBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        SoftwareRendering.tune();
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        if (!HIDDEN && !Boolean.getBoolean("bench.skipFrames")) {
            frames();
        }
        if (!Boolean.getBoolean("bench.framesOnly")) {
            training();
        }
        System.exit(0);
    }

    // ---- 1. Frame time ----------------------------------------------------------------------------

    private static void frames() throws Exception {
        List<EpochView> epochs = synthetic(POINTS, 50);
        ExploreModel model = new ExploreModel();
        PlotCanvas[] plot = new PlotCanvas[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            model.reset(epochs);
            plot[0] = new PlotCanvas(model);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(plot[0], 1400, 800));
            stage[0].show();
        });
        PlotCanvas p = plot[0];
        double[] pan = measure(() -> {
            p.pan(3, 1);
            p.canvas().snapshot(null, null);
        });
        onFx(() -> p.zoom(4, 350, 400));
        double[] zoomed = measure(() -> {
            p.pan(3, 1);
            p.canvas().snapshot(null, null);
        });
        onFx(p::resetView);
        double[] shapes = measure(() -> {
            p.canvas().getGraphicsContext2D().clearRect(0, 0, p.getWidth(), p.getHeight());
            shapes(p, epochs.get(1));
            p.canvas().snapshot(null, null);
        });
        double[] paintOnly = measure(() -> p.pan(3, 1));
        double[] epoch = newEpoch(p, model);
        // Closed before part 2: the headless screen repaints every window shown whenever one changes.
        onFx(stage[0]::close);
        double[] epochInWindow = newEpochInWindow(epochs);
        System.out.printf(
                Locale.ROOT,
                "frame, %,d points x 2 panels (ms, median / 95th percentile):%n"
                        + "  raster points, pan            %6.2f / %6.2f%n"
                        + "  raster points, zoomed x4 + labels %6.2f / %6.2f%n"
                        + "  baseline: fillOval per point  %6.2f / %6.2f  (%.1fx the raster frame)%n"
                        + "  FX-thread painting alone      %6.2f / %6.2f%n"
                        + "  a new epoch, shown to its first frame rendered %6.2f / %6.2f%n"
                        + "  the same in the whole window (side panels too) %6.2f / %6.2f%n",
                POINTS,
                pan[0],
                pan[1],
                zoomed[0],
                zoomed[1],
                shapes[0],
                shapes[1],
                shapes[0] / pan[0],
                paintOnly[0],
                paintOnly[1],
                epoch[0],
                epoch[1],
                epochInWindow[0],
                epochInWindow[1]);
    }

    /**
     * {@link #newEpoch} in the app's whole window, whose side panels (neighbours, most moved) follow the
     * shown epoch in the same turn of the FX thread as the plot.
     */
    private static double[] newEpochInWindow(List<EpochView> epochs) throws Exception {
        ExecutorService background =
                Executors.newCachedThreadPool(org.driftscope.work.Workers.named("driftscope-background"));
        MainViewModel vm = new MainViewModel(
                RunConfig.defaults(), background, Platform::runLater, Files.createTempDirectory("driftscope-bench"));
        Stage stage = window(vm, true);
        PlotCanvas[] plot = new PlotCanvas[1];
        onFx(() -> {
            vm.explore().reset(epochs);
            plot[0] = (PlotCanvas) stage.getScene().lookup("#plot");
        });
        double[] ms = newEpoch(plot[0], vm.explore());
        onFx(stage::close);
        background.shutdownNow();
        return ms;
    }

    /**
     * From the moment a new epoch is shown (as a finished epoch is handed to the view) until its first
     * frame has been painted and rendered: the slide starts on the next pulse, whose frame paints the
     * new epoch's figure. Each round first goes back to epoch 0 and lets that slide finish.
     */
    private static double[] newEpoch(PlotCanvas p, ExploreModel model) throws Exception {
        double[] ms = new double[EPOCH_ROUNDS];
        for (int round = -3; round < EPOCH_ROUNDS; round++) {
            onFx(() -> model.showIndex(0));
            waitUntil(() -> !p.animating());
            long[] before = new long[1];
            long t0 = System.nanoTime();
            onFx(() -> {
                before[0] = p.paints();
                model.showIndex(1);
            });
            while (!HeadlessApp.onFxThread(() -> p.paints() > before[0])) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
            onFx(() -> p.canvas().snapshot(null, null));
            if (round >= 0) {
                ms[round] = (System.nanoTime() - t0) / 1e6;
            }
            waitUntil(() -> !p.animating());
        }
        Arrays.sort(ms);
        return new double[] {ms[EPOCH_ROUNDS / 2], ms[(int) (EPOCH_ROUNDS * 0.95)]};
    }

    /** The baseline: the same points drawn as one fillOval each, on a cleared canvas. */
    private static void shapes(PlotCanvas p, EpochView v) {
        GraphicsContext g = p.canvas().getGraphicsContext2D();
        int[] colours = org.driftscope.export.SnapshotFigure.of(v).colours();
        for (int panel = 0; panel < 2; panel++) {
            var b = org.driftscope.plot.SceneRenderer.panel(panel, p.getWidth(), p.getHeight());
            Layout l = panel == 0 ? v.frozen() : v.tuned();
            for (int i = 0; i < l.size(); i++) {
                g.setFill(FxPainter.colour(colours[i]));
                double x = b.x() + p.camera().screenX(l.x(i), b.w(), b.h());
                double y = b.y() + p.camera().screenY(l.y(i), b.w(), b.h());
                g.fillOval(x - 2.2, y - 2.2, 4.4, 4.4);
            }
        }
    }

    /** Milliseconds per frame, median and 95th percentile, after a warm-up. */
    private static double[] measure(Runnable frame) throws Exception {
        for (int i = 0; i < 20; i++) {
            onFx(frame);
        }
        double[] ms = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long[] t = new long[1];
            onFx(() -> {
                long t0 = System.nanoTime();
                frame.run();
                t[0] = System.nanoTime() - t0;
            });
            ms[i] = t[0] / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[FRAMES / 2], ms[(int) (FRAMES * 0.95)]};
    }

    // ---- 2. The FX thread during training ---------------------------------------------------------

    private static void training() throws Exception {
        double[] idle = probe(3000, null);
        train("first run (cold: classes load, code not yet compiled)", idle);
        train("second run (warm)", idle);
    }

    private static void train(String which, double[] idle) throws Exception {
        ExecutorService background =
                Executors.newCachedThreadPool(org.driftscope.work.Workers.named("driftscope-background"));
        List<Double> epochMs = new ArrayList<>();
        // Times each delivery from the run: queueing on the FX thread plus handling it.
        Executor ui = r -> {
            long t0 = System.nanoTime();
            Platform.runLater(() -> {
                r.run();
                synchronized (epochMs) {
                    epochMs.add((System.nanoTime() - t0) / 1e6);
                }
            });
        };
        MainViewModel vm = new MainViewModel(
                RunConfig.defaults().withEpochs(5), background, ui, Files.createTempDirectory("driftscope-bench"));
        Stage window = window(vm, !HIDDEN);
        var sentiment = SampleCatalog.find("sentiment").orElseThrow();
        onFx(() -> vm.open(sentiment));
        waitUntil(() -> vm.canTrainProperty().get());
        synchronized (epochMs) {
            epochMs.clear();
        }
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            vm.stateProperty().addListener((obs, old, now) -> {
                if (now == RunState.IDLE) {
                    done.countDown();
                }
            });
            vm.train();
        });
        long started = System.nanoTime();
        long startedUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        double[] busy = probe(-1, done);
        double trainedSeconds = (System.nanoTime() - started) / 1e9;
        double worstDelivery;
        synchronized (epochMs) {
            worstDelivery =
                    epochMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        System.out.printf(
                Locale.ROOT,
                "FX thread, %s, 5-ms probe (ms late: median / 99th percentile / worst):%n"
                        + "  idle window                   %6.2f / %6.2f / %6.2f%n"
                        + "  training sentiment, 5 epochs  %6.2f / %6.2f / %6.2f%n"
                        + "  slowest delivery from the run (an epoch shown, or a progress tick): %.1f ms%n"
                        + "  the run took %.2f s from Train to done (JVM uptime %.2f-%.2f s, for GC logs)%n",
                which,
                idle[0],
                idle[1],
                idle[2],
                busy[0],
                busy[1],
                busy[2],
                worstDelivery,
                trainedSeconds,
                startedUptime / 1e3,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        background.shutdownNow();
        onFx(window::close);
    }

    /**
     * Posts a task to the FX thread every 5 ms and records how late it runs: the longest stretch the
     * thread was busy with something else.
     */
    private static double[] probe(long millis, CountDownLatch until) throws Exception {
        List<Double> late = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        while (until == null ? System.nanoTime() < end : until.getCount() > 0) {
            long t0 = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                late.add((System.nanoTime() - t0) / 1e6);
                ran.countDown();
            });
            ran.await();
            if (until != null) {
                until.await(5, TimeUnit.MILLISECONDS);
            } else {
                Thread.sleep(5);
            }
        }
        double[] v = late.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {v[v.length / 2], v[(int) (v.length * 0.99)], v[v.length - 1]};
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    /** The app's main window over this view model, 1440x880, shown or only built. */
    private static Stage window(MainViewModel vm, boolean show) throws Exception {
        Stage[] stage = new Stage[1];
        onFx(() -> {
            try {
                MainView view = new MainView(
                        vm, new Dialogs(), SampleCatalog.load(), Files.createTempDirectory("driftscope-bench"));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(view.root(), 1440, 880));
                if (show) {
                    stage[0].show();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return stage[0];
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failed[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failed[0] != null) {
            throw new IllegalStateException(failed[0]);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        while (!HeadlessApp.onFxThread(condition)) {
            Thread.sleep(50);
        }
    }

    /** Two epochs of n words in clusters: epoch 0 and an epoch where every tenth word moved. */
    static List<EpochView> synthetic(int n, int d) {
        Random random = new Random(7);
        float[] frozen = new float[n * d];
        for (int i = 0; i < frozen.length; i++) {
            frozen[i] = (float) random.nextGaussian();
        }
        float[] tuned = frozen.clone();
        for (int i = 0; i < n; i += 10) {
            for (int j = 0; j < d; j++) {
                tuned[i * d + j] += (float) (0.5 * random.nextGaussian());
            }
        }
        List<String> words = IntStream.range(0, n).mapToObj(i -> "word" + i).toList();
        int[] counts = new int[n];
        int[] leaning = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = 1 + random.nextInt(100);
            leaning[i] = random.nextInt(3) - 1;
        }
        var tracked = new TrackedWords(words, counts, leaning, new double[n], filled(n), frozen, d);
        RunConfig config = RunConfig.defaults();
        var provenance = new Provenance("bench", "0", "bench", "synthetic", config, "", Instant.now());
        var run = new RunSummary(
                "bench",
                config,
                List.of("a", "b"),
                tracked,
                Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                56,
                0,
                provenance,
                ProjectionMethod.TSNE);
        var analyzer = new DriftAnalyzer(words, frozen, d, 10, Exposure.allMovable(n), List.of());
        double[] xy0 = clusters(n, random);
        double[] xy1 = xy0.clone();
        for (int i = 0; i < n; i += 10) {
            xy1[2 * i] += random.nextGaussian() * 3;
            xy1[2 * i + 1] += random.nextGaussian() * 3;
        }
        Layout l0 = new Layout(xy0);
        Layout l1 = new Layout(xy1);
        List<EpochView> out = new ArrayList<>();
        out.add(new EpochView(
                run,
                new EpochSnapshot(0, Double.NaN, Double.NaN, Double.NaN, new double[0], frozen, 0, 0),
                l0,
                l0,
                analyzer.next(0, frozen),
                new double[n]));
        out.add(new EpochView(
                run,
                new EpochSnapshot(1, 0.5, 0.5, 0.8, new double[0], tuned, 0, 0),
                l0,
                l1,
                analyzer.next(1, tuned),
                new double[n]));
        return out;
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    private static double[] clusters(int n, Random random) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(30);
            xy[2 * i] = 40 * Math.cos(c) + random.nextGaussian() * 4;
            xy[2 * i + 1] = 40 * Math.sin(c * 1.7) + random.nextGaussian() * 4;
        }
        return xy;
    }
}
