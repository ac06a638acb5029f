package org.driftscope.projection;

import smile.manifold.UMAP;

/**
 * UMAP through Smile. Smile's UMAP cannot start from a given layout, so each epoch is laid out afresh
 * and aligned onto the frozen layout by a similarity transform; pictures therefore move more than the
 * vectors did (the t-SNE projector does not have that weakness). Smile lays out only the largest
 * connected component of its neighbour graph: when that leaves out more than a tenth of the words the
 * projector refuses (docs/decisions/0008); the few otherwise left out sit on their nearest laid-out word.
 */
final class UmapProjector implements Projector {
    private static final int NEIGHBOURS = 15;
    /** Below this share of words laid out by Smile, the picture would mislead: refuse (decision 0008). */
    private static final double MIN_LAID_OUT = 0.9;

    private Layout frozen;
    private float[] frozenData;

    @Override
    public Layout frozen(float[] data, int d) {
        return frozen(data, d, fit(data, d));
    }

    @Override
    public Layout frozen(float[] data, int d, Layout known) {
        frozen = known;
        frozenData = data.clone();
        return known;
    }

    @Override
    public Layout next(float[] data, int d) {
        // Fitted on the words that have not moved since the frozen vectors, when there are any.
        return Procrustes.align(fit(data, d), frozen, Pins.unchanged(data, frozenData, d));
    }

    /** Positions for every row: laid-out rows where Smile put them, others on their nearest laid-out row. */
    private static Layout complete(double[][] rows, int[] index, double[][] coordinates) {
        double[][] xy = new double[rows.length][];
        for (int k = 0; k < index.length; k++) {
            xy[index[k]] = coordinates[k];
        }
        for (int i = 0; i < rows.length; i++) {
            if (xy[i] != null) {
                continue;
            }
            int best = index[0];
            double bestDot = Double.NEGATIVE_INFINITY;
            for (int j : index) {
                double dot = 0;
                for (int c = 0; c < rows[i].length; c++) {
                    dot += rows[i][c] * rows[j][c];
                }
                if (dot > bestDot) {
                    best = j;
                    bestDot = dot;
                }
            }
            xy[i] = xy[best].clone();
        }
        return Projector.layout(xy);
    }

    private static Layout fit(float[] data, int d) {
        double[][] rows = Projector.unitRows(data, d);
        if (rows.length <= NEIGHBOURS) {
            throw new IllegalArgumentException("UMAP needs more than " + NEIGHBOURS + " words, got " + rows.length);
        }
        try {
            UMAP umap = UMAP.of(rows, NEIGHBOURS);
            if (umap.index.length < MIN_LAID_OUT * rows.length) {
                throw new IllegalStateException(String.format(
                        java.util.Locale.ROOT,
                        "UMAP laid out only %d of %d words (Smile keeps only the largest connected part of its"
                                + " neighbour graph); use t-SNE or PCA for these vectors",
                        umap.index.length,
                        rows.length));
            }
            return complete(rows, umap.index, umap.coordinates);
        } catch (LinkageError e) {
            throw new IllegalStateException(
                    "UMAP needs the ARPACK library, which has no build for this platform ("
                            + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                            + "); use t-SNE or PCA",
                    e);
        }
    }
}
