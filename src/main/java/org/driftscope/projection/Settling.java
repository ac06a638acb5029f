package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.drift.Neighbours;

/**
 * The epoch-to-epoch rules shared by the projectors whose layouts follow the vectors (t-SNE and UMAP,
 * docs/decisions/0016): which words stay exactly at their frozen place, where the others start from,
 * and the frame they must stay inside.
 */
final class Settling {
    private static final int K = Fidelity.K;

    private Settling() {}

    /**
     * How many of its {@link Fidelity#K} frozen neighbours each word kept; marks in {@code pinned} every
     * word that kept them all and moved no more than the median word (by cosine displacement).
     */
    static int[] pin(boolean[] pinned, Neighbours frozen, Neighbours now, double[] displacement) {
        double median = Fidelity.percentile(displacement.clone(), 0.5);
        int[] kept = new int[pinned.length];
        for (int i = 0; i < pinned.length; i++) {
            kept[i] = Neighbours.shared(frozen.of(i), now.of(i));
            pinned[i] |= kept[i] == K && displacement[i] <= median + Fidelity.ROUNDING;
        }
        return kept;
    }

    /**
     * Where an epoch starts: the previous layout, pinned words at their frozen place, and a word that
     * lost more than half of the neighbours it had at the previous epoch at the median place of its new
     * neighbours (as openTSNE places new points), since gradient descent alone would not carry it across
     * the empty space between clusters.
     */
    static double[] start(Layout previous, Layout frozen, boolean[] pinned, Neighbours before, Neighbours now) {
        double[] start = previous.xy();
        for (int i = 0; i < pinned.length; i++) {
            if (pinned[i]) {
                start[2 * i] = frozen.x(i);
                start[2 * i + 1] = frozen.y(i);
            }
        }
        double[] restart = start.clone();
        for (int i = 0; i < pinned.length; i++) {
            if (!pinned[i] && 2 * Neighbours.shared(before.of(i), now.of(i)) < K) {
                restart[2 * i] = median(start, now.of(i), 0);
                restart[2 * i + 1] = median(start, now.of(i), 1);
            }
        }
        return restart;
    }

    /**
     * The free points moved back inside the frozen layout's bounding box: both panels share that frame,
     * so one word outside it would shrink the whole picture.
     */
    static Layout inside(Layout layout, Layout frame, boolean[] pinned) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < frame.size(); i++) {
            minX = Math.min(minX, frame.x(i));
            maxX = Math.max(maxX, frame.x(i));
            minY = Math.min(minY, frame.y(i));
            maxY = Math.max(maxY, frame.y(i));
        }
        double[] xy = layout.xy();
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (int i = 0; i < pinned.length; i++) {
            if (!pinned[i]) {
                // back towards the frame's centre onto its edge, not clamped axis by axis: clamping put every
                // word pushed past the same corner on that corner, one on top of the other
                double dx = xy[2 * i] - cx;
                double dy = xy[2 * i + 1] - cy;
                double t = Math.min(scale(dx, maxX - cx), scale(dy, maxY - cy));
                xy[2 * i] = cx + t * dx;
                xy[2 * i + 1] = cy + t * dy;
            }
        }
        return new Layout(xy);
    }

    /** The share of an offset from the centre that stays within the half-width: 1 when it is inside. */
    private static double scale(double offset, double halfWidth) {
        return Math.abs(offset) <= halfWidth ? 1 : halfWidth / Math.abs(offset);
    }

    private static double median(double[] xy, int[] points, int axis) {
        double[] values = new double[points.length];
        for (int r = 0; r < points.length; r++) {
            values[r] = xy[2 * points[r] + axis];
        }
        Arrays.sort(values);
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
