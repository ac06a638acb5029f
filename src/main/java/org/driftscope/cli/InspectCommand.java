package org.driftscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.DatasetSummary;
import org.driftscope.corpus.Tokenizer;
import org.driftscope.io.InputFileException;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Summarises a vector file, a dataset or a session. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Summarise a vector file, a dataset (file or folder) or a session.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "vectors, dataset or session file")
    Path path;

    @CommandLine.Option(
            names = "--word",
            split = ",",
            paramLabel = "WORD",
            description = "for a session: the word's nearest neighbours before training and after every epoch,"
                    + " with their cosines (a word that is not drawn: before training and after the last epoch)")
    java.util.List<String> words = new java.util.ArrayList<>();

    @CommandLine.Mixin
    Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (!Files.exists(path)) {
            throw InputFileException.whole(path, "does not exist (" + path.toAbsolutePath() + ")");
        }
        if (Files.isDirectory(path)) {
            out.println(describe(DatasetReader.read(path)));
            return Main.OK;
        }
        if (isZip(path)) {
            Session s = SessionFiles.read(path);
            out.printf(
                    Locale.ROOT,
                    "session '%s': %s, %s, %d words x %d dims, epochs 0-%d%n",
                    s.run().name(),
                    s.run().config().method(),
                    s.run().projection().label(),
                    s.run().tracked().size(),
                    s.run().tracked().dimension(),
                    s.last().epoch());
            for (EpochView e : s.epochs()) {
                out.printf(
                        Locale.ROOT,
                        "  epoch %d: %s, %s%n",
                        e.epoch(),
                        e.snapshot().validationText(),
                        Progress.meanDisplacement(e));
            }
            for (String w : words) {
                neighbours(out, s, w);
            }
            return Main.OK;
        }
        if (!words.isEmpty()) {
            throw new IllegalArgumentException("--word goes with a session file, not " + path.getFileName());
        }
        WordVectors v;
        try {
            v = VectorReader.read(path);
        } catch (InputFileException notVectors) {
            if (VectorReader.detect(path).isPresent()) {
                // It reads as word vectors and is damaged: that is the answer, not a dataset reading of it.
                throw notVectors;
            }
            Dataset d;
            try {
                d = DatasetReader.read(path);
            } catch (InputFileException notData) {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                    throw notData; // named as a dataset: its reading as one is the answer
                }
                throw InputFileException.whole(
                        path,
                        "is neither word vectors (" + notVectors.getMessage() + ") nor a dataset ("
                                + notData.getMessage() + ")");
            }
            out.println(describe(d));
            return Main.OK;
        }
        out.printf(
                Locale.ROOT,
                "vectors: %d dimensions; %s%n",
                v.dimension(),
                v.source().summary());
        return Main.OK;
    }

    /** A word's neighbours before training and after each epoch (Kim 2014, Table 3), one line each. */
    private static void neighbours(java.io.PrintWriter out, Session s, String word) {
        int i = s.run().tracked().words().indexOf(word);
        if (i < 0) {
            undrawn(out, s, word);
            return;
        }
        var first = s.epochs().get(0).drift();
        out.printf(
                Locale.ROOT,
                "%s, nearest %s%s:%n",
                word,
                first.table() != null ? "in the whole table" : "among the drawn words",
                s.run().tracked().pretrained()[i]
                        ? ""
                        : "; it has no pretrained vector here (its row started random), so its neighbours"
                                + " before training are chance");
        out.println("  frozen:  " + list(first.before(i)));
        for (EpochView e : s.epochs()) {
            if (e.epoch() > 0) {
                out.printf(
                        Locale.ROOT,
                        "  epoch %d: %s%n",
                        e.epoch(),
                        list(e.drift().after(i)));
            }
        }
    }

    /**
     * A word of the table that is not drawn: the session keeps the table before training and after the
     * last epoch, not every epoch's, so those two lists.
     */
    private static void undrawn(java.io.PrintWriter out, Session s, String word) {
        var last = s.table();
        int row = last == null ? -1 : last.words().indexOf(word);
        if (row < 0) {
            throw new IllegalArgumentException(
                    last == null
                            ? "'" + word + "' is not among the session's "
                                    + s.run().tracked().size()
                                    + " drawn words, and the session keeps no whole table to look further"
                            : String.format(
                                    Locale.ROOT,
                                    "'%s' is neither drawn nor in the session's table of %,d words (the dataset's words"
                                            + " and the named ones)",
                                    word,
                                    last.size()));
        }
        int k = org.driftscope.training.RunConfig.NEIGHBOURS;
        boolean[] pretrained = last.pretrained();
        out.printf(
                Locale.ROOT,
                "%s, nearest in the whole table (%,d words); not drawn, so before training and after the last"
                        + " epoch only%s:%n",
                word,
                last.size(),
                pretrained != null && !pretrained[row]
                        ? "; it has no pretrained vector here (its row started random), so its neighbours"
                                + " before training are chance"
                        : "");
        if (s.frozenTable() != null) {
            out.println("  frozen:  "
                    + list(org.driftscope.drift.TableNeighbours.nearest(
                            last.words(), s.frozenTable().rows(), last.dimension(), row, k)));
        } else {
            out.println("  frozen:  (this session was saved without the table before training)");
        }
        out.printf(
                Locale.ROOT,
                "  epoch %d: %s%n",
                last.epoch(),
                list(org.driftscope.drift.TableNeighbours.nearest(
                        last.words(), last.rows(), last.dimension(), row, k)));
    }

    private static String list(java.util.List<org.driftscope.drift.Neighbour> neighbours) {
        StringBuilder s = new StringBuilder();
        for (var n : neighbours) {
            s.append(s.length() == 0 ? "" : ", ")
                    .append(n.word())
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", n.similarity()));
        }
        return s.toString();
    }

    private static String describe(Dataset d) {
        var summary = DatasetSummary.of(d, Tokenizer.kim(), w -> false);
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "dataset: %s, %s, %,d documents; %s",
                d.source().getFileName(),
                d.format().label(),
                d.size(),
                summary.describe().replaceAll("; vectors cover.*$", "")));
        d.notices().forEach(n -> s.append("\n  note: ").append(n));
        return s.toString();
    }

    private static boolean isZip(Path file) throws java.io.IOException {
        try (var in = org.driftscope.io.InputFiles.open(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
