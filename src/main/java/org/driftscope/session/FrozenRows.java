package org.driftscope.session;

import java.util.Arrays;
import org.driftscope.training.TunedTable;

/**
 * The frozen table stored as the rows in which it differs from the last table: a static run stores
 * nothing, a non-static one only the rows its training changed.
 *
 * @param rows indices of the rows that differ, ascending
 * @param values their frozen values, row-major {@code rows.length x dimension}
 */
record FrozenRows(int[] rows, float[] values) {
    static FrozenRows of(TunedTable frozen, TunedTable last) {
        int d = last.dimension();
        float[] before = frozen.rows();
        float[] after = last.rows();
        int[] differ = new int[last.size()];
        int count = 0;
        for (int r = 0; r < last.size(); r++) {
            if (!Arrays.equals(before, r * d, (r + 1) * d, after, r * d, (r + 1) * d)) {
                differ[count++] = r;
            }
        }
        float[] values = new float[count * d];
        for (int i = 0; i < count; i++) {
            System.arraycopy(before, differ[i] * d, values, i * d, d);
        }
        return new FrozenRows(Arrays.copyOf(differ, count), values);
    }

    /** The frozen table: the last one with {@code rows} put back to {@code values}. */
    static TunedTable rebuild(TunedTable last, int[] rows, float[] values) {
        int d = last.dimension();
        if ((long) rows.length * d != values.length) {
            throw new IllegalArgumentException(rows.length + " rows do not hold " + values.length + " values");
        }
        float[] table = last.rows();
        int previous = -1;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] <= previous || rows[i] >= last.size()) {
                throw new IllegalArgumentException(
                        "row " + rows[i] + " is out of order or past the table's " + last.size() + " rows");
            }
            previous = rows[i];
            System.arraycopy(values, i * d, table, rows[i] * d, d);
        }
        return last.withRows(0, table);
    }
}
