package org.driftscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftscope.compare.Comparison;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.export.Colouring;
import org.driftscope.export.ComparisonExports;
import org.driftscope.run.SampleComparison;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Two or more runs over the same vectors in one frame: a figure and a table of where their drift differs. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare runs over the same vectors: the frozen layout and each run's tuned layout in one"
                + " frame, and the words whose drift differs most.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "SESSION",
            arity = "0..*",
            description = "two or more session files written by 'train' or the app (or --sample)")
    List<Path> sessions = new ArrayList<>();

    @Option(
            names = "--sample",
            description = "train a bundled sample's ready comparison instead: static vs non-static vs skip-gram")
    String sample;

    @Option(names = "--epochs", defaultValue = "5", description = "with --sample, epochs per run")
    int epochs;

    @Option(names = "--epoch", description = "the epoch of every run to compare (default: each run's last)")
    Integer epoch;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "a figure (.png, .svg) or a table (.csv); give --out again for more")
    List<Path> out;

    @Option(
            names = "--colour",
            defaultValue = "class",
            description = "colour points by class, displacement, exposure or trust (of the first run)")
    String colour;

    @Option(names = "--force", description = "replace files that are already there")
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
        Colouring colouring = Colouring.parse(colour);
        for (Path p : out) {
            if (!ComparisonExports.writes(p)) {
                throw new IllegalArgumentException(
                        "--out " + p + ": cannot tell what to write from the name (use .png, .svg or .csv)");
            }
            if (!force && Files.exists(p)) {
                throw new IllegalArgumentException(
                        p + " is already there; give another --out, or --force to replace it");
            }
        }
        List<String> names = new ArrayList<>();
        List<EpochView> views = new ArrayList<>();
        Comparison c;
        if (sample != null) {
            if (!sessions.isEmpty()) {
                throw new IllegalArgumentException("give either session files or --sample, not both");
            }
            Sample s = SampleCatalog.find(sample)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "there is no sample '" + sample + "' (see 'driftscope samples')"));
            c = SampleComparison.train(s, epochs, epoch, method -> {
                if (!quiet) {
                    stdout.printf(Locale.ROOT, "training %s, %s for %d epochs%n", s.name(), method, epochs);
                    stdout.flush();
                }
            });
        } else {
            if (sessions.size() < 2) {
                throw new IllegalArgumentException(
                        "compare needs two or more session files (or --sample NAME), was given " + sessions.size());
            }
            for (Path p : sessions) {
                Session s = SessionFiles.read(p);
                try {
                    views.add(epoch == null ? s.last() : s.epoch(epoch));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(p + ": " + e.getMessage(), e);
                }
                names.add(s.run().config().method());
            }
            disambiguate(names);
            try {
                c = Comparison.of(names, views);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        String.join(", ", sessions.stream().map(Path::toString).toList()) + ": " + e.getMessage(), e);
            }
        }
        for (Path p : out) {
            ComparisonExports.write(c, p, colouring);
            if (!quiet) {
                stdout.println("wrote " + p);
            }
        }
        return Main.OK;
    }

    /** Runs of the same method get their position added, so every panel and column has its own name. */
    private void disambiguate(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (names.stream().filter(n::equals).count() > 1) {
                for (int j = 0; j < names.size(); j++) {
                    if (names.get(j).equals(n)) {
                        names.set(j, n + " " + sessionName(j));
                    }
                }
            }
        }
    }

    private String sessionName(int i) {
        Path parent = sessions.get(i).toAbsolutePath().getParent();
        String file = sessions.get(i).getFileName().toString();
        return "(" + (file.equals("session.driftscope") && parent != null ? parent.getFileName() : file) + ")";
    }
}
