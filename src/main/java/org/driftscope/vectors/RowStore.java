package org.driftscope.vectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of floats appended in chunks, so a load whose row count is unknown (GloVe has no header;
 * word2vec headers overstate) never copies the whole matrix to grow it.
 *
 * <p>A chunk with its 16-byte array header is one G1 region exactly, so G1 allocates it straight into
 * the old generation (an array of more than half a region is "humongous") and the collector never
 * copies the matrix: a full load fits in a heap of about 1.1x the matrix (docs/BENCHMARKS.md). Smaller
 * chunks are born young and copied, which needs twice the room at the peak: 512 KB chunks ran out of
 * memory under a 1.2x cap, and the 8 MB chunks kept until session 19 were exactly half of the 16 MB
 * regions G1 picks for an 18 GB heap, not humongous, and cost 100 MB more resident memory and a tenth
 * more time on a 400,000 x 300 load. Under another collector chunks are 8 MB.
 */
final class RowStore {
    private final int dimension;
    private final int rowsPerChunk;
    private final List<float[]> chunks = new ArrayList<>();
    private int rows;

    private static final int HEADER_BYTES = 16;
    private static final long CHUNK_BYTES = chunkBytes();

    /** Rows of {@code dimension} floats that fit, with the array's header, in {@code chunkBytes}. */
    static int rowsPerChunk(int dimension, long chunkBytes) {
        return (int) Math.max(1, (chunkBytes - HEADER_BYTES) / Float.BYTES / dimension);
    }

    /** The bytes of one chunk with its header: G1's region size, or 8 MB under other collectors. */
    static long chunkBytes() {
        long fallback = 8L << 20;
        try {
            var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
                return fallback;
            }
            long region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
            return region >= (1L << 20) && region <= (1L << 29) ? region : fallback;
        } catch (RuntimeException | LinkageError e) {
            return fallback; // not a HotSpot VM: any size works, only the peak differs
        }
    }

    RowStore(int dimension) {
        this.dimension = dimension;
        this.rowsPerChunk = rowsPerChunk(dimension, CHUNK_BYTES);
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
