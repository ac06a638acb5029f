package org.driftscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.driftscope.corpus.DatasetFormat;
import org.driftscope.corpus.DatasetOptions;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.corpus.WatchPair;
import org.driftscope.export.Colouring;
import org.driftscope.export.Exports;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.LiveRun;
import org.driftscope.run.RunObserver;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.Model;
import org.driftscope.training.Objective;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;
import org.driftscope.training.RunOutcome;
import org.driftscope.training.TunedTable;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorReader;
import org.driftscope.work.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains and writes, after every epoch, the figure (PNG and SVG), the coordinates and the drift
 * metrics (CSV); at the end, the session file the app opens and the fine-tuned vectors.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train a classifier and record what it does to the word vectors.",
        sortOptions = false)
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--sample", description = "a bundled sample instead of --vectors/--data (see 'samples')")
    String sample;

    @Option(names = "--vectors", paramLabel = "FILE", description = "pretrained vectors (any supported format)")
    Path vectors;

    @Option(names = "--data", paramLabel = "FILE|DIR", description = "labelled dataset")
    Path data;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "dataset layout: csv, tsv, fasttext, label-first, file-per-class, folder-per-class")
    String format;

    @Option(
            names = "--vectors-format",
            paramLabel = "FORMAT",
            description = "vector layout: word2vec-binary, word2vec-text, glove-text, projector-tsv")
    String vectorsFormat;

    @Option(names = "--regime", defaultValue = "non-static", description = "rand, static, non-static, multichannel")
    String regime;

    @Option(
            names = "--model",
            defaultValue = "kim-cnn",
            description = "kim-cnn, bilstm (a bidirectional LSTM, max-pooled) or mean-embedding")
    String model;

    @Option(
            names = "--objective",
            defaultValue = "classify",
            description = "classify (fine-tune a classifier on the labels), skipgram or cbow (continue word2vec"
                    + " on the sentences, labels unused; non-static or rand)")
    String objective;

    @Option(names = "--epochs", defaultValue = "5")
    int epochs;

    @Option(names = "--freeze-epochs", defaultValue = "0", description = "keep the embedding frozen this long")
    int freezeEpochs;

    @Option(names = "--learning-rate", defaultValue = "1e-3")
    double learningRate;

    @Option(
            names = "--embedding-learning-rate",
            description = "defaults to the sample's own rate (see its manifest), else to --learning-rate;"
                    + " with skipgram or cbow, word2vec's starting rate (0.025 and 0.05 by default)")
    Double embeddingLearningRate;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--track", split = ",", paramLabel = "WORDS", description = "words to follow and label")
    List<String> track = new ArrayList<>();

    @Option(names = "--track-top", defaultValue = "400", paramLabel = "N", description = "follow at most N words")
    int trackTop;

    @Option(names = "--watch", split = ",", paramLabel = "A:B", description = "word pairs whose similarity to follow")
    List<String> watch = new ArrayList<>();

    @Option(names = "--projection", defaultValue = "tsne", description = "tsne, pca or umap")
    String projection;

    @Option(
            names = "--colour",
            defaultValue = "class",
            description = "colour the figures' points by class, displacement, exposure or trust")
    String colour;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the results")
    Path out;

    @Option(names = "--force", description = "replace the run an --out directory already holds")
    boolean force;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @CommandLine.Mixin
    Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        RunConfig config = config();
        ProjectionMethod method = parse("projection", projection, ProjectionMethod::parse);
        Colouring.parse(colour);
        if (!force) {
            clearOrRefuse(out, false); // before the load, which can take minutes
        }
        Workspace workspace = workspace();
        if (!workspace.unwatchable().isEmpty()) {
            throw new IllegalArgumentException("--watch: " + String.join(", ", workspace.unwatchable())
                    + " ha" + (workspace.unwatchable().size() == 1 ? "s" : "ve")
                    + " no pretrained vector in "
                    + workspace.vectors().source().path().getFileName()
                    + ", so it would start random and its similarity would mean nothing;"
                    + " watch words the vectors hold");
        }
        clearOrRefuse(out, force);
        Files.createDirectories(out);
        if (!quiet) {
            stdout.println(workspace.name() + ": " + workspace.summary().describe());
            workspace.warnings().forEach(w -> stdout.println("  note: " + w));
            String heap = System.getProperty(Relaunch.PLAN);
            if (heap != null) {
                stdout.println("  note: " + heap);
            }
        }
        List<EpochView> views = Collections.synchronizedList(new ArrayList<>());
        List<Exception> writeErrors = Collections.synchronizedList(new ArrayList<>());
        RunOutcome[] outcome = new RunOutcome[1];
        String[] layoutFailure = new String[1];
        TunedTable[] table = new TunedTable[1];
        TunedTable[] frozenTable = new TunedTable[1];
        ExecutorService writer = Executors.newSingleThreadExecutor(Workers.named("driftscope-writer"));
        try (Progress progress = Progress.open(stdout, quiet, config.epochs())) {
            LiveRun run = LiveRun.start(workspace, config, method, Runnable::run, new RunObserver() {
                @Override
                public void onProgress(int epoch, int batch, int batches) {
                    progress.batch(epoch, batch, batches);
                }

                @Override
                public void onTable(TunedTable t) {
                    table[0] = t;
                    if (t.epoch() == 0) {
                        frozenTable[0] = t;
                    }
                }

                @Override
                public void onEpoch(EpochView view) {
                    views.add(view);
                    TunedTable whole = table[0] != null && table[0].epoch() == view.epoch() ? table[0] : null;
                    Session sofar = new Session(
                            views.get(0).run(), List.copyOf(views), whole == null ? null : frozenTable[0], whole);
                    // Written beside the training, not before it goes on: the run waits while an epoch is
                    // laid out (decision 0010), and its files need no cores the next batches want more.
                    writer.execute(() -> {
                        try {
                            writeEpoch(view);
                            // after every epoch, so a killed run loses at most the epoch in progress
                            SessionFiles.write(sofar, out.resolve("session.driftscope"));
                        } catch (Exception e) {
                            writeErrors.add(e);
                        }
                    });
                    progress.epoch(view);
                }

                @Override
                public void onLayoutFailed(int epoch, RuntimeException error) {
                    layoutFailure[0] = "epoch " + epoch + " could not be laid out: " + error.getMessage();
                }

                @Override
                public void onFinished(RunOutcome o) {
                    outcome[0] = o;
                }
            });
            run.await();
        } finally {
            writer.shutdown();
            // each task is one epoch's files; the run has ended, so they are all queued by now
            if (!writer.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("the epochs' files were still being written after an hour");
            }
        }
        if (!writeErrors.isEmpty()) {
            throw writeErrors.get(0);
        }
        if (views.isEmpty()) {
            try (var left = Files.list(out)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(out);
                }
            }
            spec.commandLine().getErr().println("driftscope: " + layoutFailure[0] + " (nothing was written)");
            return Main.FAILED;
        }
        TunedTable whole = table[0] != null
                        && table[0].epoch() == views.get(views.size() - 1).epoch()
                ? table[0]
                : null;
        Session session = new Session(views.get(0).run(), views, whole == null ? null : frozenTable[0], whole);
        VectorFormat input = workspace.vectors().source().format();
        try {
            Exports.vectorsInFull(
                    session, workspace.vectors().source().path(), out.resolve(tunedName(input)), input, false);
        } catch (org.driftscope.io.InputFileException e) {
            // a row the run never read is broken: the epochs are saved, only the full vectors are not
            spec.commandLine()
                    .getErr()
                    .println("driftscope: " + e.getMessage() + "; " + tunedName(input) + " was not written (epochs 0-"
                            + session.last().epoch() + " are saved in " + out + ")");
            return Main.BAD_INPUT;
        }
        if (layoutFailure[0] != null) {
            spec.commandLine()
                    .getErr()
                    .println("driftscope: " + layoutFailure[0] + "; training stopped (epochs 0-"
                            + session.last().epoch() + " are saved in " + out + ")");
            return Main.FAILED;
        }
        if (outcome[0].status() == RunOutcome.Status.FAILED) {
            spec.commandLine()
                    .getErr()
                    .println("driftscope: training failed: " + outcome[0].message()
                            + " (the epochs before it are saved in " + out + ")");
            return Main.FAILED;
        }
        if (!quiet) {
            stdout.println("wrote " + out.toAbsolutePath() + " (session.driftscope opens in the app)");
        }
        return Main.OK;
    }

    /** The fine-tuned vectors' file, in the input's format: a drop-in replacement for it. */
    static String tunedName(VectorFormat format) {
        return switch (format) {
            case WORD2VEC_BINARY -> "vectors-tuned.bin";
            case WORD2VEC_TEXT, GLOVE_TEXT -> "vectors-tuned.txt";
            case PROJECTOR_TSV -> "vectors-tuned.tsv";
        };
    }

    /** The files a run writes into --out, so that another run's are recognised and, with --force, replaced. */
    private static final java.util.regex.Pattern RUN_FILE = java.util.regex.Pattern.compile(
            "epoch-\\d+(\\.png|\\.svg|-coordinates\\.csv|-drift\\.csv)(\\.provenance\\.txt)?"
                    + "|session\\.driftscope|vectors-tuned\\.(txt|bin|tsv)(\\.provenance\\.txt)?"
                    + "|metadata-tuned\\.tsv");

    /**
     * Refuses an --out directory that holds another run's files (a new run would mix its epochs with the
     * old ones), unless --force, which removes those files and nothing else.
     */
    static void clearOrRefuse(Path out, boolean force) throws java.io.IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> old;
        try (var files = Files.list(out)) {
            old = files.filter(p -> RUN_FILE.matcher(p.getFileName().toString()).matches())
                    .toList();
        }
        if (old.isEmpty()) {
            return;
        }
        if (!force) {
            throw new IllegalArgumentException(out + " already holds a run (" + old.size()
                    + " files, e.g. " + old.get(0).getFileName()
                    + "); give another --out, or --force to replace it");
        }
        for (Path p : old) {
            Files.delete(p);
        }
    }

    private void writeEpoch(EpochView view) throws java.io.IOException {
        String base = String.format(Locale.ROOT, "epoch-%02d", view.epoch());
        Colouring colouring = Colouring.parse(colour);
        Exports.png(view, out.resolve(base + ".png"), 1, colouring);
        Exports.svg(view, out.resolve(base + ".svg"), colouring);
        Exports.coordinates(view, out.resolve(base + "-coordinates.csv"));
        Exports.drift(view, out.resolve(base + "-drift.csv"));
    }

    private RunConfig config() {
        RunConfig c = RunConfig.defaults();
        Regime r = parse("regime", regime, Regime::parse);
        Model m = parse(
                "model",
                model,
                s -> Model.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        Objective o = parse("objective", objective, Objective::parse, "classify, skipgram or cbow");
        return new RunConfig(
                r,
                m,
                o,
                epochs,
                c.batchSize(),
                learningRate,
                embeddingLearningRate != null
                        ? embeddingLearningRate
                        : o.supervised() ? sampleEmbeddingRate() : o.startingRate(),
                freezeEpochs,
                c.dropout(),
                c.maxLength(),
                c.validationFraction(),
                seed,
                c.filterWidths(),
                c.filterCount(),
                trackTop);
    }

    /** The bundled sample's own embedding rate, which its story is told at, or --learning-rate. */
    private double sampleEmbeddingRate() {
        try {
            double rate = sample == null
                    ? Double.NaN
                    : SampleCatalog.find(sample)
                            .map(Sample::embeddingLearningRate)
                            .orElse(Double.NaN);
            return Double.isNaN(rate) ? learningRate : rate;
        } catch (java.io.IOException e) {
            return learningRate;
        }
    }

    private Workspace workspace() throws java.io.IOException {
        List<WatchPair> pairs = watch.stream().map(WatchPair::parse).toList();
        Sample s = sample();
        if (s != null) {
            List<WatchPair> w = pairs.isEmpty() ? s.watch() : pairs;
            List<String> show = track.isEmpty() ? s.show() : track;
            return Workspace.open(s.name(), s.vectors(), null, s.data(), DatasetOptions.detect(), w, show);
        }
        String name = data.getFileName().toString();
        return Workspace.open(
                name, vectors, vectorFormat(), data, DatasetOptions.detect().withFormat(datasetFormat()), pairs, track);
    }

    /**
     * The heap this run needs ({@link HeapPlan}): from the dataset's words and the vectors' dimension,
     * read without the vectors themselves.
     */
    HeapPlan heapPlan(long ceiling) throws java.io.IOException {
        Sample s = sample();
        Path vectorFile = s != null ? s.vectors() : vectors;
        Path dataFile = s != null ? s.data() : data;
        DatasetOptions options = DatasetOptions.detect().withFormat(s != null ? null : datasetFormat());
        java.util.Set<String> words = Workspace.datasetWords(DatasetReader.read(dataFile, options));
        watch.stream().map(WatchPair::parse).forEach(p -> {
            words.add(p.first());
            words.add(p.second());
        });
        words.addAll(track);
        int dimension = VectorReader.dimension(vectorFile, s != null ? null : vectorFormat());
        return HeapPlan.of(
                words.size(), dimension, trackTop + track.size(), DatasetReader.sizeOnDisk(dataFile), ceiling);
    }

    /** The bundled sample asked for, or null for --vectors with --data; refuses a mix of the two. */
    private Sample sample() throws java.io.IOException {
        if (sample != null) {
            if (vectors != null || data != null) {
                throw new IllegalArgumentException("give either --sample or --vectors with --data, not both");
            }
            if (format != null || vectorsFormat != null) {
                throw new IllegalArgumentException(
                        "--format and --vectors-format go with --vectors and --data; a sample's layout is known");
            }
            return SampleCatalog.find(sample)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "there is no sample '" + sample + "' (see 'driftscope samples')"));
        }
        if (vectors == null || data == null) {
            throw new IllegalArgumentException("give --vectors and --data, or --sample");
        }
        return null;
    }

    private VectorFormat vectorFormat() {
        return vectorsFormat == null
                ? null
                : parse(
                        "vectors format",
                        vectorsFormat,
                        s -> VectorFormat.valueOf(
                                s.strip().toUpperCase(Locale.ROOT).replace('-', '_')),
                        labels(VectorFormat.values(), VectorFormat::label));
    }

    private DatasetFormat datasetFormat() {
        return format == null
                ? null
                : parse(
                        "format",
                        format,
                        s -> DatasetFormat.valueOf(
                                s.strip().toUpperCase(Locale.ROOT).replace('-', '_')),
                        labels(DatasetFormat.values(), DatasetFormat::label));
    }

    private static <T> String labels(T[] values, java.util.function.Function<T, String> label) {
        return java.util.Arrays.stream(values).map(label).collect(java.util.stream.Collectors.joining(", "));
    }

    private static <T> T parse(
            String what, String text, java.util.function.Function<String, T> parser, String choices) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + text + "' (choose " + choices + ")");
        }
    }

    private static <T> T parse(String what, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + text + "'");
        }
    }
}
