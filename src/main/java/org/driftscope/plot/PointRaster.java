package org.driftscope.plot;

import java.util.Arrays;

/**
 * Draws many small round dots straight into an ARGB pixel buffer, which a window then shows as one
 * image. Ten thousand dots per panel are too many for shape-by-shape drawing within a 16 ms frame in
 * software rendering; writing a small anti-aliased disc straight into the buffer costs a few dozen
 * pixel writes per dot, read off a table, and opaque interior pixels need no blending. Dots are drawn
 * in the order given, later ones over earlier ones.
 */
public final class PointRaster {
    /** Subpixel positions per pixel, along each axis, that a disc's centre is rounded to. */
    static final int PHASES = 8;

    private final int width;
    private final int height;
    private final int[] pixels;
    /** The coverage table of the last radius drawn (a plot draws all its dots at one radius). */
    private Stamp stamp;

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
     * Draws a disc of radius {@code r} centred on ({@code cx}, {@code cy}), its edge anti-aliased. The
     * centre is rounded to an eighth of a pixel, so the disc's coverage comes from a table made once per
     * radius; a frame of 20,000 dots then costs no square roots and no floating-point blending.
     *
     * @param argb an opaque or translucent colour (not premultiplied)
     */
    public void disc(double cx, double cy, double r, int argb) {
        disc(cx, cy, r, argb, 0, 0, width, height);
    }

    /**
     * As {@link #disc(double, double, double, int)}, writing only the pixels of columns [clipLeft,
     * clipRight) and rows [clipTop, clipBottom).
     */
    public void disc(
            double cx, double cy, double r, int argb, int clipLeft, int clipTop, int clipRight, int clipBottom) {
        if (!(cx + r + 1 > 0 && cy + r + 1 > 0 && cx - r - 1 < width && cy - r - 1 < height)) {
            return; // outside, or not a number
        }
        Stamp s = stamp(r);
        long qx = eighths(cx);
        long qy = eighths(cy);
        int phaseX = (int) (qx & (PHASES - 1));
        int phaseY = (int) (qy & (PHASES - 1));
        int left = (int) (qx >> 3) - s.reach;
        int top = (int) (qy >> 3) - s.reach;
        int k0 = Math.max(Math.max(0, clipLeft) - left, 0);
        int k1 = Math.min(s.size, Math.min(width, clipRight) - left);
        int j0 = Math.max(Math.max(0, clipTop) - top, 0);
        int j1 = Math.min(s.size, Math.min(height, clipBottom) - top);
        int alpha = (argb >>> 24) & 0xFF;
        // the colour as two pairs of 16-bit lanes, red and blue, opaque alpha and green
        int redBlue = argb & 0x00FF00FF;
        int alphaGreen = 0x00FF0000 | ((argb >> 8) & 0xFF);
        int opaque = 0xFF000000 | (argb & 0x00FFFFFF);
        int phase = phaseY * PHASES + phaseX;
        int base = phase * s.size * s.size;
        for (int j = j0; j < j1; j++) {
            int row = (top + j) * width + left;
            int cell = base + j * s.size;
            // only the row's covered cells: a disc covers about 30 of its stamp's 81 at the usual radius
            int span = phase * s.size + j;
            int from = Math.max(k0, s.from[span]);
            int to = Math.min(k1, s.to[span]);
            for (int k = from; k < to; k++) {
                int coverage = s.coverage[cell + k] & 0xFF;
                if (coverage == 0) {
                    continue;
                }
                int a = coverage == 255 ? alpha : div255(coverage * alpha);
                if (a == 255) {
                    // Most pixels of an opaque dot: nothing shows through, no arithmetic needed.
                    pixels[row + k] = opaque;
                } else if (a > 0) {
                    pixels[row + k] = blend(pixels[row + k], redBlue, alphaGreen, a);
                }
            }
        }
    }

    /**
     * Where {@link #disc} puts a centre coordinate: its pixel times {@link #PHASES} plus its subpixel
     * phase. Two centres whose values differ by a multiple of PHASES draw the same disc, that many eighths
     * of a pixel apart.
     */
    public static long eighths(double c) {
        double f = Math.floor(c);
        return (long) f * PHASES + Math.min(PHASES - 1, (int) ((c - f) * PHASES));
    }

