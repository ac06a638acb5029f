package org.driftscope.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.driftscope.drift.DriftReport;
import org.driftscope.io.AtomicFile;
import org.driftscope.io.InputFileException;
import org.driftscope.plot.PngExporter;
import org.driftscope.plot.Scene;
import org.driftscope.plot.SvgExporter;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.training.TrackedWords;
import org.driftscope.training.TunedTable;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.VectorSource;
import org.driftscope.vectors.VectorWriter;
import org.driftscope.vectors.WordVectors;

/**
 * Everything an epoch can be saved as, the same for the app and the command line; every file is
 * written atomically and says what it was computed from (CSV comment lines, the SVG's description, a
 * {@code .provenance.txt} beside vector files and PNGs, whose formats have no place for it).
 */
public final class Exports {
    public static final int FIGURE_WIDTH = 1400;
    public static final int FIGURE_HEIGHT = 800;

    private Exports() {}

    public static void png(EpochView view, Path target, double scale) throws IOException {
        png(view, target, scale, Colouring.CLASS);
    }

    /** The figure as PNG at {@code scale} times its nominal size, points coloured as asked. */
    public static void png(EpochView view, Path target, double scale, Colouring colouring) throws IOException {
        png(view, plain(view, colouring), target, scale);
    }

    /** A picture as PNG at {@code scale} times its size, with the view's provenance beside it. */
    public static void png(EpochView view, Picture picture, Path target, double scale) throws IOException {
        PngExporter.write(picture.scene(), target, picture.width(), picture.height(), scale);
        sidecar(view, target);
    }

    public static void svg(EpochView view, Path target) throws IOException {
        svg(view, target, Colouring.CLASS);
    }

    /** The figure as SVG, points coloured as asked, with the provenance in its description. */
    public static void svg(EpochView view, Path target, Colouring colouring) throws IOException {
        svg(view, plain(view, colouring), target);
    }

    /** A picture as SVG, with the view's provenance in its description. */
    public static void svg(EpochView view, Picture picture, Path target) throws IOException {
        SvgExporter.write(
                picture.scene(), target, picture.width(), picture.height(), String.join("\n", provenance(view)));
    }

    /** The epoch as a file shows it when no one has looked at it: both layouts in view, nothing selected. */
    public static Picture plain(EpochView view, Colouring colouring) {
        return new Picture(Scene.plain(SnapshotFigure.of(view, colouring)), FIGURE_WIDTH, FIGURE_HEIGHT);
    }

