package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A loaded table's chunks are allocated straight into G1's old generation, so the collector never
 * copies the matrix and a load peaks at about the table's bytes (issue 23's memory target).
 */
class RowStoreTest {
    /** G1 allocates an object in the old generation when it takes more than half a region. */
    @Test
    void aChunkIsMoreThanHalfARegionAndFitsInOneForEveryRegionSize() {
        for (long region = 1L << 20; region <= 32L << 20; region <<= 1) {
            for (int dimension : new int[] {25, 50, 100, 300, 1000}) {
                long bytes = 16L + (long) RowStore.rowsPerChunk(dimension, region) * dimension * Float.BYTES;
                assertThat(bytes)
                        .as("%d dims in %d MB regions", dimension, region >> 20)
                        .isGreaterThan(region / 2)
                        .isLessThanOrEqualTo(region);
            }
        }
    }

    @Test
    void chunksAreSizedForTheRegionsOfTheRunningVm() {
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
            long region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
            assertThat(RowStore.chunkBytes()).isEqualTo(region);
        } else {
            assertThat(RowStore.chunkBytes()).isEqualTo(8L << 20);
        }
    }

    @Test
    void rowsAcrossChunkBoundariesKeepTheirValues() {
        int dimension = 300;
        var store = new RowStore(dimension);
        int rows = store.rowsPerChunk() * 2 + 7;
        for (int r = 0; r < rows; r++) {
            float[] chunk = store.append();
            chunk[store.lastOffset()] = r;
            chunk[store.lastOffset() + dimension - 1] = -r;
        }
        float[][] chunks = store.chunks();
        assertThat(chunks.length).isEqualTo(3);
        assertThat(chunks[2]).hasSize(7 * dimension);
        for (int r = 0; r < rows; r++) {
            float[] chunk = chunks[r / store.rowsPerChunk()];
            int at = (r % store.rowsPerChunk()) * dimension;
            assertThat(chunk[at]).isEqualTo(r);
            assertThat(chunk[at + dimension - 1]).isEqualTo(-r);
        }
    }

    /** Rows written into chunks the background thread allocated read back as written, in file order. */
    @Test
    void rowsInChunksAllocatedAheadKeepTheirValuesAndOrder() {
        int dimension = 300;
        var store = new RowStore(dimension);
        int rows = store.rowsPerChunk() * 3 + 5;
        store.expect(rows);
        for (int r = 0; r < rows; r++) {
            float[] chunk = store.append();
            chunk[store.lastOffset()] = r;
        }
        store.close();
        float[][] chunks = store.chunks();
        assertThat(chunks.length).isEqualTo(4);
        assertThat(chunks[3]).hasSize(5 * dimension);
        for (int r = 0; r < rows; r++) {
            assertThat(chunks[r / store.rowsPerChunk()][(r % store.rowsPerChunk()) * dimension])
                    .isEqualTo(r);
        }
        assertThat(aheadThreadsEnd()).isTrue();
    }

    /**
     * A header that overstates its rows (a file cut short, a bad row) leaves no chunk beyond the rows
     * read in the table, and closing the store ends its allocating thread, which would otherwise hold
     * the chunks it made ahead for as long as the program runs.
     */
    @Test
    void fewerRowsThanExpectedLeaveNoExtraChunkAndCloseEndsTheThread() {
        int dimension = 100;
        var store = new RowStore(dimension);
        store.expect(store.rowsPerChunk() * 20L);
        int rows = store.rowsPerChunk() + 1;
        for (int r = 0; r < rows; r++) {
            store.append()[store.lastOffset()] = r;
        }
        store.close();
        float[][] chunks = store.chunks();
        assertThat(chunks).hasNumberOfRows(2);
        assertThat(chunks[1]).hasSize(dimension);
        assertThat(chunks[1][0]).isEqualTo(rows - 1);
        assertThat(aheadThreadsEnd()).isTrue();
    }

    /** Whether every allocating thread has ended (each waited for up to ten seconds). */
    static boolean aheadThreadsEnd() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("driftscope-rows-ahead")) {
                try {
                    t.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                if (t.isAlive()) {
                    return false;
                }
            }
        }
        return true;
    }
}
