package org.driftscope.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.driftscope.work.Workers;

/**
 * Measures, epoch by epoch, how far fine-tuning moved each tracked word and its neighbourhood. It keeps
 * the frozen neighbours (computed once), the previous epoch's vectors and neighbours, and every word's
 * displacement history. Not thread-safe: one analyser per run, fed in epoch order.
 */
public final class DriftAnalyzer {
    private static final int MOVERS = 20;

    private final List<String> words;
    private final float[] frozen;
    private final int d;
    private final int k;
    private final Exposure exposure;
    private final int[][] pairs;
    private final Neighbours frozenNeighbours;
    private final double[] frozenNorms;
    private final List<double[]> history = new ArrayList<>();
    private float[] previous;
    private Neighbours previousNeighbours;
    private TableNeighbours previousTable;

    /**
     * @param words the tracked words
     * @param frozen their pretrained vectors, row-major
     * @param d the vectors' dimension
     * @param k neighbours per word (lowered to n - 1 for tiny sets)
     * @param exposure per word: training count, pretrained or random start, whether it can move, class
     * @param pairs watched pairs as row indices {@code {i, j}}
     */
    public DriftAnalyzer(List<String> words, float[] frozen, int d, int k, Exposure exposure, List<int[]> pairs) {
        int n = words.size();
        if (frozen.length != n * d || exposure.trainCounts().length != n) {
            throw new IllegalArgumentException("words, vectors and movable flags must agree in size");
        }
        this.words = List.copyOf(words);
        this.frozen = frozen.clone();
        this.d = d;
        this.k = Math.max(1, Math.min(k, n - 1));
        this.exposure = exposure;
        this.pairs = pairs.toArray(new int[0][]);
        this.frozenNeighbours = Neighbours.of(this.frozen, d, this.k);
        this.frozenNorms = norms(this.frozen);
        this.previous = this.frozen;
        this.previousNeighbours = frozenNeighbours;
    }

    /** The report for the vectors after {@code epoch}, neighbours among the tracked words only. */
    public DriftReport next(int epoch, float[] tuned) {
        return next(epoch, tuned, null);
    }

    /**
     * The report for the vectors after {@code epoch}.
     *
     * @param table the tracked words' neighbours among the whole embedding table, before and now (then the
     *     overlaps and neighbour lists are the table's), or {@code null}
     */
    public DriftReport next(int epoch, float[] tuned, TableNeighbours table) {
        int n = words.size();
        Neighbours now = Arrays.equals(tuned, frozen) ? frozenNeighbours : Neighbours.of(tuned, d, k);
        double[] norms = norms(tuned);
        double[] displacement = new double[n];
        double[] step = new double[n];
        double[] normChange = new double[n];
        double[] overlap = new double[n];
        double[] stepOverlap = new double[n];
        float[] before = previous;
        Neighbours listsNow = table != null ? table.after() : now;
        Neighbours listsFrozen = table != null ? table.before() : frozenNeighbours;
        Neighbours listsBefore =
                table != null ? (previousTable != null ? previousTable.after() : table.before()) : previousNeighbours;
        Workers.forEach(n, i -> {
            displacement[i] = 1 - Cosine.of(tuned, i, frozen, i, d);
            step[i] = 1 - Cosine.of(tuned, i, before, i, d);
            normChange[i] = norms[i] - frozenNorms[i];
            overlap[i] = kept(listsNow.of(i), listsFrozen.of(i));
            stepOverlap[i] = kept(listsNow.of(i), listsBefore.of(i));
        });
        if (epoch > 0) {
            history.add(displacement.clone());
        }
        List<PairSimilarity> pairSimilarities = new ArrayList<>();
        for (int[] p : pairs) {
            pairSimilarities.add(new PairSimilarity(
                    words.get(p[0]),
                    words.get(p[1]),
                    Cosine.of(frozen, p[0], frozen, p[1], d),
                    Cosine.of(tuned, p[0], tuned, p[1], d)));
        }
        previous = tuned.clone();
        previousNeighbours = now;
        previousTable = table;
        return new DriftReport(
                epoch,
                words,
                displacement,
                step,
                normChange,
                overlap,
                stepOverlap,
                frozenNeighbours,
                now,
                pairSimilarities,
                movers(displacement),
                summary(displacement, overlap),
                exposure,
                table);
    }

    /** Mean similarity of a group's pairs of words now ({@code vectors}), e.g. the European cities. */
    public static double groupSimilarity(float[] vectors, int d, int[] group) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < group.length; a++) {
            for (int b = a + 1; b < group.length; b++) {
                sum += Cosine.of(vectors, group[a], vectors, group[b], d);
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    private List<Mover> movers(double[] displacement) {
        return IntStream.range(0, words.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -displacement[i])
                        .thenComparing(i -> i))
                .limit(MOVERS)
                .map(i -> new Mover(
                        words.get(i), i, history.stream().mapToDouble(h -> h[i]).toArray()))
                .toList();
    }

    private DriftSummary summary(double[] displacement, double[] overlap) {
        List<Double> moving = new ArrayList<>();
        List<Double> fixed = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < displacement.length; i++) {
            (exposure.movable(i) ? moving : fixed).add(displacement[i]);
            changed += overlap[i] < 1 ? 1 : 0;
        }
        return new DriftSummary(
                mean(moving),
                median(moving),
                mean(fixed),
                median(fixed),
                (double) changed / Math.max(1, displacement.length));
    }

    private double[] norms(float[] m) {
        double[] out = new double[words.size()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += (double) m[i * d + j] * m[i * d + j];
            }
            out[i] = Math.sqrt(s);
        }
        return out;
    }

    /**
     * Neighbour overlap, the one definition used everywhere (window, CSV, docs, {@code Trust}): the share
     * of a word's k nearest neighbours before that are still among its k nearest now; 5 of 10 is 0.5.
     */
    static double kept(int[] now, int[] before) {
        return before.length == 0 ? 1 : (double) Neighbours.shared(now, before) / before.length;
    }

    private static double mean(List<Double> v) {
        return v.isEmpty()
                ? Double.NaN
                : v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
