package org.driftscope.vectors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 21's figures for the full export: the bench files of {@link VectorLoadBench} (400,000 words x
 * 300 dims, GloVe text and word2vec binary) written again with 20,000 rows replaced (a run's tuned
 * vocabulary), timed against a full load of the same file in the same run, and repeated in a child JVM
 * whose heap is capped far below the file, to show the rewrite streams.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx12g mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.vectors.RewriteBench -Dexec.args=/tmp/driftscope-bench}
 */
public final class RewriteBench {
    /** The replacements (20,000 x 300 floats, 24 MB) and a row buffer fit; the 483 MB table does not. */
    private static final int CAPPED_HEAP_MB = 96;

    private RewriteBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("child")) {
            System.out.print(rewrite(Path.of(args[1]), Path.of(args[2])));
            return;
        }
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/driftscope-bench"));
        Path text = dir.resolve("glove-400k-300d.txt");
        Path binary = dir.resolve("glove-400k-300d.bin");
        if (!Files.exists(text) || !Files.exists(binary)) {
            VectorLoadBench.generate(text, binary);
        }
        for (Path file : List.of(binary, text)) {
            Path out = dir.resolve("rewritten-" + file.getFileName());
            double load = best(() -> VectorReader.read(file).size());
            double rewrite = best(() -> rewrite(file, out));
            System.out.printf(
                    Locale.ROOT,
                    "%s: full load %.2f s, rewrite with %,d rows replaced %.2f s (%.2fx the load); %s%n",
                    file.getFileName(),
                    load,
                    VectorLoadBench.wanted().size(),
                    rewrite,
                    rewrite / load,
                    Files.mismatch(file, out) < 0 ? "same bytes as the input" : "bytes differ from the input");
            System.out.printf(Locale.ROOT, "  in a %d MB heap: %s%n", CAPPED_HEAP_MB, child(file, out));
        }
    }

    /** Rewrites {@code file} with the wanted words' rows replaced by their own values (so bytes can match). */
    private static String rewrite(Path file, Path out) throws Exception {
        Set<String> wanted = VectorLoadBench.wanted();
        WordVectors rows = VectorReader.read(file, ReadOptions.only(wanted).withIgnoreCase(false));
        VectorFormat format = FormatDetector.detect(file);
        var written = VectorWriter.rewrite(
                file,
                format,
                new VectorWriter.Replacements() {
                    @Override
                    public boolean has(String word) {
                        return rows.contains(word);
                    }

                    @Override
                    public boolean copy(String word, float[] target) {
                        var i = rows.indexOf(word);
                        if (i.isEmpty()) {
                            return false;
                        }
                        rows.copyRow(i.getAsInt(), target, 0);
                        return true;
                    }
                },
                w -> true,
                true,
                out,
                format);
        return String.format(Locale.ROOT, "%,d rows, %,d replaced", written.rows(), written.replaced());
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double best(Work work) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            System.gc();
            long t = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static String child(Path file, Path out) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + CAPPED_HEAP_MB + "m",
                        "-cp",
                        VectorLoadBench.classPath(),
                        RewriteBench.class.getName(),
                        "child",
                        file.toString(),
                        out.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        return code == 0
                ? "completed (" + text + ")"
                : "FAILED (exit " + code + "): "
                        + text.lines().reduce((a, b) -> b).orElse("");
    }
}
