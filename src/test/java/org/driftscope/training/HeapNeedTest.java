package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A run whose heap cannot hold it is refused before it starts, with what to change; a run that was
 * measured to finish in a heap is never refused there (docs/decisions/0026, "Memory of a headless run").
 */
class HeapNeedTest {
    private static final long MB = 1L << 20;

    @Test
    void runsMeasuredToFinishAreAdmitted() {
        // MR with the GloVe 50d head, all 5,809 words drawn, finished at -Xmx256m and at 200 MB
        assertThatCode(() -> HeapNeed.check(5_809, 50, 5_809, 200 * MB)).doesNotThrowAnyException();
        // the 300d table of MR's 18,537 words, all drawn, finished at -Xmx770m
        assertThatCode(() -> HeapNeed.check(18_537, 300, 18_537, 770 * MB)).doesNotThrowAnyException();
    }

    @Test
    void aHeapSmallerThanTheTablesARunHoldsAtOnceIsRefusedWithWhatToChange() {
        // 100,000 x 300 is 120 MB a table: the pretrained rows, the frozen and the tuned copies alone
        // take 360 MB, more than the heap
        assertThatThrownBy(() -> HeapNeed.check(100_000, 300, 1_000, 300 * MB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("100,000 words x 300 dimensions")
                .hasMessageContaining("this Java has 300 MB")
                .hasMessageContaining("draw fewer words")
                .hasMessageContaining("-Xmx");
    }
}
