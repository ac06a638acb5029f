package org.driftscope.drift;

import java.util.List;
import java.util.Objects;

/**
 * Each tracked word's nearest neighbours among every row of the embedding table, not only the drawn
 * words: what the Neighbours panel, the neighbour overlap and the gained/lost lists report, so that a
 * word's neighbours never depend on how many words are drawn.
 *
 * @param words the table's words; neighbour indices point into it
 * @param before row {@code i}: tracked word {@code i}'s neighbours in the frozen table
 * @param after row {@code i}: its neighbours in the table now
 */
public record TableNeighbours(List<String> words, Neighbours before, Neighbours after) {
    public TableNeighbours {
        words = List.copyOf(words);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.size() != after.size() || before.k() != after.k()) {
            throw new IllegalArgumentException("before and after must list as many neighbours for as many words");
        }
        for (int[] list : List.of(before.indices(), after.indices())) {
            for (int i : list) {
                if (i < 0 || i >= words.size()) {
                    throw new IllegalArgumentException(
                            "a neighbour points at row " + i + " of a table of " + words.size() + " words");
                }
            }
        }
    }

    /**
     * Searches the table.
     *
     * @param words the table's words
     * @param table its rows now, row-major {@code words.size() x d}
     * @param d the dimension
     * @param rows the tracked words' rows in the table
     * @param k neighbours per word
     * @param before the frozen table's neighbours, searched once by the caller ({@link #search})
     */
    public static TableNeighbours of(List<String> words, float[] table, int d, int[] rows, int k, Neighbours before) {
        return new TableNeighbours(words, before, search(table, d, rows, k));
    }

    /** The {@code k} nearest other rows of each of {@code rows} among all of {@code table}'s rows. */
    public static Neighbours search(float[] table, int d, int[] rows, int k) {
        return Neighbours.among(table, d, rows, Math.min(k, table.length / d - 1));
    }

    /**
     * One row's {@code k} nearest other rows of the whole table, nearest first: the neighbours of a word
     * that is not drawn, searched when asked for.
     */
    public static List<Neighbour> nearest(List<String> words, float[] table, int d, int row, int k) {
        Neighbours n = search(table, d, new int[] {row}, k);
        List<Neighbour> list = new java.util.ArrayList<>(n.k());
        for (int r = 0; r < n.k(); r++) {
            list.add(new Neighbour(words.get(n.neighbour(0, r)), n.similarity(0, r)));
        }
        return list;
    }
}