    /** word, frozen and tuned coordinates, training count, class, displacement, overlap. */
    public static void coordinates(EpochView view, Path target) throws IOException {
        TrackedWords t = view.run().tracked();
        DriftReport drift = view.drift();
        StringBuilder csv = header(view);
        csv.append("word,frozen_x,frozen_y,tuned_x,tuned_y,train_count,class,displacement,neighbour_overlap,trust\n");
        for (int i = 0; i < t.size(); i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%.6f,%.6f,%.6f,%.6f,%d,%s,%.6f,%.4f,%.2f%n",
                    quote(t.words().get(i)),
                    view.frozen().x(i),
                    view.frozen().y(i),
                    view.tuned().x(i),
                    view.tuned().y(i),
                    t.trainCount(i),
                    label(view, t.leaning(i)),
                    drift.displacement()[i],
                    drift.overlap()[i],
                    view.trust()[i]));
        }
        text(target, csv);
    }

    /** Per word: the drift metrics, and the neighbours gained and lost against the frozen vectors. */
    public static void drift(EpochView view, Path target) throws IOException {
        TrackedWords t = view.run().tracked();
        DriftReport d = view.drift();
        StringBuilder csv = header(view);
        csv.append("word,displacement,step_displacement,norm_change,neighbour_overlap,step_neighbour_overlap,"
                + "train_count,pretrained,can_move,class,class_log_odds,neighbours_gained,neighbours_lost\n");
        for (int i = 0; i < t.size(); i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%.6f,%.6f,%.6f,%.4f,%.4f,%d,%b,%b,%s,%.4f,%s,%s%n",
                    quote(t.words().get(i)),
                    d.displacement()[i],
                    d.stepDisplacement()[i],
                    d.normChange()[i],
                    d.overlap()[i],
                    d.stepOverlap()[i],
                    t.trainCount(i),
                    d.exposure().pretrained(i),
                    d.exposure().movable(i),
                    label(view, t.leaning(i)),
                    d.exposure().association(i),
                    quote(String.join(" ", d.gained(i))),
                    quote(String.join(" ", d.lost(i)))));
        }
        text(target, csv);
    }

    /** The tracked words' fine-tuned vectors after this epoch, in any vector format. */
    public static void vectors(EpochView view, Path target, VectorFormat format) throws IOException {
        TrackedWords t = view.run().tracked();
        var vectors =
                WordVectors.of(t.words(), view.snapshot().tuned(), t.dimension(), VectorSource.inMemory(t.size()));
        VectorWriter.write(vectors, target, format);
        sidecar(view, target);
    }

    /**
     * The fine-tuned vectors in full: the run's input vector file written again in its row order, the
     * rows of the run's vocabulary replaced by their tuned values after the session's last epoch, every
     * other row as read. With {@code vocabularyOnly}, just the vocabulary's rows (in the file's order).
     *
     * @param input the vector file the run read; {@code null} for the one its provenance names
     * @return the rows written and how many of them were tuned rows
     * @throws InputFileException when the session has no whole table, or the input file is missing, has
     *     changed since the run, or (given as {@code input}) is not the file the run read: other numbers a
     *     row, pretrained words missing, or drawn words' rows other than their frozen vectors; nothing is
     *     written then
     */
    public static VectorWriter.Rewritten vectorsInFull(
            Session session, Path input, Path target, VectorFormat format, boolean vocabularyOnly) throws IOException {
        TunedTable table = session.table();
        EpochView last = session.last();
        Path file = input != null ? input : Path.of(session.run().provenance().vectors());
        if (table == null) {
            throw new IllegalArgumentException(
                    "this session was saved without the whole embedding table (before Driftscope kept it),"
                            + " so only the drawn words' vectors can be exported");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw InputFileException.whole(
                    file,
                    "the vector file the run read is not there (" + file.toAbsolutePath()
                            + "); the full export rewrites it, so give its new place");
        }
        String then = session.run().provenance().vectorsFingerprint();
        if (input == null && !then.isEmpty() && !then.equals(VectorReader.fingerprintOf(file))) {
            throw InputFileException.whole(
                    file,
                    "has changed since the run (" + then + ", now " + VectorReader.fingerprintOf(file)
                            + "); give the file the run read");
        }
        VectorWriter.Rewritten written = VectorWriter.rewrite(
                file,
                null,
                new TunedRows(file, table, session.run().tracked()),
                table.index()::containsKey,
                !vocabularyOnly,
                target,
                format);
        List<String> lines = new java.util.ArrayList<>(provenance(last));
        if (input != null
                && !input.toAbsolutePath()
                        .equals(Path.of(session.run().provenance().vectors()).toAbsolutePath())) {
            lines.add("rows as read from: " + input.toAbsolutePath() + " (" + VectorReader.fingerprintOf(input) + ")");
        }
        sidecar(target, lines);
        return written;
    }

    static List<String> provenance(EpochView view) {
        return view.run().provenance().describe(view.epoch());
    }

    private static StringBuilder header(EpochView view) {
        StringBuilder s = new StringBuilder();
        for (String line : provenance(view)) {
            s.append("# ").append(line).append('\n');
        }
        // how far the coordinates can be trusted to show the drift (decision 0016)
        s.append("# picture fidelity, frozen -> epoch ")
                .append(view.epoch())
                .append(": ")
                .append(FidelityText.of(view.fidelity()))
                .append('\n');
        return s;
    }

    private static void sidecar(EpochView view, Path target) throws IOException {
        sidecar(target, provenance(view));
    }

    private static void sidecar(Path target, List<String> lines) throws IOException {
        Path side = target.resolveSibling(target.getFileName() + ".provenance.txt");
        text(side, new StringBuilder(String.join("\n", lines)).append('\n'));
    }

    private static void text(Path target, CharSequence content) throws IOException {
        AtomicFile.write(target, out -> out.write(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String label(EpochView view, int index) {
        return index < 0 ? "" : quote(view.run().labels().get(index));
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
