package org.driftscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftscope.session.Colouring;
import org.driftscope.session.EpochView;
import org.driftscope.session.Exports;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.vectors.VectorFormat;
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

    @Option(names = "--what", required = true, description = "figure (.png or .svg), csv, vectors or tsv")
    String what;

    @Option(
            names = "--vectors-format",
            defaultValue = "word2vec-text",
            description = "for --what vectors: word2vec-text, word2vec-binary or glove-text")
    String vectorsFormat;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

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
        switch (what.strip().toLowerCase(Locale.ROOT)) {
            case "figure" -> {
                if (out.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    Exports.svg(view, out, colouring);
                } else {
                    Exports.png(view, out, 2, colouring);
                }
            }
            case "csv" -> {
                Exports.coordinates(view, out);
                String name = out.getFileName().toString().replaceFirst("\\.csv$", "");
                Exports.drift(view, out.resolveSibling(name + "-drift.csv"));
            }
            case "vectors" -> Exports.vectors(
                    view,
                    out,
                    VectorFormat.valueOf(
                            vectorsFormat.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            case "tsv" -> Exports.vectors(view, out, VectorFormat.PROJECTOR_TSV);
            default -> throw new IllegalArgumentException(
                    "unknown --what '" + what + "': use figure, csv, vectors or tsv");
        }
        spec.commandLine().getOut().println("wrote " + out + " (epoch " + view.epoch() + ")");
        return Main.OK;
    }
}
