package org.driftscope.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.driftscope.drift.Mover;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.plot.Figure;
import org.driftscope.plot.PanelData;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.training.TrackedWords;

/** Builds the side-by-side figure of an epoch, the same for the app, the command line and exports. */
public final class SnapshotFigure {
    /** Words the figure marks as most moved: ghost, arrow and label in the tuned panel, named in the header. */
    public static final int MOVERS = 5;

    private SnapshotFigure() {}

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
                ? run.name() + " - " + run.config().method() + " - before training"
                : String.format(
                        java.util.Locale.ROOT,
                        "%s - %s - epoch %d - train loss %.3f - %s",
                        run.name(),
                        run.config().method(),
                        s.epoch(),
                        s.trainLoss(),
                        s.validationText());
        StringBuilder pairs = new StringBuilder();
        for (PairSimilarity p : view.drift().pairs()) {
            pairs.append(
                            pairs.length() == 0
                                    ? (run.config().regime().usesPretrained()
                                            ? "cosine similarity, pretrained -> now:  "
                                            : "cosine similarity, initial -> now:  ")
                                    : ";  ")
                    .append(String.format(
                            java.util.Locale.ROOT, "%s/%s %.2f -> %.2f", p.first(), p.second(), p.frozen(), p.now()));
        }
        Set<Integer> labelled = new HashSet<>(run.named());
        Figure.Marks marks = marks(view);
        for (int i : marks.movers()) {
            labelled.add(i);
        }
        for (Figure.Link l : marks.links()) {
            labelled.add(l.a());
            labelled.add(l.b());
        }
        return new Figure(
                heading,
                pairs.toString(),
                tracked.words(),
                colours.argb(),
                labelled,
                new PanelData(frozenTitle(run), view.frozen()),
                new PanelData(
                        s.epoch() == 0
                                ? tunedName(run) + " vectors: not trained yet"
                                : tunedName(run) + " vectors after epoch " + s.epoch() + ", same frame",
                        view.tuned()),
                colours.legend(),
                marks);
    }

    /** "Fine-tuned" for a classifier's run, "Skip-gram" or "CBOW" for word2vec's continued on the text. */
    private static String tunedName(RunSummary run) {
        var objective = run.config().objective();
        return objective.supervised()
                ? "Fine-tuned"
                : objective == org.driftscope.training.Objective.CBOW ? "CBOW-continued" : "Skip-gram-continued";
    }

    /** The most moved words (those that moved at all), the watched pairs, and the header's third line. */
    static Figure.Marks marks(EpochView view) {
        List<String> words = view.run().tracked().words();
        List<Figure.Link> links = new ArrayList<>();
        for (PairSimilarity p : view.drift().pairs()) {
            int a = words.indexOf(p.first());
            int b = words.indexOf(p.second());
            if (a >= 0 && b >= 0) {
                links.add(new Figure.Link(a, b, cosine(p.frozen()), cosine(p.now())));
            }
        }
        if (view.epoch() == 0) {
            return new Figure.Marks(List.of(), new int[0], links);
        }
        List<Integer> movers = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        for (Mover m : view.drift().mostMoved()) {
            if (movers.size() == MOVERS || !(m.latest() > 0)) {
                break;
            }
            movers.add(m.index());
            notes.append(notes.length() == 0 ? "most moved (cosine displacement): " : ", ")
                    .append(String.format(Locale.ROOT, "%s %.3f", m.word(), m.latest()));
        }
        if (movers.isEmpty()) {
            notes.append("no word moved");
        }
        return new Figure.Marks(
                List.of(notes.toString(), "picture fidelity: " + FidelityText.of(view.fidelity())),
                movers.stream().mapToInt(Integer::intValue).toArray(),
                links);
    }

    /** The frozen panel's title: what the vectors before training are, and the projection. */
    static String frozenTitle(RunSummary run) {
        return (run.config().regime().usesPretrained()
                        ? "Frozen (pretrained) vectors, "
                        : "Initial (random) vectors, rand regime, ")
                + run.projection().title();
    }

    static String cosine(double c) {
        return String.format(Locale.ROOT, "cos %.2f", c);
    }
}
