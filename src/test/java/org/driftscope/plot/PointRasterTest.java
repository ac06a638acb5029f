package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
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
    void everyChannelBlendsOnItsOwnForAnyColourAndAlpha() {
        // Channels are blended two at a time in the halves of an int: bright colours at high alpha are
        // where one half would carry into the other.
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            int under = 0xFF000000 | random.nextInt(0x1000000);
            if (trial % 4 == 0) {
                under = 0xFFFFFFFF;
            }
            int alpha = trial % 5 == 0 ? 254 : 1 + random.nextInt(254);
            int colour = trial % 3 == 0 ? 0xFFFFFF : random.nextInt(0x1000000);
            PointRaster r = new PointRaster(9, 9);
            r.disc(4.5, 4.5, 3, under);

            r.disc(4.5, 4.5, 3, (alpha << 24) | colour);

            int p = r.pixels()[4 * 9 + 4];
            assertThat(p >>> 24).isEqualTo(255);
            for (int shift = 0; shift <= 16; shift += 8) {
                double expected =
                        (((colour >> shift) & 0xFF) * alpha + ((under >> shift) & 0xFF) * (255 - alpha)) / 255.0;
                assertThat((double) ((p >> shift) & 0xFF))
                        .as("channel at bit %d of %08x over %08x", shift, (alpha << 24) | colour, under)
                        .isCloseTo(expected, within(0.51));
            }
        }
    }

    @Test
    void aDiscCoversThePixelsItsExactCentreWouldUpToSubpixelRounding() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            PointRaster r = new PointRaster(16, 16);
            double cx = 6 + 4 * random.nextDouble();
            double cy = 6 + 4 * random.nextDouble();
            double radius = 1 + 3 * random.nextDouble();

            r.disc(cx, cy, radius, 0xFF000000);

            // Centroids of what was drawn and of the exact model (itself a little off the centre near the
            // rim's pixel grid) stay within the 1/16 px the centre is rounded by, plus the bytes' rounding;
            // a table indexed one subpixel step (1/8 px) or one pixel wrong moves the first further.
            double mass = 0, mx = 0, my = 0, exactMass = 0, ex = 0, ey = 0;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    int a = r.pixels()[y * 16 + x] >>> 24;
                    // Coverage by the exact distance to the pixel's centre, as the table was made.
                    double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                    double exact = Math.min(1, Math.max(0, radius + 0.5 - d));
                    assertThat(a / 255.0)
                            .as("pixel %d,%d of a disc at %.3f,%.3f r %.2f", x, y, cx, cy, radius)
                            .isCloseTo(exact, within(0.1));
                    exactMass += exact;
                    ex += exact * (x + 0.5);
                    ey += exact * (y + 0.5);
                    mass += a;
                    mx += a * (x + 0.5);
                    my += a * (y + 0.5);
                }
            }
            assertThat(mx / mass).isCloseTo(ex / exactMass, within(0.08));
            assertThat(my / mass).isCloseTo(ey / exactMass, within(0.08));
        }
    }

    @Test
    void discsAtOrBeyondTheEdgeAreClippedWithoutError() {
        PointRaster r = new PointRaster(10, 10);

        r.disc(-1, -1, 3, 0xFF000000);
        r.disc(50, 50, 3, 0xFF000000);

        assertThat(r.pixels()[0] >>> 24).isGreaterThan(0);
        assertThat(r.pixels()[99]).isZero();
    }

    @Test
    void aDiscAtNoNumberOrFarAwayDrawsNothing() {
        PointRaster r = new PointRaster(10, 10);

        r.disc(Double.NaN, 5, 3, 0xFF000000);
        r.disc(5, Double.POSITIVE_INFINITY, 3, 0xFF000000);
        r.disc(-1e12, 1e12, 3, 0xFF000000);

        assertThat(r.pixels()).containsOnly(0);
    }
}
