package org.driftscope.cli;

import java.util.Locale;
import org.driftscope.training.HeapNeed;

/**
 * The Java heap a {@code train} run needs, from the size of its embedding table and the number of words it
 * draws (docs/decisions/0026, docs/BENCHMARKS.md "Memory of a headless run"): what a run keeps alive
 * ({@link HeapNeed#live}), and the dataset held as documents and tokens: six times its size on disk, the
 * share of the heap its reader allows ({@code corpus.TextFiles}). The heap gets twice that (with a quarter more, a run drawing 18,537 words
 * of 300 dimensions stalled after its last epoch with its training thread gone, most likely out of memory)
 * and 64 MB for the young generation, and no less than 256 MB.
 *
 * @param heapBytes the heap limit the run gets
 * @param tableWords the most words the table can hold (the dataset's word types and the named words)
 * @param dimension the vectors' dimension
 * @param drawnWords the most words the run draws
 */
record HeapPlan(long heapBytes, long tableWords, int dimension, int drawnWords) {
    static final long MB = 1L << 20;
    private static final int DATASET_COPIES = 6;
    private static final long YOUNG = 64 * MB;
    private static final long FLOOR = 256 * MB;

    HeapPlan {
        if (heapBytes < FLOOR || tableWords < 0 || dimension < 1 || drawnWords < 0) {
            throw new IllegalArgumentException("not a heap plan: " + heapBytes + " bytes, " + tableWords + " x "
                    + dimension + ", " + drawnWords + " drawn");
        }
    }

    /**
     * @param datasetBytes the dataset's size on disk, all its files
     * @param ceiling the most the heap may have (a share of the machine's memory); the plan never exceeds it
     *     but never goes below the floor either
     */
    static HeapPlan of(long tableWords, int dimension, int trackLimit, long datasetBytes, long ceiling) {
        int drawn = (int) Math.min(trackLimit, tableWords);
        long live = HeapNeed.live(tableWords, dimension, drawn) + DATASET_COPIES * datasetBytes;
        long heap = Math.max(FLOOR, Math.min(ceiling, 2 * live + YOUNG));
        return new HeapPlan(roundUp(heap), tableWords, dimension, drawn);
    }

    private static long roundUp(long bytes) {
        return (bytes + MB - 1) / MB * MB;
    }

    /** The JVM option that sets it. */
    String option() {
        return "-Xmx" + heapBytes / MB + "m";
    }

    /** One line for the run's output: what the limit is and what it was planned from. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "Java heap limited to %,d MB, planned for at most %,d words x %d in the table and %,d drawn",
                heapBytes / MB,
                tableWords,
                dimension,
                drawnWords);
    }
}
