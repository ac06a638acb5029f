package org.driftscope.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.driftscope.io.InputFileException;
import org.driftscope.training.TrackedWords;
import org.driftscope.training.TunedTable;
import org.driftscope.vectors.VectorWriter;

/**
 * The tuned table as replacement rows for the input file, checking as it goes that the file is the one
 * the run read: the same numbers a row, every pretrained word of the run there, and the drawn words'
 * rows equal to the frozen vectors the run started from. A file that fails is refused before anything
 * is written, so an export never carries another file's rows under the run's name.
 */
final class TunedRows implements VectorWriter.Replacements {
    /** Text files round their numbers; a different file differs by far more than this. */
    private static final double TOLERANCE = 1e-4;

    private final Path file;
    private final TunedTable table;
    private final Map<String, Integer> index;
    private final Map<String, Integer> drawn;
    private final float[] frozen;
    private final boolean[] drawnPretrained;
    private final int dimension;
    private final boolean[] seen;

    TunedRows(Path file, TunedTable table, TrackedWords tracked) {
        this.file = file;
        this.table = table;
        this.index = table.index();
        this.frozen = tracked.frozen();
        this.drawnPretrained = tracked.pretrained();
        this.dimension = tracked.dimension();
        this.drawn = new java.util.HashMap<>();
        for (int i = 0; i < tracked.size(); i++) {
            drawn.put(tracked.words().get(i), i);
        }
        this.seen = new boolean[table.size()];
    }

    @Override
    public boolean has(String word) {
        return index.containsKey(word);
    }

    @Override
    public void read(String word, float[] values) throws IOException {
        Integer row = index.get(word);
        if (row == null) {
            return;
        }
        if (values.length != table.dimension()) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            Locale.ROOT,
                            "is not the vector file the run read: its rows have %d numbers, the run's %d",
                            values.length,
                            table.dimension()));
        }
        seen[row] = true;
        Integer d = drawn.get(word);
        if (d == null || !drawnPretrained[d]) {
            return;
        }
        double worst = 0;
        for (int j = 0; j < dimension; j++) {
            float start = frozen[d * dimension + j];
            worst = Math.max(worst, Math.abs(values[j] - start) / Math.max(1.0, Math.abs(start)));
        }
        if (worst > TOLERANCE) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            Locale.ROOT,
                            "is not the vector file the run read: the row of '%s' differs from the vector the"
                                    + " run started from (by up to %.3g); give the file the run read",
                            word,
                            worst));
        }
    }

    @Override
    public boolean copy(String word, float[] target) {
        Integer i = index.get(word);
        if (i == null) {
            return false;
        }
        table.copyRow(i, target, 0);
        return true;
    }

    @Override
    public void finished() throws IOException {
        boolean[] pretrained = table.pretrained();
        int missing = 0;
        String first = null;
        for (int i = 0; i < seen.length; i++) {
            if (pretrained[i] && !seen[i]) {
                missing++;
                first = first == null ? table.words().get(i) : first;
            }
        }
        if (missing > 0) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            Locale.ROOT,
                            "is not the vector file the run read: %,d of the run's %,d pretrained words are not in"
                                    + " it (the first: '%s'); give the file the run read",
                            missing,
                            count(pretrained),
                            first));
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
