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
    /** How far, as a share of the extent, a free word may be taken out to hold the extent. */
    static final double HOLD_REACH = 0.05;

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
     * An epoch's layout finished: the free points moved back inside the frozen layout's bounding box
     * (both panels share that frame, so one word outside it would shrink the whole picture), then the
     * screen neighbourhoods of the words that kept their 10 nearest in vector space put back as they were
     * in the frozen layout ({@link KeptNeighbourhoods}), then the extent held ({@link #holdExtent}).
     *
     * @param before each word's nearest in the frozen vectors, or null if unknown
     * @param now each word's nearest in the tuned vectors, or null if unknown
     * @param displacement each word's cosine displacement, frozen -> tuned
     */
    static Layout settle(
            Layout layout, Layout frozen, boolean[] pinned, Neighbours before, Neighbours now, double[] displacement) {
        double[] xy = layout.xy();
        double[] frame = box(frozen);
        inside(xy, frame, pinned);
        KeptNeighbourhoods keep =
                before == null || now == null ? null : KeptNeighbourhoods.of(frozen, before, now, displacement);
        if (keep != null) {
            keep.repair(xy, pinned);
        }
        holdExtent(xy, frame, pinned);
        return new Layout(xy);
    }

    /**
     * Keeps the layout's extent, the longer side of its bounding box, at the frozen layout's: when the
     * words at either end of that side were free and moved inwards, the free word now nearest that end
     * goes out to it, along that axis only, if that is at most {@link #HOLD_REACH} of the extent away (a
     * word further in would be seen to jump; the extent then shrinks as it did). Every layout is read relative to its own extent (the fidelity
     * measures, a picture fitted to its panel), so a shrink of a few percent would move every pinned word
     * by as much relative to the picture, though none moved: the false motion above 1% that some seeds
     * showed came from this alone (docs/decisions/0016).
     */
    static void holdExtent(double[] xy, double[] frozenBox, boolean[] pinned) {
        int axis = frozenBox[1] - frozenBox[0] >= frozenBox[3] - frozenBox[2] ? 0 : 1;
        double low = frozenBox[2 * axis];
        double high = frozenBox[2 * axis + 1];
        int lowest = -1;
        int highest = -1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double freeMin = Double.POSITIVE_INFINITY;
        double freeMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pinned.length; i++) {
            double v = xy[2 * i + axis];
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (!pinned[i] && v < freeMin) {
                freeMin = v;
                lowest = i;
            }
            if (!pinned[i] && v > freeMax) {
                freeMax = v;
                highest = i;
            }
        }
        double reach = HOLD_REACH * (high - low);
        boolean lowHeld = min > low && lowest >= 0 && freeMin - low <= reach;
        if (lowHeld) {
            xy[2 * lowest + axis] = low;
        }
        if (max < high && highest >= 0 && !(lowHeld && highest == lowest) && high - freeMax <= reach) {
            xy[2 * highest + axis] = high;
        }
    }

    /** A layout's bounding box: min x, max x, min y, max y. */
    static double[] box(Layout frame) {
        double[] box = {
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (int i = 0; i < frame.size(); i++) {
            box[0] = Math.min(box[0], frame.x(i));
            box[1] = Math.max(box[1], frame.x(i));
            box[2] = Math.min(box[2], frame.y(i));
            box[3] = Math.max(box[3], frame.y(i));
        }
        return box;
    }

    /** Moves the free points back inside the frame's {@link #box}, in place. */
    static void inside(double[] xy, double[] box, boolean[] pinned) {
        double cx = (box[0] + box[1]) / 2;
        double cy = (box[2] + box[3]) / 2;
        for (int i = 0; i < pinned.length; i++) {
            if (!pinned[i]) {
                // back towards the frame's centre onto its edge, not clamped axis by axis: clamping put every
                // word pushed past the same corner on that corner, one on top of the other
                double dx = xy[2 * i] - cx;
                double dy = xy[2 * i + 1] - cy;
                double t = Math.min(scale(dx, box[1] - cx), scale(dy, box[3] - cy));
                xy[2 * i] = cx + t * dx;
                xy[2 * i + 1] = cy + t * dy;
            }
        }
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
