package org.driftscope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SegmentsTest {
    private static double[] clip(double x0, double y0, double x1, double y1) {
        return Segments.clip(x0, y0, x1, y1, 0, 0, 100, 50);
    }

    @Test
    void keepsASegmentInsideAsItIs() {
        assertArrayEquals(new double[] {10, 10, 90, 40}, clip(10, 10, 90, 40), 1e-12);
    }

    @Test
    void cutsTheEndsThatLeaveThePanel() {
        // From left of the panel to right of it, through the middle.
        assertArrayEquals(new double[] {0, 25, 100, 25}, clip(-50, 25, 150, 25), 1e-12);
        // A diagonal entering through the top edge and ending inside.
        assertArrayEquals(new double[] {30, 0, 50, 20}, clip(10, -20, 50, 20), 1e-12);
    }

    @Test
    void dropsSegmentsThatMissThePanel() {
        assertNull(clip(-10, -10, -1, 60));
        assertNull(clip(120, 10, 200, 40));
        // Crosses the panel's corner region outside it.
        assertNull(clip(90, -20, 130, 20));
    }
}
