package org.driftscope.training;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.driftscope.nd4j.Nd4jSetup;
import org.driftscope.work.Workers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run on its own platform thread (DL4J runs native code, and its workspaces belong to
 * the thread that made them). Between batches it honours pause and stop; after each epoch it copies the
 * tracked words' rows out of ND4J into an {@link EpochSnapshot} for its listener.
 */
public final class TrainingRun {
    static {
        Nd4jSetup.configure();
    }

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final TrainingData data;
    private final RunConfig config;
    private final TrackedWords tracked;
    private final int[] trackedRows;
    private final java.util.List<String> tableWords;

    private final boolean[] tablePretrained;
    private final TrainingListener listener;
    private final Batches batches;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final Object pauseLock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean paused;
    /** Holds taken by {@link #hold()} and not yet released. */
    private int holds;

    private Thread thread;

    public TrainingRun(TrainingData data, RunConfig config, TrackedWords tracked, TrainingListener listener) {
        this.data = data;
        this.config = config;
        this.tracked = tracked;
        this.listener = listener;
        this.batches = new Batches(data, config);
        MemoryGuard.check(data.vocabularySize(), data.dimension, config);
        this.trackedRows = tracked.words().stream().mapToInt(data::indexOf).toArray();
        this.tableWords = data.tableWords();
        this.tablePretrained = data.tablePretrained();
        for (int i = 0; i < trackedRows.length; i++) {
            if (trackedRows[i] < 0) {
                throw new IllegalArgumentException(
                        "tracked word '" + tracked.words().get(i) + "' is not in the dataset");
            }
        }
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("a run starts once");
        }
        thread = Workers.thread(this::run, "driftscope-training");
        thread.start();
    }

    /** Ends the run after the batch in progress; the epoch in progress publishes no snapshot. */
    public void stop() {
        stopRequested.set(true);
        resume();
    }

    public void pause() {
        synchronized (pauseLock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    /**
     * Keeps the run from starting another batch until {@link #release()}, independently of the user's
     * pause and resume: for work that should have the cores first, such as laying out the epoch just
     * finished. Holds count; {@link #stop()} ends the run regardless.
     */
    public void hold() {
        synchronized (pauseLock) {
            holds++;
        }
    }

    /** Gives back one {@link #hold()}. */
    public void release() {
        synchronized (pauseLock) {
            if (holds == 0) {
                throw new IllegalStateException("release without a hold");
            }
            holds--;
            pauseLock.notifyAll();
        }
    }

    public void await() throws InterruptedException {
        finished.await();
    }

    private void run() {
        RunOutcome outcome;
        int epoch = 0;
        try {
            Nd4j.getRandom().setSeed(config.seed());
            boolean frozen = config.regime().trainsEmbedding() && config.freezeEpochs() > 0;
            ComputationGraph net = Networks.build(data, config, frozen);
            listener.onEpoch(snapshot(net, 0, Double.NaN, 0));
            for (epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                if (frozen && config.tunesEmbeddingIn(epoch)) {
                    net = Networks.unfreeze(net, data, config);
                    frozen = false;
                }
                double loss = trainEpoch(net, epoch);
                if (Double.isNaN(loss)) {
                    break;
                }
                if (!Double.isFinite(loss)) {
                    throw new ArithmeticException(
                            "the training loss became " + loss + " in epoch " + epoch + "; try a lower learning rate");
                }
                listener.onEpoch(snapshot(net, epoch, loss, (System.nanoTime() - start) / 1_000_000));
            }
            outcome = stopRequested.get()
                    ? new RunOutcome(RunOutcome.Status.STOPPED, epoch - 1, "")
                    : new RunOutcome(RunOutcome.Status.COMPLETED, config.epochs(), "");
        } catch (ArithmeticException e) {
            // A diverging loss is the user's settings, not a bug: one line, the advice is in the message.
            LOG.warn("training stopped: {}", e.getMessage());
            outcome = new RunOutcome(RunOutcome.Status.FAILED, Math.max(0, epoch - 1), e.getMessage());
        } catch (RuntimeException | InterruptedException e) {
            LOG.error("training failed", e);
            outcome = new RunOutcome(RunOutcome.Status.FAILED, Math.max(0, epoch - 1), String.valueOf(e.getMessage()));
        }
        try {
            listener.onFinished(outcome);
        } finally {
            finished.countDown();
        }
    }

    /** Returns the mean batch loss, or NaN when stopped part-way. */
    private double trainEpoch(ComputationGraph net, int epoch) throws InterruptedException {
        int n = data.trainSize();
        int[] order = shuffled(n, new Random(config.seed() * 31 + epoch));
        int batchCount = (n + config.batchSize() - 1) / config.batchSize();
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            awaitIfPaused();
            if (stopRequested.get()) {
                return Double.NaN;
            }
            int from = b * config.batchSize();
            int to = Math.min(n, from + config.batchSize());
            net.fit(batches.of(order, from, to, data.trainTokens, data.trainLabels));
            double score = net.score();
            if (!Double.isFinite(score)) {
                throw new ArithmeticException(
                        "the training loss became " + score + " in epoch " + epoch + "; try a lower learning rate");
            }
            sum += score;
            listener.onBatch(epoch, b + 1, batchCount);
        }
        return sum / batchCount;
    }

    private void awaitIfPaused() throws InterruptedException {
        synchronized (pauseLock) {
            while ((paused || holds > 0) && !stopRequested.get()) {
                pauseLock.wait();
            }
        }
    }

    private EpochSnapshot snapshot(ComputationGraph net, int epoch, double trainLoss, long millis) {
        long start = System.nanoTime();
        INDArray table = net.getLayer(Networks.EMBEDDING).getParam("W");
        float[] tuned = table.getRows(trackedRows).dup('c').reshape(-1).toFloatVector();
        listener.onTable(new TunedTable(epoch, tableWords, withoutReserved(table), data.dimension, tablePretrained));
        Validation v = Validation.of(net, data, batches, config.batchSize());
        return new EpochSnapshot(
                epoch,
                trainLoss,
                v.loss(),
                v.accuracy(),
                v.f1(),
                tuned,
                millis,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The table's rows from the first word on: the reserved rows (padding, unknown) come first. */
    private float[] withoutReserved(INDArray table) {
        int reserved = data.vocabularySize() - tableWords.size();
        long rows = table.rows();
        return table.get(
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(reserved, rows),
                        org.nd4j.linalg.indexing.NDArrayIndex.all())
                .dup('c')
                .reshape(-1)
                .toFloatVector();
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    public TrackedWords tracked() {
        return tracked;
    }
}
