package org.driftscope.vectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of floats appended in chunks of about 4 MB, so a load whose row count is unknown (GloVe has
 * no header; word2vec headers overstate) never copies the whole matrix to grow it: the peak stays near
 * the matrix's own size.
 */
final class RowStore {
    private final int dimension;
    private final int rowsPerChunk;
    private final List<float[]> chunks = new ArrayList<>();
    private int rows;

    RowStore(int dimension) {
        this.dimension = dimension;
        this.rowsPerChunk = Math.max(1, (1 << 20) / dimension);
    }

    /** Reserves the next row; returns the chunk to write it into, at {@link #offset(int)}. */
    float[] append() {
        if (rows % rowsPerChunk == 0) {
            chunks.add(new float[rowsPerChunk * dimension]);
        }
        rows++;
        return chunks.get(chunks.size() - 1);
    }

    /** Offset of the last appended row within its chunk. */
    int lastOffset() {
        return ((rows - 1) % rowsPerChunk) * dimension;
    }

    /** Drops the last appended row (a row that turned out to be bad or unwanted). */
    void dropLast() {
        rows--;
        if (rows % rowsPerChunk == 0) {
            chunks.remove(chunks.size() - 1);
        }
    }

    int rows() {
        return rows;
    }

    int rowsPerChunk() {
        return rowsPerChunk;
    }

    /** The chunks, the last one trimmed to its rows. */
    float[][] chunks() {
        float[][] out = chunks.toArray(new float[0][]);
        int inLast = rows % rowsPerChunk;
        if (inLast != 0) {
            out[out.length - 1] = java.util.Arrays.copyOf(out[out.length - 1], inLast * dimension);
        }
        return out;
    }
}