    /** Moves every pixel by ({@code dx}, {@code dy}); the pixels that come into view are cleared. */
    public void shift(int dx, int dy) {
        if (Math.abs(dx) >= width || Math.abs(dy) >= height) {
            clear();
            return;
        }
        int rowLength = width - Math.abs(dx);
        int fromColumn = Math.max(0, -dx);
        int toColumn = Math.max(0, dx);
        if (dy > 0) {
            for (int row = height - 1; row >= dy; row--) {
                System.arraycopy(pixels, (row - dy) * width + fromColumn, pixels, row * width + toColumn, rowLength);
            }
        } else {
            for (int row = 0; row < height + dy; row++) {
                System.arraycopy(pixels, (row - dy) * width + fromColumn, pixels, row * width + toColumn, rowLength);
            }
        }
        int exposedFrom = dy > 0 ? 0 : height + dy;
        Arrays.fill(pixels, exposedFrom * width, (exposedFrom + Math.abs(dy)) * width, 0);
        int columnFrom = dx > 0 ? 0 : width + dx;
        for (int row = 0; row < height; row++) {
            Arrays.fill(pixels, row * width + columnFrom, row * width + columnFrom + Math.abs(dx), 0);
        }
    }

    /**
     * Source-over compositing of a straight colour with alpha {@code a} (0-255) onto a premultiplied
     * pixel: each channel {@code (colour x a + pixel x (255 - a)) / 255}, rounded, two channels at a time
     * in the 16-bit halves of an int (no half exceeds 255 x 255, so none carries into the other).
     *
     * @param redBlue the colour's red and blue, {@code 0x00RR00BB}
     * @param alphaGreen 255 and the colour's green, {@code 0x00FF00GG}
     */
    private static int blend(int dst, int redBlue, int alphaGreen, int a) {
        int keep = 255 - a;
        int rb = redBlue * a + (dst & 0x00FF00FF) * keep;
        int ag = alphaGreen * a + ((dst >>> 8) & 0x00FF00FF) * keep;
        return (div255(ag) << 8) | div255(rb);
    }

    /**
     * {@code v / 255} rounded to the nearest integer for {@code 0 <= v <= 255 x 255}, in each 16-bit half
     * of {@code lanes} at once (a single value in the low half gives its quotient alone).
     */
    private static int div255(int lanes) {
        int t = lanes + 0x00800080;
        return ((t + ((t >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
    }

    private Stamp stamp(double r) {
        if (stamp == null || stamp.radius != r) {
            stamp = Stamp.of(r);
        }
        return stamp;
    }

    /**
     * The coverage (0-255) of a disc of one radius over the pixels around its centre, for each of the
     * PHASES x PHASES subpixel positions of the centre: coverage falls from 1 to 0 across the one pixel at
     * the rim.
     */
    private record Stamp(double radius, int reach, int size, byte[] coverage, int[] from, int[] to) {
        static Stamp of(double r) {
            if (!(r > 0 && r < 256)) {
                throw new IllegalArgumentException("a dot's radius must be in (0, 256) pixels, got " + r);
            }
            int reach = (int) Math.ceil(r + 1);
            int size = 2 * reach + 1;
            byte[] coverage = new byte[PHASES * PHASES * size * size];
            double inner = Math.max(0, r - 0.5) * Math.max(0, r - 0.5);
            for (int py = 0; py < PHASES; py++) {
                for (int px = 0; px < PHASES; px++) {
                    // The centre sits in the middle of its eighth of the pixel at column and row reach.
                    double cx = reach + (px + 0.5) / PHASES;
                    double cy = reach + (py + 0.5) / PHASES;
                    int base = (py * PHASES + px) * size * size;
                    for (int j = 0; j < size; j++) {
                        for (int k = 0; k < size; k++) {
                            double dx = k + 0.5 - cx;
                            double dy = j + 0.5 - cy;
                            double d2 = dx * dx + dy * dy;
                            double c = d2 <= inner ? 1 : Math.min(1, Math.max(0, r + 0.5 - Math.sqrt(d2)));
                            coverage[base + j * size + k] = (byte) Math.round(c * 255);
                        }
                    }
                }
            }
            // per phase and row, the first covered cell and one past the last (from = to: none)
            int[] from = new int[PHASES * PHASES * size];
            int[] to = new int[from.length];
            for (int phase = 0; phase < PHASES * PHASES; phase++) {
                for (int j = 0; j < size; j++) {
                    int first = size;
                    int last = -1;
                    for (int k = 0; k < size; k++) {
                        if (coverage[(phase * size + j) * size + k] != 0) {
                            first = Math.min(first, k);
                            last = k;
                        }
                    }
                    from[phase * size + j] = first;
                    to[phase * size + j] = Math.max(first, last + 1);
                }
            }
            return new Stamp(r, reach, size, coverage, from, to);
        }
    }
}
