package org.driftscope.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.vectors.VectorFormat;

/**
 * What one export writes for an epoch: any of the figure (PNG at {@code scale}, SVG), the coordinates and
 * drift tables (CSV) and the fine-tuned vectors, each named {@code base} plus a suffix in {@code folder}.
 *
 * @param folder where the files go (created when missing)
 * @param base the common start of the file names
 * @param png write the figure as PNG
 * @param svg write the figure as SVG
 * @param coordinates write both layouts' coordinates as CSV
 * @param drift write the drift metrics as CSV
 * @param vectors the format for the fine-tuned vectors, or {@code null} for none
 * @param colouring how the figure colours its points
 */
public record ExportSet(
        Path folder,
        String base,
        boolean png,
        boolean svg,
        boolean coordinates,
        boolean drift,
        VectorFormat vectors,
        Colouring colouring) {
    /** PNGs are drawn at twice their nominal size, sharp on high-density screens and in print. */
    public static final double PNG_SCALE = 2;

    public ExportSet {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(colouring, "colouring");
        if (base == null || base.isBlank() || base.contains("/") || base.contains("\\")) {
            throw new IllegalArgumentException("the file name must be a plain name, was '" + base + "'");
        }
        if (!png && !svg && !coordinates && !drift && vectors == null) {
            throw new IllegalArgumentException("choose at least one thing to export");
        }
    }

    /** Everything, vectors as word2vec text. */
    public static ExportSet everything(Path folder, String base) {
        return new ExportSet(folder, base, true, true, true, true, VectorFormat.WORD2VEC_TEXT, Colouring.CLASS);
    }

    /** The files this set writes, in order (the projector's metadata file after its vectors). */
    public List<Path> targets() {
        List<Path> out = new ArrayList<>();
        if (png) {
            out.add(file(".png"));
        }
        if (svg) {
            out.add(file(".svg"));
        }
        if (coordinates) {
            out.add(file("-coordinates.csv"));
        }
        if (drift) {
            out.add(file("-drift.csv"));
        }
        if (vectors != null) {
            out.add(file("-vectors" + suffix(vectors)));
            if (vectors == VectorFormat.PROJECTOR_TSV) {
                out.add(file("-metadata.tsv"));
            }
        }
        return out;
    }

    /**
     * What {@link #write(EpochView, Session, Picture)} wrote.
     *
     * @param files the files, in order
     * @param vectors what the vectors file holds, for the status line ("" when none was written)
     */
    public record Written(List<Path> files, String vectors) {}

    /**
     * Writes every chosen file for {@code view}, an epoch of {@code session}. The fine-tuned vectors are
     * written in full (every row of the run's vector file, the tuned rows replaced) when the session keeps
     * the whole table of that epoch, which is its last; for an earlier epoch, the drawn words only.
     * The figures are drawn in the plain way (both layouts in view, nothing selected, {@link #colouring}).
     */
    public Written write(EpochView view, Session session) throws IOException {
        return write(view, session, null);
    }

    /**
     * As {@link #write(EpochView, Session)}, the figures being the picture on screen: its colouring,
     * zoom, search, selection, arrows, trails and aspect (null: the plain figure).
     */
    public Written write(EpochView view, Session session, Picture picture) throws IOException {
        Files.createDirectories(folder);
        writeFigures(view, picture); // first: a full vector export that fails (its input moved) must not lose them
        String note = "";
        if (vectors != null) {
            Path target = file("-vectors" + suffix(vectors));
            if (session.table() != null && session.table().epoch() == view.epoch()) {
                var rows = Exports.vectorsInFull(session, null, target, vectors, false);
                note = String.format(
                        java.util.Locale.ROOT,
                        "vectors: all %,d rows, %,d changed by training",
                        rows.rows(),
                        rows.replaced());
            } else {
                Exports.vectors(view, target, vectors);
                note = session.table() == null
                        ? "vectors: the " + view.run().tracked().size()
                                + " drawn words (this session has no whole table)"
                        : "vectors: the " + view.run().tracked().size() + " drawn words (the whole table is kept for"
                                + " epoch " + session.table().epoch() + ")";
            }
        }
        return new Written(targets(), note);
    }

    private void writeFigures(EpochView view, Picture picture) throws IOException {
        Picture p = picture != null ? picture : Exports.plain(view, colouring);
        if (png) {
            Exports.png(view, p, file(".png"), PNG_SCALE);
        }
        if (svg) {
            Exports.svg(view, p, file(".svg"));
        }
        if (coordinates) {
            Exports.coordinates(view, file("-coordinates.csv"));
        }
        if (drift) {
            Exports.drift(view, file("-drift.csv"));
        }
    }

    private Path file(String suffix) {
        return folder.resolve(base + suffix);
    }

    private static String suffix(VectorFormat format) {
        return switch (format) {
            case WORD2VEC_BINARY -> ".bin";
            case WORD2VEC_TEXT -> ".vec";
            case GLOVE_TEXT -> ".glove.txt";
            case PROJECTOR_TSV -> ".tsv";
        };
    }
}
