package org.driftscope.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.driftscope.training.TunedTable;

/**
 * A word's nearest rows of a whole table by a plain loop in double precision: what the tests hold the
 * neighbour searches to, written independently of them.
 */
public final class BruteForceNeighbours {
    private BruteForceNeighbours() {}

    /** The {@code k} rows of highest cosine with {@code word}'s row, itself left out, nearest first. */
    public static List<Neighbour> of(TunedTable table, String word, int k) {
        int d = table.dimension();
        float[] rows = table.rows();
        int q = table.words().indexOf(word);
        List<Neighbour> scored = new ArrayList<>();
        for (int j = 0; j < table.size(); j++) {
            if (j == q) {
                continue;
            }
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int c = 0; c < d; c++) {
                dot += (double) rows[q * d + c] * rows[j * d + c];
                a += (double) rows[q * d + c] * rows[q * d + c];
                b += (double) rows[j * d + c] * rows[j * d + c];
            }
            scored.add(new Neighbour(table.words().get(j), a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b)));
        }
        scored.sort(Comparator.comparingDouble((Neighbour n) -> -n.similarity()));
        return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
    }
}
