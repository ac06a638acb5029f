package org.driftscope.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.driftscope.drift.PairSimilarity;
import org.driftscope.projection.Layout;
import org.driftscope.projection.Projector;
import org.driftscope.session.EpochView;
import org.driftscope.training.TrackedWords;

/**
 * Two or more runs over the same starting vectors, side by side in one frame: the frozen layout of
 * the words they all draw, each run's tuned layout of one epoch in that frame, each word's cosine
 * displacement in every run, and every run's watched pairs.
 *
 * <p>When the runs drew the same words and laid the frozen vectors out alike (one sample, one seed, as
 * runs of the same data and settings do), their own layouts are used as they are, so the comparison
 * shows what each run showed. Otherwise the common words' frozen layout is the first run's, restricted
 * to them, and every run's epoch is laid out again in its frame by the first run's projection.
 *
 * @param names per run, what the figure and the CSV call it
 * @param views per run, the epoch compared
 * @param words the words every run draws, in the first run's order
 * @param frozenLayout those words' frozen layout
 * @param tuned per run, the words' layout at its epoch, in the frozen layout's frame
 * @param displacement per run, per word: cosine displacement from the frozen vector, as its drift report has it
 * @param relaidOut whether the layouts were made here rather than taken from the runs
 */
public record Comparison(
        List<String> names,
        List<EpochView> views,
        List<String> words,
        Layout frozenLayout,
        List<Layout> tuned,
        List<double[]> displacement,
        boolean relaidOut) {
    /** The fewest words worth a picture: a word and its ten nearest neighbours. */
    public static final int MIN_WORDS = 11;

    public Comparison {
        names = List.copyOf(names);
        views = List.copyOf(views);
        words = List.copyOf(words);
        tuned = List.copyOf(tuned);
        displacement = displacement.stream().map(double[]::clone).toList();
    }

    /**
     * @param names one per run, for messages and titles
     * @param views one epoch of each run, at least two
     * @throws IllegalArgumentException when the runs do not start from the same vectors or share too few
     *     words, naming the runs
     */
    public static Comparison of(List<String> names, List<EpochView> views) {
        if (views.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two runs, was given " + views.size());
        }
        EpochView first = views.get(0);
        TrackedWords a = first.run().tracked();
        List<String> common = new ArrayList<>(a.words());
        for (EpochView v : views) {
            common.retainAll(v.run().tracked().words());
            if (v.run().tracked().dimension() != a.dimension()) {
                throw new IllegalArgumentException(names.get(0) + " and " + names.get(views.indexOf(v))
                        + " have vectors of different dimensions (" + a.dimension() + " and "
                        + v.run().tracked().dimension() + "); compare runs over the same vectors");
            }
        }
        if (common.size() < MIN_WORDS) {
            throw new IllegalArgumentException("the runs draw only " + common.size() + " words in common (at least "
                    + MIN_WORDS + " are needed); compare runs over the same vectors and dataset");
        }
        int d = a.dimension();
        List<int[]> rows = new ArrayList<>();
        for (EpochView v : views) {
            rows.add(indices(v.run().tracked().words(), common));
        }
        float[] frozen = select(a.frozen(), rows.get(0), d);
        for (int r = 1; r < views.size(); r++) {
            float[] other = select(views.get(r).run().tracked().frozen(), rows.get(r), d);
            for (int i = 0; i < common.size(); i++) {
                if (!Arrays.equals(frozen, i * d, (i + 1) * d, other, i * d, (i + 1) * d)) {
                    throw new IllegalArgumentException(names.get(0) + " and " + names.get(r)
                            + " start from different vectors for '" + common.get(i) + "'"
                            + (views.get(r).run().config().regime().usesPretrained()
                                            && first.run().config().regime().usesPretrained()
                                    ? ""
                                    : " (a rand run starts from random ones)")
                            + "; compare runs over the same vectors");
                }
            }
        }
        List<double[]> displacement = new ArrayList<>();
        for (int r = 0; r < views.size(); r++) {
            double[] all = views.get(r).drift().displacement();
            displacement.add(Arrays.stream(rows.get(r)).mapToDouble(i -> all[i]).toArray());
        }
        Layout frozenLayout = subset(first.frozen(), rows.get(0));
        boolean shared = true;
        for (int r = 1; r < views.size() && shared; r++) {
            shared = views.get(r).run().tracked().words().equals(a.words())
                    && Arrays.equals(views.get(r).frozen().xy(), first.frozen().xy());
        }
        List<Layout> tuned = new ArrayList<>();
        for (int r = 0; r < views.size(); r++) {
            EpochView v = views.get(r);
            if (shared) {
                tuned.add(v.tuned());
            } else {
                Projector projector = Projector.of(
                        first.run().projection(), first.run().config().seed());
                projector.frozen(frozen, d, frozenLayout);
                tuned.add(projector.next(select(v.snapshot().tuned(), rows.get(r), d), d));
            }
        }
        return new Comparison(names, views, common, frozenLayout, tuned, displacement, !shared);
    }

    /** How much word {@code i}'s displacement differs between the runs: the largest minus the smallest. */
    public double spread(int i) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] d : displacement) {
            min = Math.min(min, d[i]);
            max = Math.max(max, d[i]);
        }
        return max - min;
    }

    /** The words whose drift differs most between the runs, most first, those that differ at all. */
    public List<Integer> mostDifferent(int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (spread(i) > 0) {
                order.add(i);
            }
        }
        order.sort((x, y) -> Double.compare(spread(y), spread(x)));
        return List.copyOf(order.subList(0, Math.min(limit, order.size())));
    }

    /** Run {@code r}'s most moved words among the common ones (those that moved at all), most first. */
    public int[] movers(int r, int limit) {
        double[] d = displacement.get(r);
        return java.util.stream.IntStream.range(0, d.length)
                .filter(i -> d[i] > 0)
                .boxed()
                .sorted((x, y) -> Double.compare(d[y], d[x]))
                .limit(limit)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The watched pairs of the first run that every run watches, each with its similarity per run: the
     * key is "first/second", the values are the pairs as each run reports them, in run order.
     */
    public Map<String, List<PairSimilarity>> pairs() {
        Map<String, List<PairSimilarity>> out = new java.util.LinkedHashMap<>();
        for (PairSimilarity p : views.get(0).drift().pairs()) {
            List<PairSimilarity> per = new ArrayList<>();
            for (EpochView v : views) {
                v.drift().pairs().stream()
                        .filter(q -> q.first().equals(p.first()) && q.second().equals(p.second()))
                        .findFirst()
                        .ifPresent(per::add);
            }
            if (per.size() == views.size() && words.contains(p.first()) && words.contains(p.second())) {
                out.put(p.first() + "/" + p.second(), List.copyOf(per));
            }
        }
        return out;
    }

    private static int[] indices(List<String> words, List<String> wanted) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            at.put(words.get(i), i);
        }
        return wanted.stream().mapToInt(at::get).toArray();
    }

    private static float[] select(float[] rows, int[] which, int d) {
        float[] out = new float[which.length * d];
        for (int i = 0; i < which.length; i++) {
            System.arraycopy(rows, which[i] * d, out, i * d, d);
        }
        return out;
    }

    private static Layout subset(Layout layout, int[] which) {
        double[] xy = new double[2 * which.length];
        for (int i = 0; i < which.length; i++) {
            xy[2 * i] = layout.x(which[i]);
            xy[2 * i + 1] = layout.y(which[i]);
        }
        return new Layout(xy);
    }
}
