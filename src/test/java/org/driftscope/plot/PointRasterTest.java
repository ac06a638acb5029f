package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointRasterTest {
    @Test
    void anOpaqueDiscFillsItsInsideAndLeavesTheRestClear() {
        PointRaster r = new PointRaster(20, 20);

        r.disc(10.5, 10.5, 4, 0xFF0072B2);

        assertThat(r.pixels()[10 * 20 + 10]).isEqualTo(0xFF0072B2);
        assertThat(r.pixels()[0]).isZero();
        assertThat(r.pixels()[10 * 20 + 16]).as("beyond the rim").isZero();
        int rim = r.pixels()[10 * 20 + 14];
        assertThat(rim >>> 24).as("the rim pixel is partly covered").isBetween(1, 254);
    }

    @Test
    void aTranslucentDiscBlendsOverWhatIsThereInPremultipliedColour() {
        PointRaster r = new PointRaster(9, 9);
        r.disc(4.5, 4.5, 3, 0xFFFF0000);

        r.disc(4.5, 4.5, 3, 0x800000FF);

        int p = r.pixels()[4 * 9 + 4];
        assertThat(p >>> 24).isEqualTo(255);
        assertThat((p >> 16) & 0xFF).isBetween(126, 128);
        assertThat(p & 0xFF).isBetween(127, 129);
    }

    @Test
    void discsAtOrBeyondTheEdgeAreClippedWithoutError() {
        PointRaster r = new PointRaster(10, 10);

        r.disc(-1, -1, 3, 0xFF000000);
        r.disc(50, 50, 3, 0xFF000000);

        assertThat(r.pixels()[0] >>> 24).isGreaterThan(0);
        assertThat(r.pixels()[99]).isZero();
    }
}
