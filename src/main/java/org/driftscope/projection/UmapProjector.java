package org.driftscope.projection;

import smile.manifold.UMAP;

/**
 * UMAP through Smile. Smile's UMAP cannot start from a given layout, so each epoch is laid out afresh
 * and aligned onto the frozen layout by a similarity transform; pictures therefore move more than the
 * vectors did (the t-SNE projector does not have that weakness).
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

    private static Layout fit(float[] data, int d) {
        double[][] rows = Projector.unitRows(data, d);
        if (rows.length <= NEIGHBOURS) {
            throw new IllegalArgumentException("UMAP needs more than " + NEIGHBOURS + " words, got " + rows.length);
        }
        try {
            return Projector.layout(UMAP.of(rows, NEIGHBOURS).coordinates);
        } catch (LinkageError e) {
            throw new IllegalStateException(
                    "UMAP needs the ARPACK library, which has no build for this platform ("
                            + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                            + "); use t-SNE or PCA",
                    e);
        }
    }
}
