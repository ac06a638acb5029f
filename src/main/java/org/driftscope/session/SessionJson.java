package org.driftscope.session;

import java.util.List;
import org.driftscope.training.RunConfig;

/**
 * The JSON part of a session file: explicit records, so reading one builds these and nothing else.
 * The vectors, layouts, tables and neighbour lists live in binary zip entries beside it, named in
 * {@link SessionFiles}.
 */
record SessionJson(
        String format,
        int version,
        String name,
        RunConfig config,
        String projection,
        ProvenanceJson provenance,
        List<String> labels,
        List<String> words,
        int[] trainCounts,
        int[] leaning,
        double[] association,
        boolean[] pretrained,
        int dimension,
        List<Integer> named,
        int length,
        int truncated,
        List<List<String>> watch,
        List<EpochJson> epochs) {
    static final String FORMAT = "driftscope-session";
    static final int VERSION = 1;

    record ProvenanceJson(
            String vectors,
            String vectorsFingerprint,
            String dataset,
            String datasetFormat,
            String libraries,
            String started) {}

    record EpochJson(
            int epoch,
            double trainLoss,
            double validationLoss,
            double validationAccuracy,
            double[] f1,
            long millis,
            long snapshotMillis) {}
}
