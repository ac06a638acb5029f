package org.driftscope.vectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.driftscope.work.Workers;

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
    /** Chunks allocated ahead of the reader by {@link #allocator}, in order; null without one. */
    private BlockingQueue<float[]> ready;
    /** Chunks the allocator was asked for and the reader has not taken yet. */
    private long toTake;

    private Thread allocator;

    /** How many chunks wait, allocated, ahead of the one being filled. */
    private static final int AHEAD = 2;

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

    /**
     * Says, before the first row, that about {@code expected} rows follow, so a background thread
     * allocates the chunks that will hold them a little ahead of the reader: a new chunk's pages are
     * faulted in and zeroed there, beside the parsing, rather than in the reading thread, where they
     * cost more than a quarter of a 400,000 x 300 binary read (docs/decisions/0005). At most {@link #AHEAD} chunks
     * wait, and no more are made than the expected rows fill. {@link #close} ends the thread early.
     */
    void expect(long expected) {
        long count = (expected + rowsPerChunk - 1) / rowsPerChunk;
        if (rows != 0 || allocator != null || count < 2) {
            return;
        }
        int length = rowsPerChunk * dimension;
        BlockingQueue<float[]> queue = new ArrayBlockingQueue<>(AHEAD);
        ready = queue;
        toTake = count;
        allocator = Workers.thread(
                () -> {
                    try {
                        for (long i = 0; i < count; i++) {
                            queue.put(new float[length]);
                        }
                    } catch (InterruptedException | OutOfMemoryError e) {
                        // closed, or no room: the reader allocates what it still needs itself
                    }
                },
                "driftscope-rows-ahead");
        allocator.start();
    }

    /** The next chunk: the allocator's, or a new one once it has made all it was asked for or stopped. */
    private float[] nextChunk() {
        while (toTake > 0) {
            try {
                float[] chunk = ready.poll(20, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    toTake--;
                    return chunk;
                }
                if (!allocator.isAlive() && ready.isEmpty()) {
                    toTake = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                toTake = 0;
            }
        }
        return new float[rowsPerChunk * dimension];
    }

    /** Stops the allocator and drops what it made ahead; the rows kept so far stay. */
    void close() {
        if (allocator != null) {
            allocator.interrupt();
            ready.clear();
            toTake = 0;
        }
    }

    /** Reserves the next row; returns the chunk to write it into, at {@link #offset(int)}. */
    float[] append() {
        if (rows % rowsPerChunk == 0) {
            chunks.add(nextChunk());
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
