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
 * @param pretrained per row, whether it started as the word's pretrained vector (false: it started
 *     random, in the rand regime or for a word the vectors lack); null when not known (sessions saved
 *     before it was kept)
 */
public record TunedTable(int epoch, List<String> words, float[] rows, int dimension, boolean[] pretrained) {
    public TunedTable {
        words = List.copyOf(words);
        Objects.requireNonNull(rows, "rows");
        if (dimension < 1 || (long) words.size() * dimension != rows.length) {
            throw new IllegalArgumentException(
                    words.size() + " words x " + dimension + " dimensions do not make " + rows.length + " values");
        }
        if (pretrained != null && pretrained.length != words.size()) {
            throw new IllegalArgumentException("one pretrained flag per word");
        }
        rows = rows.clone();
        pretrained = pretrained == null ? null : pretrained.clone();
    }

    @Override
    public float[] rows() {
        return rows.clone();
    }

    @Override
    public boolean[] pretrained() {
        return pretrained == null ? null : pretrained.clone();
    }

    /** The same words and flags with other rows: another epoch's table of the same run. */
    public TunedTable withRows(int otherEpoch, float[] otherRows) {
        return new TunedTable(otherEpoch, words, otherRows, dimension, pretrained);
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
