package org.driftscope.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.driftscope.compare.Comparison;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.plot.Figure;
import org.driftscope.plot.PanelData;
import org.driftscope.session.EpochView;

/**
 * The picture of runs compared: the frozen panel, then every run's tuned panel in the same frame, each
 * with its own most moved words marked; the watched pairs joined in every panel with that run's cosine;
 * the header names the words whose drift differs most between the runs.
 */
public final class ComparisonFigure {
    /** Words marked as moved in each run's panel. */
    static final int MOVERS = 5;
    /** Words named in the header as differing most. */
    static final int DIFFERENT = 6;

    private ComparisonFigure() {}

    public static Figure of(Comparison c, Colouring colouring) {
        EpochView first = c.views().get(0);
        int[] all = colouring.of(first).argb();
        List<String> drawn = first.run().tracked().words();
        int[] colours = c.words().stream().mapToInt(w -> all[drawn.indexOf(w)]).toArray();

        StringBuilder pairs = new StringBuilder();
        List<Figure.Link> links = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int r = 0; r < c.views().size(); r++) {
            labels.add(new ArrayList<>());
        }
        for (Map.Entry<String, List<PairSimilarity>> e : c.pairs().entrySet()) {
            List<PairSimilarity> per = e.getValue();
            PairSimilarity p = per.get(0);
            links.add(new Figure.Link(
                    c.words().indexOf(p.first()),
                    c.words().indexOf(p.second()),
                    SnapshotFigure.cosine(p.frozen()),
                    SnapshotFigure.cosine(p.now())));
            pairs.append(pairs.length() == 0 ? "cosine similarity:  " : ";  ")
                    .append(String.format(Locale.ROOT, "%s %.2f before", e.getKey(), p.frozen()));
            for (int r = 0; r < per.size(); r++) {
                labels.get(r).add(SnapshotFigure.cosine(per.get(r).now()));
                pairs.append(String.format(
                        Locale.ROOT, ", %s %.2f", c.names().get(r), per.get(r).now()));
            }
        }
        StringBuilder different = new StringBuilder();
        for (int i : c.mostDifferent(DIFFERENT)) {
            different
                    .append(different.length() == 0 ? "drift differs most (cosine displacement per run): " : ", ")
                    .append(c.words().get(i))
                    .append(' ');
            for (int r = 0; r < c.views().size(); r++) {
                different
                        .append(r == 0 ? "" : "/")
                        .append(String.format(
                                Locale.ROOT, "%.3f", c.displacement().get(r)[i]));
            }
        }
        if (different.length() == 0) {
            different.append("every word drifted alike in these runs");
        }
        String note = "each panel marks its run's " + MOVERS + " most moved words; runs in order: "
                + String.join(", ", c.names())
                + (c.relaidOut() ? "; laid out again in the first run's frozen frame" : "");

        Set<Integer> labelled = new HashSet<>();
        for (String w : first.run().named().stream().map(drawn::get).toList()) {
            if (c.words().contains(w)) {
                labelled.add(c.words().indexOf(w));
            }
        }
        for (Figure.Link l : links) {
            labelled.add(l.a());
            labelled.add(l.b());
        }
        labelled.addAll(c.mostDifferent(DIFFERENT));
        List<Figure.Extra> extras = new ArrayList<>();
        for (int r = 1; r < c.views().size(); r++) {
            int[] movers = c.movers(r, MOVERS);
            for (int i : movers) {
                labelled.add(i);
            }
            extras.add(new Figure.Extra(panel(c, r), movers, labels.get(r)));
        }
        int[] firstMovers = c.movers(0, MOVERS);
        for (int i : firstMovers) {
            labelled.add(i);
        }
        return new Figure(
                first.run().name() + " - runs compared: " + String.join(" vs ", c.names()),
                pairs.toString(),
                c.words(),
                colours,
                labelled,
                new PanelData(SnapshotFigure.frozenTitle(first.run()), c.frozenLayout()),
                panel(c, 0),
                colouring.of(first).legend(),
                new Figure.Marks(List.of(different.toString(), note), firstMovers, links),
                extras);
    }

    private static PanelData panel(Comparison c, int r) {
        return new PanelData(
                c.names().get(r) + " after epoch " + c.views().get(r).epoch() + ", same frame",
                c.tuned().get(r));
    }
}
