package org.driftscope.training;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.driftscope.nd4j.Nd4jSetup;
import org.driftscope.work.Workers;
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
        HeapNeed.check(
                data.vocabularySize(),
                data.dimension,
                tracked.words().size(),
                Runtime.getRuntime().maxMemory());
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
            Learner learner = config.objective().supervised()
                    ? new ClassifierLearner(data, config, batches)
                    : new Continuation(data, config);
            listener.onEpoch(snapshot(learner, 0, Double.NaN, 0));
            Learner.Steps steps = new Learner.Steps() {
                @Override
                public boolean next() throws InterruptedException {
                    awaitIfPaused();
                    return !stopRequested.get();
                }

                @Override
                public void done(int epoch, int batch, int batches) {
                    listener.onBatch(epoch, batch, batches);
                }
            };
            for (epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                double loss = learner.train(epoch, steps);
                if (Double.isNaN(loss)) {
                    break;
                }
                if (!Double.isFinite(loss)) {
                    throw new ArithmeticException(
                            "the training loss became " + loss + " in epoch " + epoch + "; try a lower learning rate");
                }
                listener.onEpoch(snapshot(learner, epoch, loss, (System.nanoTime() - start) / 1_000_000));
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
        } catch (Error e) {
            // an Error used to end the thread here, and whoever awaited the run waited for ever
            LOG.error("training failed", e);
            outcome = new RunOutcome(
                    RunOutcome.Status.FAILED,
                    Math.max(0, epoch - 1),
                    e instanceof OutOfMemoryError
                            ? "not enough memory (" + e.getMessage() + "; the Java heap is "
                                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): give Java more with -Xmx"
                            : e.toString());
        }
        try {
            listener.onFinished(outcome);
        } finally {
            finished.countDown();
        }
    }

    private void awaitIfPaused() throws InterruptedException {
        synchronized (pauseLock) {
            while ((paused || holds > 0) && !stopRequested.get()) {
                pauseLock.wait();
            }
        }
    }

    private EpochSnapshot snapshot(Learner learner, int epoch, double trainLoss, long millis) {
        long start = System.nanoTime();
        float[] tuned = learner.rows(trackedRows);
        int reserved = data.vocabularySize() - tableWords.size();
        listener.onTable(
                new TunedTable(epoch, tableWords, learner.rowsFrom(reserved), data.dimension, tablePretrained));
        Validation v = learner.validate();
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

    public TrackedWords tracked() {
        return tracked;
    }
}
