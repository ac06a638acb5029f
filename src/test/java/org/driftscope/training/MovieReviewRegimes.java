package org.driftscope.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.driftscope.corpus.Dataset;
import org.driftscope.run.Workspace;

/**
 * Issue 8's real-data recipe: MR (Pang and Lee 2005) with the GloVe 6B 50d head, one stratified 90/10
 * split with a fixed seed, 10 epochs, batch 50, Adam 1e-3, maximum length 56. Shared by the accuracy test
 * and the speed benchmark so both run exactly the same thing.
 */
public final class MovieReviewRegimes {
    static final String MR = "mr-rt-polarity";
    static final String GLOVE = "glove-6B-50d-head9163/glove.6B.50d.txt";
    static final long SEED = 1234;

    /** One regime's run. */
    record Outcome(
            Regime regime,
            double best,
            double last,
            double sentencesPerSecond,
            long snapshotMillis,
            long[] epochMillis) {}

    private MovieReviewRegimes() {}

    /** The head the main benches: {@code -Dmodel=bilstm} for the recurrent one, Kim's CNN otherwise. */
    static Model model() {
        return Model.valueOf(System.getProperty("model", "kim-cnn")
                .toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_'));
    }

    static RunConfig config(Regime regime, int epochs) {
        return RunConfig.defaults()
                .withModel(model())
                .withRegime(regime)
                .withEpochs(epochs)
                .withSeed(SEED)
                .withTrackLimit(400);
    }

    static Workspace workspace(Path sharedData) throws IOException {
        return Workspace.open("MR", sharedData.resolve(GLOVE), sharedData.resolve(MR), List.of(), List.of());
    }

    static Outcome run(Workspace workspace, Regime regime, int epochs) throws InterruptedException {
        return run(workspace, config(regime, epochs));
    }

    static Outcome run(Workspace workspace, RunConfig config) throws InterruptedException {
        Regime regime = config.regime();
        Dataset dataset = workspace.dataset();
        TrainingData data = TrainingData.prepare(dataset, workspace.vectors(), config, List.of());
        TrackedWords tracked = data.track(List.of(), config.trackLimit());
        Recorded r = Recorded.run(data, config, tracked);
        List<EpochSnapshot> snapshots = r.snapshots();
        if (r.outcome().status() != RunOutcome.Status.COMPLETED) {
            throw new IllegalStateException(regime + " did not complete: " + r.outcome());
        }
        List<EpochSnapshot> trained = snapshots.subList(1, snapshots.size());
        double best = trained.stream()
                .mapToDouble(EpochSnapshot::validationAccuracy)
                .max()
                .orElseThrow();
        double last = trained.get(trained.size() - 1).validationAccuracy();
        long millis = trained.stream().mapToLong(EpochSnapshot::millis).sum();
        long snapshotMillis = Math.round(trained.stream()
                .mapToLong(EpochSnapshot::snapshotMillis)
                .average()
                .orElse(0));
        return new Outcome(
                regime,
                best,
                last,
                1000.0 * data.trainSize() * trained.size() / millis,
                snapshotMillis,
                trained.stream().mapToLong(EpochSnapshot::millis).toArray());
    }

    static String describe(Outcome o) {
        return String.format(
                Locale.ROOT,
                "%-13s best %.2f%%  final %.2f%%  %,.0f sentences/s  snapshot %d ms  epochs (ms) %s",
                o.regime().label(),
                100 * o.best(),
                100 * o.last(),
                o.sentencesPerSecond(),
                o.snapshotMillis(),
                java.util.Arrays.toString(o.epochMillis()));
    }

    /**
     * The speed benchmark: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
     * -Dexec.mainClass=org.driftscope.training.MovieReviewRegimes -Dexec.args=../shared/data}; further
     * arguments: epochs, regimes (comma-separated), the embedding table's learning rate.
     */
    public static void main(String[] args) throws Exception {
        Workspace workspace = workspace(Path.of(args.length > 0 ? args[0] : "../shared/data"));
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println(workspace.summary().describe());
        var regimes = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(Regime::parse).toList()
                : List.of(Regime.values());
        // One untimed epoch first, so that the first regime measured does not pay for the JIT compiler and
        // DL4J's workspaces learning their sizes (docs/benchmarks/kim_cnn_pytorch.py warms up the same way).
        run(workspace, Regime.NON_STATIC, 1);
        for (Regime regime : regimes) {
            RunConfig config = config(regime, epochs);
            if (args.length > 3) {
                config = config.withEmbeddingLearningRate(Double.parseDouble(args[3]));
            }
            System.out.println(describe(run(workspace, config)));
        }
        System.exit(0);
    }
}
