package org.driftscope.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Places word labels beside their points without overlapping one another: for each label, in order,
 * it tries ten spots around the point and keeps the first whose box collides with no label placed
 * before it and no other labelled point. A label with no free spot goes to its first choice, so every
 * labelled word stays readable-ish rather than vanishing.
 */
final class LabelPlacer {
    /**
     * Candidate spots: x offset as (multiple of the label's width, pixels), baseline offset as a multiple
     * of the text height. Right, left, above, below, then farther out; no two near spots overlap.
     */
    private static final double[][] SPOTS = {
        {0, 7, -0.25},
        {0, 7, 1.0},
        {-1, -7, -0.25},
        {-1, -7, 1.0},
        {-0.5, 0, -1.35},
        {-0.5, 0, 2.2},
        {0, 7, -1.5},
        {-1, -7, -1.5},
        {0, 7, 2.25},
        {-1, -7, 2.25}
    };

    private final List<double[]> taken = new ArrayList<>();

    /** Marks a point's dot as occupied, so later labels do not cover it. */
    void reserveDot(double x, double y, double r) {
        taken.add(new double[] {x - r, y - r, x + r, y + r});
    }

    /**
     * @param width the label's estimated width
     * @param height the label's height (its font size)
     * @return the baseline-left corner for the label
     */
    double[] place(double px, double py, double width, double height) {
        double[] first = null;
        for (double[] spot : SPOTS) {
            double x = px + spot[0] * width + spot[1];
            double baseline = py + spot[2] * height;
            double[] box = {x, baseline - 0.8 * height, x + width, baseline + 0.2 * height, baseline};
            if (first == null) {
                first = box;
            }
            if (free(box)) {
                taken.add(box);
                return new double[] {x, baseline};
            }
        }
        taken.add(first);
        return new double[] {first[0], first[4]};
    }

    private boolean free(double[] box) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return false;
            }
        }
        return true;
    }
}
