package org.driftscope.vectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of floats appended in chunks, so a load whose row count is unknown (GloVe has no header;
 * word2vec headers overstate) never copies the whole matrix to grow it.
 *
 * <p>A chunk is just under 8 MB: the array plus its 16-byte header fills whole G1 regions exactly for
 * region sizes of 1 to 8 MB (heaps up to 16 GB), and G1 allocates such large arrays straight into the
 * old generation. The matrix is then never copied by the collector either, so a full load fits in a
 * heap of about 1.1x the matrix (docs/BENCHMARKS.md). Smaller chunks (tried: 512 KB) are born young
 * and copied once, which needs twice the room at the peak.
 */
final class RowStore {
    private final int dimension;
    private final int rowsPerChunk;
    private final List<float[]> chunks = new ArrayList<>();
    private int rows;

    private static final int CHUNK_FLOATS = ((8 << 20) - 16) / Float.BYTES;

    RowStore(int dimension) {
        this.dimension = dimension;
        this.rowsPerChunk = Math.max(1, CHUNK_FLOATS / dimension);
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
