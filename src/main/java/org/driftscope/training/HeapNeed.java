package org.driftscope.training;

import java.util.Locale;

/**
 * How much Java heap a training run keeps alive, from its table and the words it draws (docs/decisions/0026,
 * docs/BENCHMARKS.md "Memory of a headless run"): about 64 MB, ten copies of the table (the pretrained rows,
 * the training data's start, the frozen and the latest tuned table, their snapshots on the way to the
 * session file) and 24 KB per drawn word (its layouts, neighbour lists and drift rows for every epoch, the
 * neighbour searches' blocks). The dataset, held as documents and tokens, comes on top; its reader bounds it.
 *
 * <p>The command line plans its heap from this ({@code cli.HeapPlan}). A run whose heap is fixed, as the
 * window's is, is refused before it starts when its heap is below nine tenths of this estimate, the least
 * any measured run lived with: the estimate is high for small tables (a run drawing 5,809 words of 50
 * dimensions, estimated at 212 MB, finished in a 200 MB heap), so a stricter bound would refuse runs that
 * work, while a run drawing 18,537 words of 300 dimensions (718 MB estimated) finished at 770 MB once and
 * ran out of memory at 963 MB another time. Short of the bound, a run can still run out of memory, which
 * ends it as failed with the heap's size named.
 */
public final class HeapNeed {
    private static final long MB = 1L << 20;
    private static final long BASE = 64 * MB;
    private static final int TABLE_COPIES = 10;
    private static final long PER_DRAWN_WORD = 24 * 1024;
    /** The least heap a run has been measured to finish in, as a share of {@link #live}. */
    private static final double LEAST = 0.9;

    private HeapNeed() {}

    /** The bytes a run keeps alive at its fullest, the dataset aside. */
    public static long live(long tableWords, int dimension, long drawnWords) {
        return BASE + TABLE_COPIES * tableWords * dimension * Float.BYTES + PER_DRAWN_WORD * drawnWords;
    }

    /** The least heap in which a run can finish. */
    public static long least(long tableWords, int dimension, long drawnWords) {
        return (long) (LEAST * live(tableWords, dimension, drawnWords));
    }

    /**
     * Refuses, with what to change, a run that would run out of the heap it has ({@code maxHeap}, the JVM's
     * limit) part way through.
     */
    public static void check(long tableWords, int dimension, long drawnWords, long maxHeap) {
        long need = least(tableWords, dimension, drawnWords);
        if (need > maxHeap) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "a run with %,d words x %d dimensions in its table, %,d of them drawn, needs at least %,d MB"
                            + " of Java heap, and this Java has %,d MB; draw fewer words, keep fewer in the table"
                            + " (a higher minimum count), or give Java more memory (-Xmx)",
                    tableWords,
                    dimension,
                    drawnWords,
                    need / MB,
                    maxHeap / MB));
        }
    }
}
