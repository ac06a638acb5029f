package org.driftscope.session;

import org.driftscope.drift.PairSimilarity;
import org.driftscope.plot.Figure;
import org.driftscope.plot.PanelData;
import org.driftscope.training.TrackedWords;

/** Builds the side-by-side figure of an epoch, the same for the app, the command line and exports. */
public final class SnapshotFigure {
    private SnapshotFigure() {}

    private static String title(org.driftscope.projection.ProjectionMethod method) {
        return switch (method) {
            case TSNE -> "t-SNE";
            case PCA -> "PCA";
            case UMAP -> "UMAP";
        };
    }

    public static Figure of(EpochView view) {
        return of(view, Colouring.CLASS);
    }

    /** The figure with points coloured as asked. */
    public static Figure of(EpochView view, Colouring colouring) {
        RunSummary run = view.run();
        TrackedWords tracked = run.tracked();
        Colouring.Colours colours = colouring.of(view);
        var s = view.snapshot();
        String heading = s.epoch() == 0
                ? run.name() + " - " + run.config().regime().label() + " - before training"
                : String.format(
                        java.util.Locale.ROOT,
                        "%s - %s - epoch %d - train loss %.3f - validation accuracy %.3f",
                        run.name(),
                        run.config().regime().label(),
                        s.epoch(),
                        s.trainLoss(),
                        s.validationAccuracy());
        StringBuilder pairs = new StringBuilder();
        for (PairSimilarity p : view.drift().pairs()) {
            pairs.append(pairs.length() == 0 ? "cosine similarity, pretrained -> now:  " : ";  ")
                    .append(String.format(
                            java.util.Locale.ROOT, "%s/%s %.2f -> %.2f", p.first(), p.second(), p.frozen(), p.now()));
        }
        return new Figure(
                heading,
                pairs.toString(),
                tracked.words(),
                colours.argb(),
                run.named(),
                new PanelData("Frozen (pretrained) vectors, " + title(run.projection()), view.frozen()),
                new PanelData(
                        s.epoch() == 0
                                ? "Fine-tuned vectors: not trained yet"
                                : "Fine-tuned vectors after epoch " + s.epoch() + ", same frame",
                        view.tuned()),
                colours.legend());
    }
}
