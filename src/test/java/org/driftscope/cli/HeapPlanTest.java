package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPlanTest {
    private static final long GB = 1L << 30;

    @Test
    void aLargerTableOrMoreDrawnWordsGetMoreHeap() {
        HeapPlan small = HeapPlan.of(6_000, 50, 1_000, 0, 16 * GB);
        HeapPlan wider = HeapPlan.of(60_000, 300, 1_000, 0, 16 * GB);
        HeapPlan drawn = HeapPlan.of(6_000, 50, 6_000, 0, 16 * GB);

        assertThat(wider.heapBytes()).isGreaterThan(small.heapBytes() + 10L * 60_000 * 300 * 4 - 1);
        assertThat(drawn.heapBytes()).isGreaterThan(small.heapBytes());
    }

    @Test
    void aLargeDatasetGetsAHeapItsReaderAccepts() {
        long dataset = 200L << 20;

        HeapPlan plan = HeapPlan.of(6_000, 50, 1_000, dataset, 16 * GB);

        // the dataset reader refuses a dataset larger than a sixth of the heap (corpus.TextFiles)
        assertThat(plan.heapBytes() / 6).isGreaterThanOrEqualTo(dataset);
    }

    @Test
    void noMoreWordsAreDrawnThanTheTableHolds() {
        HeapPlan plan = HeapPlan.of(500, 50, 20_000, 0, 16 * GB);

        assertThat(plan.drawnWords()).isEqualTo(500);
    }

    @Test
    void theHeapStaysBetweenTheFloorAndTheMachinesShare() {
        assertThat(HeapPlan.of(100, 10, 100, 0, 16 * GB).heapBytes()).isEqualTo(256 * HeapPlan.MB);
        assertThat(HeapPlan.of(3_000_000, 300, 20_000, 0, 4 * GB).heapBytes()).isEqualTo(4 * GB);
    }

    @Test
    void theOptionAndTheNoteGiveTheLimitInMegabytes() {
        HeapPlan plan = HeapPlan.of(18_765, 50, 8_000, 0, 16 * GB);

        long mb = plan.heapBytes() / HeapPlan.MB;
        assertThat(plan.option()).isEqualTo("-Xmx" + mb + "m");
        assertThat(plan.describe()).contains(String.format("%,d MB", mb)).contains("18,765 words x 50");
    }
}
