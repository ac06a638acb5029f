package org.driftscope.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Places word labels beside their points without overlapping one another: for each label, in order,
 * it tries ten spots around the point and keeps the first whose box collides with no label placed
 * before it and no other labelled point. A label with no free spot goes to its first choice, so every
 * labelled word stays readable-ish rather than vanishing.
 */
public final class LabelPlacer {
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
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    /** Labels must stay inside this box (the panel). */
    public LabelPlacer(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** Marks a point's dot as occupied, so later labels do not cover it. */
    public void reserveDot(double x, double y, double r) {
        taken.add(new double[] {x - r, y - r, x + r, y + r});
    }

    /**
     * @param width the label's estimated width
     * @param height the label's height (its font size)
     * @return the baseline-left corner for the label
     */
    public double[] place(double px, double py, double width, double height) {
        double[] first = null;
        for (double[] box : candidates(px, py, width, height)) {
            if (first == null) {
                first = box;
            }
            boolean inside = box[0] >= left && box[2] <= right && box[1] >= top && box[3] <= bottom;
            if (inside && free(box)) {
                taken.add(box);
                return new double[] {box[0], box[4]};
            }
        }
        // No free spot inside: the first choice, moved inside the panel.
        double shift = Math.max(0, left - first[0]) - Math.max(0, first[2] - right);
        double[] box = {first[0] + shift, first[1], first[2] + shift, first[3], first[4]};
        taken.add(box);
        return new double[] {box[0], box[4]};
    }

    /**
     * Boxes {left, top, right, bottom, baseline}: the near spots first, then rings farther out in eight
     * directions (a leader line will tie such a label to its point).
     */
    private static List<double[]> candidates(double px, double py, double width, double height) {
        List<double[]> boxes = new ArrayList<>();
        for (double[] spot : SPOTS) {
            boxes.add(box(px + spot[0] * width + spot[1], py + spot[2] * height, width, height));
        }
        for (int ring = 1; ring <= 5; ring++) {
            double r = 10 + ring * 14;
            for (int a = 0; a < 8; a++) {
                double cos = Math.cos(a * Math.PI / 4);
                double sin = Math.sin(a * Math.PI / 4);
                double cx = px + cos * (r + width / 2);
                double cy = py + sin * r;
                boxes.add(box(cx - width / 2, cy + 0.3 * height, width, height));
            }
        }
        return boxes;
    }

    private static double[] box(double x, double baseline, double width, double height) {
        return new double[] {x, baseline - 0.8 * height, x + width, baseline + 0.2 * height, baseline};
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
