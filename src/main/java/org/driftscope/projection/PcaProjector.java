package org.driftscope.projection;

import smile.feature.extraction.PCA;

/**
 * PCA through Smile, with the two principal axes fitted once on the frozen vectors and reused for every
 * epoch: an exact, linear and stable baseline in which an unchanged vector never moves.
 */
final class PcaProjector implements Projector {
    private smile.feature.extraction.Projection projection;

    @Override
    public Layout frozen(float[] data, int d) {
        double[][] rows = Projector.unitRows(data, d);
        if (rows.length < 3) {
            throw new IllegalArgumentException("PCA needs at least 3 words, got " + rows.length);
        }
        projection = PCA.fit(rows).getProjection(2);
        return Projector.layout(projection.apply(rows));
    }

    @Override
    public Layout next(float[] data, int d) {
        return Projector.layout(projection.apply(Projector.unitRows(data, d)));
    }
}
