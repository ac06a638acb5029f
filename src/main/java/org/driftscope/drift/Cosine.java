package org.driftscope.drift;

/** Cosine similarity of two rows of row-major matrices; 0 when either row is all zeros. */
final class Cosine {
    private Cosine() {}

    static double of(float[] a, int i, float[] b, int j, int d) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < d; k++) {
            double x = a[i * d + k];
            double y = b[j * d + k];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
