package org.driftscope.projection;

import smile.manifold.UMAP;

/**
 * UMAP through Smile. Smile's UMAP cannot start from a given layout, so each epoch is laid out afresh
 * and aligned onto the frozen layout by a similarity transform; pictures therefore move more than the
 * vectors did (the t-SNE projector does not have that weakness). Smile lays out only the largest
 * connected component of its neighbour graph; every other word is placed on its nearest laid-out
 * word (by cosine), so no word goes missing from the picture.
 */
final class UmapProjector implements Projector {
    private static final int NEIGHBOURS = 15;

    private Layout frozen;

    @Override
    public Layout frozen(float[] data, int d) {
        frozen = fit(data, d);
        return frozen;
    }

    @Override
    public Layout next(float[] data, int d) {
        return Procrustes.align(fit(data, d), frozen);
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
