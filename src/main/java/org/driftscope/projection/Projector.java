package org.driftscope.projection;

/**
 * Lays out one run's word vectors, epoch after epoch, in the frame of the frozen (pretrained) layout,
 * so that what moves on screen moved in vector space. Stateful: one projector per run, fed in order.
 * Vectors are compared by cosine (rows are scaled to unit length first).
 */
public interface Projector {
    /** Lays out the frozen vectors; called once, first. */
    Layout frozen(float[] data, int d);

    /**
     * As {@link #frozen(float[], int)}, given the layout a projector of the same method and seed made
     * earlier for exactly these vectors (a preview): the projectors that cannot cheaply recompute it take
     * it as it is.
     */
    default Layout frozen(float[] data, int d, Layout known) {
        return frozen(data, d);
    }

    /** Lays out an epoch's vectors in the frozen layout's frame. */
    Layout next(float[] data, int d);

    static Projector of(ProjectionMethod method, long seed) {
        return switch (method) {
            case TSNE -> new TsneProjector(seed);
            case PCA -> new PcaProjector();
            case UMAP -> new UmapProjector(seed);
        };
    }

    /** Rows scaled to unit length, as Smile's row arrays. */
    static double[][] unitRows(float[] data, int d) {
        int n = data.length / d;
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += (double) data[i * d + j] * data[i * d + j];
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int j = 0; j < d; j++) {
                rows[i][j] = data[i * d + j] * scale;
            }
        }
        return rows;
    }

    static Layout layout(double[][] xy) {
        double[] flat = new double[xy.length * 2];
        for (int i = 0; i < xy.length; i++) {
            flat[2 * i] = xy[i][0];
            flat[2 * i + 1] = xy[i][1];
        }
        return new Layout(flat);
    }
}
