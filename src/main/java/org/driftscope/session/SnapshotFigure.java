package org.driftscope.session;

import java.util.ArrayList;
import java.util.List;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.plot.Figure;
import org.driftscope.plot.PanelData;
import org.driftscope.training.TrackedWords;

/** Builds the side-by-side figure of an epoch, the same for the app, the command line and exports. */
public final class SnapshotFigure {
    /** Colours for up to eight classes (Okabe and Ito's colour-blind-safe palette). */
    private static final int[] CLASS_COLOURS = {
        0xFF0072B2, 0xFFD55E00, 0xFF009E73, 0xFFCC79A7, 0xFFE69F00, 0xFF56B4E9, 0xFFF0E442, 0xFF000000
    };

    static final int UNSEEN = 0xFFB0B0B0;

    private SnapshotFigure() {}

    private static String title(org.driftscope.projection.ProjectionMethod method) {
        return switch (method) {
            case TSNE -> "t-SNE";
            case PCA -> "PCA";
            case UMAP -> "UMAP";
        };
    }

    public static Figure of(EpochView view) {
        RunSummary run = view.run();
        TrackedWords tracked = run.tracked();
        int[] colours = new int[tracked.size()];
        for (int i = 0; i < colours.length; i++) {
            int c = tracked.leaning(i);
            colours[i] = c < 0 ? UNSEEN : CLASS_COLOURS[c % CLASS_COLOURS.length];
        }
        List<Figure.LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < run.labels().size(); c++) {
            legend.add(new Figure.LegendEntry(run.labels().get(c) + " words", CLASS_COLOURS[c % CLASS_COLOURS.length]));
        }
        legend.add(new Figure.LegendEntry("unused or shared by all classes", UNSEEN));
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
                colours,
                run.named(),
                new PanelData("Frozen (pretrained) vectors, " + title(run.projection()), view.frozen()),
                new PanelData(
                        s.epoch() == 0
                                ? "Fine-tuned vectors: not trained yet"
                                : "Fine-tuned vectors after epoch " + s.epoch() + ", same frame",
                        view.tuned()),
                legend);
    }
}
