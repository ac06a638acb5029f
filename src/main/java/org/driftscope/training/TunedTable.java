package org.driftscope.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole embedding table after an epoch: a row for every word of the run's vocabulary (the dataset's
 * words and the named ones), of which the tracked, drawn words are a few. Copied out of ND4J, so any
 * thread may read it; what a full export writes in place of the input file's rows.
 *
 * @param epoch the epoch these rows are from, 0 before training
 * @param words the vocabulary, in the table's row order
 * @param rows row-major {@code words.size() x dimension}
 * @param dimension the vectors' dimension
 */
public record TunedTable(int epoch, List<String> words, float[] rows, int dimension) {
    public TunedTable {
        words = List.copyOf(words);
        Objects.requireNonNull(rows, "rows");
        if (dimension < 1 || (long) words.size() * dimension != rows.length) {
            throw new IllegalArgumentException(
                    words.size() + " words x " + dimension + " dimensions do not make " + rows.length + " values");
        }
        rows = rows.clone();
    }

    @Override
    public float[] rows() {
        return rows.clone();
    }

    public int size() {
        return words.size();
    }

    /** Copies row {@code row} into {@code target} from {@code offset}. */
    public void copyRow(int row, float[] target, int offset) {
        System.arraycopy(rows, row * dimension, target, offset, dimension);
    }

    /** Word to row, built once per call: for a caller that looks many words up. */
    public Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>(words.size() * 4 / 3 + 1);
        for (int i = 0; i < words.size(); i++) {
            index.putIfAbsent(words.get(i), i);
        }
        return index;
    }
}
