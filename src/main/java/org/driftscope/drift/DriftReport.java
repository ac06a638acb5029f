package org.driftscope.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers behind an epoch's picture, computed in the full vector space for every tracked word.
 *
 * @param epoch the epoch (0: before training)
 * @param words the tracked words, in row order
 * @param displacement per word: cosine distance from its frozen vector
 * @param stepDisplacement per word: cosine distance from the previous epoch's vector
 * @param normChange per word: L2 norm now minus frozen
 * @param overlap per word: share of its k nearest neighbours frozen that are among its k nearest now
 * @param stepOverlap per word: share of its k nearest neighbours after the previous epoch that are among its k nearest now
 * @param frozenNeighbours the k nearest neighbours in the frozen space
 * @param tunedNeighbours the k nearest neighbours now
 * @param pairs the watched pairs' similarities
 * @param mostMoved the words that moved most, with their history
 * @param summary the epoch in a few numbers
 * @param exposure per word: training count, start, whether it can move, class association
 * @param table each word's neighbours among every row of the embedding table, before and now, or {@code
 *     null} (a session saved before they were searched): the lists {@link #before}, {@link #after},
 *     {@link #gained} and {@link #lost} give, and what {@code overlap} measures; {@code
 *     frozenNeighbours} and {@code tunedNeighbours} stay among the drawn words, for the screen's measures
 */
public record DriftReport(
        int epoch,
        List<String> words,
        double[] displacement,
        double[] stepDisplacement,
        double[] normChange,
        double[] overlap,
        double[] stepOverlap,
        Neighbours frozenNeighbours,
        Neighbours tunedNeighbours,
        List<PairSimilarity> pairs,
        List<Mover> mostMoved,
        DriftSummary summary,
        Exposure exposure,
        TableNeighbours table) {
    public DriftReport {
        words = List.copyOf(words);
        displacement = displacement.clone();
        stepDisplacement = stepDisplacement.clone();
        normChange = normChange.clone();
        overlap = overlap.clone();
        stepOverlap = stepOverlap.clone();
        pairs = List.copyOf(pairs);
        mostMoved = List.copyOf(mostMoved);
    }

    public WordDrift word(int i) {
        return new WordDrift(displacement[i], stepDisplacement[i], normChange[i], overlap[i], stepOverlap[i]);
    }

    @Override
    public double[] displacement() {
        return displacement.clone();
    }

    @Override
    public double[] stepDisplacement() {
        return stepDisplacement.clone();
    }

    @Override
    public double[] normChange() {
        return normChange.clone();
    }

    @Override
    public double[] overlap() {
        return overlap.clone();
    }

    @Override
    public double[] stepOverlap() {
        return stepOverlap.clone();
    }

    /** Neighbours in the frozen space, nearest first, with similarities (Kim 2014, Table 3, left). */
    public List<Neighbour> before(int i) {
        return list(table != null ? table.before() : frozenNeighbours, i);
    }

    /** Neighbours now, nearest first, with similarities (Kim 2014, Table 3, right). */
    public List<Neighbour> after(int i) {
        return list(table != null ? table.after() : tunedNeighbours, i);
    }

    /** Words among the neighbours now that were not among the frozen ones. */
    public List<String> gained(int i) {
        return table != null
                ? difference(table.after().of(i), table.before().of(i))
                : difference(tunedNeighbours.of(i), frozenNeighbours.of(i));
    }

    /** Words among the frozen neighbours that are not among the neighbours now. */
    public List<String> lost(int i) {
        return table != null
                ? difference(table.before().of(i), table.after().of(i))
                : difference(frozenNeighbours.of(i), tunedNeighbours.of(i));
    }

    /** The words neighbour indices point into: the table's, or the drawn ones without a table. */
    private List<String> names() {
        return table != null ? table.words() : words;
    }

    private List<Neighbour> list(Neighbours n, int i) {
        List<Neighbour> out = new ArrayList<>();
        for (int r = 0; r < n.k(); r++) {
            out.add(new Neighbour(names().get(n.neighbour(i, r)), n.similarity(i, r)));
        }
        return out;
    }

    private List<String> difference(int[] a, int[] b) {
        List<String> out = new ArrayList<>();
        for (int x : a) {
            if (Arrays.stream(b).noneMatch(y -> y == x)) {
                out.add(names().get(x));
            }
        }
        return out;
    }
}
