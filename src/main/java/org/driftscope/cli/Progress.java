package org.driftscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.session.EpochView;

/**
 * Reports a run: a progress bar on an interactive terminal, one plain line per epoch otherwise (logs,
 * pipes, CI), nothing with --quiet. Called from the training and the projection threads.
 */
final class Progress implements AutoCloseable {
    private final PrintWriter out;
    private final boolean quiet;
    private final boolean terminal;
    private final int epochs;
    private ProgressBar bar;

    private Progress(PrintWriter out, boolean quiet, int epochs) {
        this.out = out;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.epochs = epochs;
    }

    static Progress open(PrintWriter out, boolean quiet, int epochs) {
        return new Progress(out, quiet, epochs);
    }

    synchronized void batch(int epoch, int batch, int batches) {
        if (quiet || !terminal) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("training")
                    .setInitialMax((long) batches * epochs)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" batches", 1)
                    .build();
        }
        bar.stepTo((long) (epoch - 1) * batches + batch);
        bar.setExtraMessage("epoch " + epoch + "/" + epochs);
    }

    synchronized void epoch(EpochView view) {
        if (quiet) {
            return;
        }
        var s = view.snapshot();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d", s.epoch(), epochs));
        if (s.epoch() > 0) {
            line.append(String.format(
                    Locale.ROOT,
                    ": train loss %.4f, %s, %s",
                    s.trainLoss(),
                    s.validationText(),
                    meanDisplacement(view)));
        } else {
            line.append(": before training, ").append(s.validationText());
        }
        for (PairSimilarity p : view.drift().pairs()) {
            line.append(String.format(Locale.ROOT, "; %s/%s %.3f", p.first(), p.second(), p.now()));
        }
        if (bar != null) {
            bar.setExtraMessage(line.toString());
        } else {
            out.println(line);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** The drawn words' mean cosine displacement, or that none could move (the static regime). */
    static String meanDisplacement(EpochView view) {
        double mean = view.drift().summary().meanMovable();
        return Double.isNaN(mean)
                ? "no drawn word can move"
                : String.format(Locale.ROOT, "mean displacement %.4f", mean);
    }
}
