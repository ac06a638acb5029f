package org.driftscope.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftscope.compare.Comparison;
import org.driftscope.io.AtomicFile;
import org.driftscope.plot.PngExporter;
import org.driftscope.plot.Scene;
import org.driftscope.plot.SvgExporter;
import org.driftscope.session.EpochView;

/** Runs compared, written as a figure ({@code .png}, {@code .svg}) or a table ({@code .csv}). */
public final class ComparisonExports {
    /** Width per panel: the one-run figure's 1,400 pixels are two panels. */
    public static final int PANEL_WIDTH = Exports.FIGURE_WIDTH / 2;

    private ComparisonExports() {}

    /** The file types {@link #write} writes. */
    public static boolean writes(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".csv");
    }

    /**
     * Writes the comparison in the format its name asks for, atomically.
     *
     * @throws IllegalArgumentException for a name that is not .png, .svg or .csv
     */
    public static void write(Comparison c, Path target, Colouring colouring) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            csv(c, target);
            return;
        }
        Scene scene = Scene.plain(ComparisonFigure.of(c, colouring));
        int width = PANEL_WIDTH * scene.figure().panels();
        if (name.endsWith(".png")) {
            PngExporter.write(scene, target, width, Exports.FIGURE_HEIGHT, 1);
        } else if (name.endsWith(".svg")) {
            SvgExporter.write(scene, target, width, Exports.FIGURE_HEIGHT, String.join("\n", provenance(c)));
        } else {
            throw new IllegalArgumentException(
                    "cannot tell what to write from '" + target.getFileName() + "' (use .png, .svg or .csv)");
        }
    }

    /**
     * Per word, the words whose drift differs most first: its frozen place, and per run its place,
     * its cosine displacement; then the spread (largest minus smallest displacement).
     */
    static void csv(Comparison c, Path target) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (String line : provenance(c)) {
            csv.append("# ").append(line).append('\n');
        }
        csv.append("word,frozen_x,frozen_y");
        for (String n : c.names()) {
            String slug = slug(n);
            csv.append(',')
                    .append(slug)
                    .append("_x,")
                    .append(slug)
                    .append("_y,")
                    .append(slug)
                    .append("_displacement");
        }
        csv.append(",spread\n");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.words().size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(c.spread(y), c.spread(x)));
        for (int i : order) {
            csv.append(Exports.quote(c.words().get(i)))
                    .append(String.format(
                            Locale.ROOT,
                            ",%.6f,%.6f",
                            c.frozenLayout().x(i),
                            c.frozenLayout().y(i)));
            for (int r = 0; r < c.names().size(); r++) {
                csv.append(String.format(
                        Locale.ROOT,
                        ",%.6f,%.6f,%.6f",
                        c.tuned().get(r).x(i),
                        c.tuned().get(r).y(i),
                        c.displacement().get(r)[i]));
            }
            csv.append(String.format(Locale.ROOT, ",%.6f%n", c.spread(i)));
        }
        AtomicFile.write(target, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A run's name as a column prefix: {@code skip-gram (non-static)} -> {@code skip_gram_non_static}. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return s.isEmpty() ? "run" : s;
    }

    private static List<String> provenance(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("Driftscope comparison of " + c.names().size() + " runs over "
                + c.words().size() + " words they all draw"
                + (c.relaidOut() ? " (laid out again in the first run's frozen frame)" : ""));
        for (int r = 0; r < c.names().size(); r++) {
            EpochView v = c.views().get(r);
            List<String> p = v.run().provenance().describe(v.epoch());
            lines.add("run " + (r + 1) + ", " + c.names().get(r) + ", epoch " + v.epoch() + ": "
                    + p.get(3).replaceFirst("^config: ", ""));
            if (r == 0) {
                lines.add(p.get(1));
                lines.add(p.get(2));
            }
        }
        return lines;
    }
}
