package org.driftscope.plot;

import java.util.Arrays;

/**
 * Draws many small round dots straight into an ARGB pixel buffer, which a window then shows as one
 * image. Ten thousand dots per panel are too many for shape-by-shape drawing within a 16 ms frame in
 * software rendering; writing a small anti-aliased disc straight into the buffer costs a few dozen
 * pixel writes per dot, and opaque interior pixels need no blending. Dots are drawn in the order given, later ones over earlier ones.
 */
public final class PointRaster {
    private final int width;
    private final int height;
    private final int[] pixels;

    public PointRaster(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a raster needs a positive size, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row, as premultiplied ARGB; the caller shows them and must not keep them. */
    public int[] pixels() {
        return pixels;
    }

    /** Sets every pixel to transparent. */
    public void clear() {
        Arrays.fill(pixels, 0);
    }

    /**
     * Draws a disc of radius {@code r} centred on ({@code cx}, {@code cy}), its edge anti-aliased.
     *
     * @param argb an opaque or translucent colour (not premultiplied)
     */
    public void disc(double cx, double cy, double r, int argb) {
        int x0 = Math.max(0, (int) Math.floor(cx - r - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + r + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - r - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r + 1));
        double alpha = ((argb >>> 24) & 0xFF) / 255.0;
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        double inner = Math.max(0, r - 0.5) * Math.max(0, r - 0.5);
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d2 = dx * dx + dy * dy;
                if (d2 <= inner) {
                    blend(row + x, red, green, blue, alpha);
                    continue;
                }
                // Coverage falls from 1 to 0 across the one pixel at the disc's rim.
                double coverage = Math.min(1, Math.max(0, r + 0.5 - Math.sqrt(d2)));
                if (coverage > 0) {
                    blend(row + x, red, green, blue, alpha * coverage);
                }
            }
        }
    }

    /** Source-over compositing of a straight colour onto the premultiplied pixel. */
    private void blend(int at, int red, int green, int blue, double a) {
        if (a >= 1) {
            // Most pixels of an opaque dot: nothing shows through, no arithmetic needed.
            pixels[at] = 0xFF000000 | (red << 16) | (green << 8) | blue;
            return;
        }
        int dst = pixels[at];
        double keep = 1 - a;
        int outA = (int) Math.round(255 * a + ((dst >>> 24) & 0xFF) * keep);
        int outR = (int) Math.round(red * a + ((dst >> 16) & 0xFF) * keep);
        int outG = (int) Math.round(green * a + ((dst >> 8) & 0xFF) * keep);
        int outB = (int) Math.round(blue * a + (dst & 0xFF) * keep);
        pixels[at] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
    }
}
