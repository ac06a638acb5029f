package org.driftscope.run;

import java.util.List;
import org.driftscope.drift.Neighbour;
import org.driftscope.drift.TableNeighbours;
import org.driftscope.plot.Scene;
import org.driftscope.projection.InPlace;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TunedTable;

/**
 * A word of the embedding table that is not drawn, put into an epoch's picture in place
 * ({@link InPlace}): in the frozen panel from the table before training, in the tuned panel from the
 * table of the epoch shown when the run keeps it (the last epoch's; epoch 0's is the frozen table).
 */
public final class Undrawn {
    private Undrawn() {}

    /**
     * Places a word in a view, or returns null when the tables do not hold it.
     *
     * @param frozen the table before training
     * @param tuned the latest table the run keeps, or null
     */
    public static Scene.Added place(EpochView view, TunedTable frozen, TunedTable tuned, String word) {
        int row = frozen == null ? -1 : frozen.words().indexOf(word);
        if (row < 0) {
            return null;
        }
        int d = frozen.dimension();
        float[] vector = new float[d];
        frozen.copyRow(row, vector, 0);
        double[] f = InPlace.place(view.run().tracked().frozen(), d, view.frozen(), vector);
        TunedTable then = tableFor(view.epoch(), frozen, tuned);
        double[] t = {Double.NaN, Double.NaN};
        if (then != null) {
            then.copyRow(row, vector, 0);
            t = InPlace.place(view.snapshot().tuned(), d, view.tuned(), vector);
        }
        return new Scene.Added(word, f[0], f[1], t[0], t[1]);
    }

    /** The table that holds an epoch's rows, or null. */
    public static TunedTable tableFor(int epoch, TunedTable frozen, TunedTable tuned) {
        if (epoch == 0) {
            return frozen;
        }
        return tuned != null && tuned.epoch() == epoch ? tuned : null;
    }

    /** The word's nearest neighbours in the whole of one table, nearest first. */
    public static List<Neighbour> neighbours(TunedTable table, String word) {
        int row = table.words().indexOf(word);
        return row < 0
                ? List.of()
                : TableNeighbours.nearest(table.words(), table.rows(), table.dimension(), row, RunConfig.NEIGHBOURS);
    }
}
