package org.driftscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftscope.export.Colouring;
import org.driftscope.export.Exports;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes one epoch of a saved session as a figure, CSV, vectors or a projector TSV pair. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export one epoch of a saved session.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SESSION", description = "a session file written by 'train' or the app")
    Path session;

    @Option(names = "--epoch", description = "the epoch (default: the last)")
    Integer epoch;

    @Option(
            names = "--what",
            required = true,
            description = "figure (.png or .svg), csv, vectors, tsv, or animation (every epoch sliding into the next:"
                    + " .gif, or .png for numbered frames run-000.png ...)")
    String what;

    @Option(
            names = "--vectors-format",
            defaultValue = "word2vec-text",
            description = "for --what vectors: word2vec-text, word2vec-binary or glove-text")
    String vectorsFormat;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(
            names = "--rows",
            defaultValue = "all",
            description = "for --what vectors or tsv: all (every row of the input file, the tuned ones replaced),"
                    + " vocabulary (the dataset's words only) or drawn (the drawn words, from any epoch)")
    String rows;

    @Option(
            names = "--input",
            paramLabel = "VECTORS",
            description = "the vector file the run read, if it has moved or its date changed (the full export"
                    + " rewrites it; it is checked against the run's frozen rows)")
    Path input;

    @Option(names = "--force", description = "replace files that are already there")
    boolean force;

    @Option(
            names = "--colour",
            defaultValue = "class",
            description = "for --what figure: colour points by class, displacement, exposure or trust")
    String colour;

    @CommandLine.Mixin
    Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Colouring colouring = Colouring.parse(colour);
        Session s = SessionFiles.read(session);
        EpochView view = epoch == null ? s.last() : s.epoch(epoch);
        String kind = what.strip().toLowerCase(Locale.ROOT);
        boolean tsv = kind.equals("tsv");
        // a folder receives the projector pair under the names TensorBoard's projector expects
        Path target = tsv && java.nio.file.Files.isDirectory(out) ? out.resolve("vectors.tsv") : out;
        switch (kind) {
            case "csv" -> refuseExisting(java.util.List.of(out, csvDrift(out)));
            case "tsv" -> refuseExisting(java.util.List.of(target, VectorWriter.metadataFile(target)));
            default -> refuseExisting(java.util.List.of(out));
        }
        String note = "";
        switch (kind) {
            case "figure" -> {
                if (out.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    Exports.svg(view, out, colouring);
                } else {
                    Exports.png(view, out, 2, colouring);
                }
            }
            case "csv" -> {
                Exports.coordinates(view, out);
                Exports.drift(view, csvDrift(out));
            }
            case "vectors" -> note = vectors(s, view, out, parseFormat());
            case "tsv" -> note = vectors(s, view, target, VectorFormat.PROJECTOR_TSV);
            case "animation" -> {
                var upTo = s.epochs().subList(0, s.epochs().indexOf(view) + 1);
                if (out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    refuseExisting(java.util.List.of(
                            out.resolveSibling(out.getFileName().toString().replaceFirst("\\.png$", "") + "-000.png")));
                    var files = org.driftscope.export.Animation.pngs(upTo, colouring, out);
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    Locale.ROOT,
                                    "wrote %d frames, %s to %s (epochs 0-%d)%n",
                                    files.size(),
                                    files.get(0).getFileName(),
                                    files.get(files.size() - 1).getFileName(),
                                    view.epoch());
                    return Main.OK;
                }
                org.driftscope.export.Animation.gif(upTo, colouring, out);
                note = ", epochs 0-" + view.epoch() + " animated";
            }
            default -> throw new IllegalArgumentException(
                    "unknown --what '" + what + "': use figure, csv, vectors, tsv or animation");
        }
        spec.commandLine().getOut().println("wrote " + target + " (epoch " + view.epoch() + ")" + note);
        return Main.OK;
    }

    private static Path csvDrift(Path coordinates) {
        String name = coordinates.getFileName().toString().replaceFirst("\\.csv$", "");
        return coordinates.resolveSibling(name + "-drift.csv");
    }

    private VectorFormat parseFormat() {
        try {
            return VectorFormat.valueOf(
                    vectorsFormat.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --vectors-format '" + vectorsFormat
                    + "' (choose word2vec-text, word2vec-binary, glove-text or projector-tsv)");
        }
    }

    /** Writes the vectors; returns what the "wrote" line adds about them. */
    private String vectors(Session s, EpochView view, Path target, VectorFormat format) throws java.io.IOException {
        String which = rows.strip().toLowerCase(Locale.ROOT);
        if (which.equals("drawn")) {
            Exports.vectors(view, target, format);
            return ", the " + view.run().tracked().size() + " drawn words";
        }
        if (!which.equals("all") && !which.equals("vocabulary")) {
            throw new IllegalArgumentException("unknown --rows '" + rows + "': use all, vocabulary or drawn");
        }
        if (view.epoch() != s.last().epoch()) {
            throw new IllegalArgumentException("the session keeps the whole table after its last epoch ("
                    + s.last().epoch() + ") only; export that epoch, or --rows drawn for epoch " + view.epoch());
        }
        VectorWriter.Rewritten written;
        try {
            written = Exports.vectorsInFull(s, input, target, format, which.equals("vocabulary"));
        } catch (org.driftscope.io.InputFileException e) {
            // the file the session names is gone or changed: say how to name the right one here
            boolean where = e.getMessage().endsWith("give its new place")
                    || e.getMessage().endsWith("give the file the run read");
            throw input == null && where ? e.withHint(" with --input FILE") : e;
        }
        return String.format(Locale.ROOT, ", %,d rows, %,d changed by training", written.rows(), written.replaced());
    }

    /** Refuses to replace what is there unless --force: an export never overwrites without a word. */
    private void refuseExisting(java.util.List<Path> targets) {
        if (force) {
            return;
        }
        for (Path t : targets) {
            if (java.nio.file.Files.exists(t)) {
                throw new IllegalArgumentException(
                        t + " is already there; give another --out, or --force to replace it");
            }
        }
    }
}
