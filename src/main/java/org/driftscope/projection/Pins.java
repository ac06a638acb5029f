package org.driftscope.projection;

/** Questions about a pinned-points mask, where {@code null} means nothing is pinned. */
final class Pins {
    private Pins() {}

    static boolean any(boolean[] pinned) {
        if (pinned != null) {
            for (boolean p : pinned) {
                if (p) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean all(boolean[] pinned, int n) {
        if (pinned == null || pinned.length != n) {
            return false;
        }
        for (boolean p : pinned) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    /** Rows of two row-major matrices that are bit-identical. */
    static boolean[] unchanged(float[] a, float[] b, int d) {
        int n = a.length / d;
        boolean[] same = new boolean[n];
        for (int i = 0; i < n; i++) {
            same[i] = java.util.Arrays.equals(a, i * d, (i + 1) * d, b, i * d, (i + 1) * d);
        }
        return same;
    }
}
