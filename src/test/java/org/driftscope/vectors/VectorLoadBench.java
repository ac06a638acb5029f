package org.driftscope.vectors;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.deeplearning4j.models.embeddings.loader.WordVectorSerializer;

/**
 * Issue 3's speed and memory figures, all from one run: a deterministic GloVe text file of 400,000
 * words x 300 dims (about 1 GB) and its word2vec binary twin (the same floats), loaded by Driftscope's
 * reader, by DL4J's WordVectorSerializer, and read as plain bytes. Memory limits are checked by running
 * the load in a child JVM whose heap is capped at the limit.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx12g mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.vectors.VectorLoadBench -Dexec.args=/tmp/driftscope-bench}
 */
public final class VectorLoadBench {
    private static final int ROWS = 400_000;
    private static final int DIMS = 300;
    private static final int WANTED = 20_000;

    private VectorLoadBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].startsWith("child-")) {
            child(args[0], Path.of(args[1]));
            return;
        }
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/driftscope-bench"));
        Path text = dir.resolve("glove-400k-300d.txt");
        Path binary = dir.resolve("glove-400k-300d.bin");
        if (!Files.exists(text) || !Files.exists(binary)) {
            generate(text, binary);
        }
        System.out.printf(
                Locale.ROOT,
                "files: text %,d bytes, binary %,d bytes, matrix %,d bytes%n",
                Files.size(text),
                Files.size(binary),
                (long) ROWS * DIMS * 4);

        double coldPlainBinary = cold(() -> plainRead(binary));
        double coldOursBinary = cold(() -> VectorReader.read(binary).size());
        double coldPlainText = cold(() -> plainRead(text));
        double coldOursText = cold(() -> VectorReader.read(text).size());
        double plainBinary = best(() -> plainRead(binary));
        double oursBinary = best(() -> VectorReader.read(binary).size());
        double plainText = best(() -> plainRead(text));
        double oursText = best(() -> VectorReader.read(text).size());
        double oursFiltered =
                best(() -> VectorReader.read(text, ReadOptions.only(wanted())).size());
        double dl4jText = once(
                () -> WordVectorSerializer.loadTxtVectors(text.toFile()).vocab().numWords());
        double dl4jBinary;
        try (InputStream in = Files.newInputStream(binary)) {
            dl4jBinary = once(() -> WordVectorSerializer.readBinaryModel(in, true, false)
                    .vocab()
                    .numWords());
        }
        System.out.printf(
                Locale.ROOT,
                "cold page cache: plain read of the binary file %.2f s, Driftscope binary load %.2f s"
                        + " (%.2fx); plain read of the text file %.2f s, Driftscope text load %.2f s (%.2fx)%n",
                coldPlainBinary,
                coldOursBinary,
                coldOursBinary / coldPlainBinary,
                coldPlainText,
                coldOursText,
                coldOursText / coldPlainText);
        System.out.printf(Locale.ROOT, "plain read of the binary file:   %6.2f s%n", plainBinary);
        System.out.printf(
                Locale.ROOT,
                "Driftscope binary load:          %6.2f s  (%.2fx the plain read)%n",
                oursBinary,
                oursBinary / plainBinary);
        System.out.printf(
                Locale.ROOT,
                "DL4J binary load:                %6.2f s  (%.1fx Driftscope)%n",
                dl4jBinary,
                dl4jBinary / oursBinary);
        System.out.printf(Locale.ROOT, "plain read of the text file:     %6.2f s%n", plainText);
        System.out.printf(
                Locale.ROOT,
                "Driftscope text load:            %6.2f s  (%.2fx the plain read)%n",
                oursText,
                oursText / plainText);
        System.out.printf(
                Locale.ROOT,
                "DL4J text load:                  %6.2f s  (%.1fx Driftscope)%n",
                dl4jText,
                dl4jText / oursText);
        System.out.printf(Locale.ROOT, "Driftscope filtered text load (%,d words): %.2f s%n", WANTED, oursFiltered);

        long matrixMb = (long) ROWS * DIMS * 4 >> 20;
        int fullLimit = (int) Math.ceil(matrixMb * 1.2);
        System.out.printf(
                Locale.ROOT,
                "full binary load in a %d MB heap (1.2x the %d MB matrix): %s%n",
                fullLimit,
                matrixMb,
                runChild("child-full", binary, fullLimit));
        System.out.printf(
                Locale.ROOT,
                "full text load in a %d MB heap: %s%n",
                fullLimit,
                runChild("child-full", text, fullLimit));
        System.out.printf(
                Locale.ROOT,
                "filtered text load (%,d words) in a 50 MB heap: %s%n",
                WANTED,
                runChild("child-filtered", text, 50));
    }

    static Set<String> wanted() {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < ROWS; i += ROWS / WANTED) {
            words.add(word(i));
        }
        return words;
    }

    private static String word(int i) {
        return "w" + Integer.toString(i * 7919 % 1_000_003, 36) + (i % 3 == 0 ? "ing" : "");
    }

    static void generate(Path text, Path binary) throws IOException {
        Random random = new Random(2014);
        try (OutputStream t = new BufferedOutputStream(Files.newOutputStream(text), 1 << 20);
                OutputStream b = new BufferedOutputStream(Files.newOutputStream(binary), 1 << 20)) {
            b.write((ROWS + " " + DIMS + "\n").getBytes(StandardCharsets.US_ASCII));
            ByteBuffer row = ByteBuffer.allocate(DIMS * 4).order(ByteOrder.LITTLE_ENDIAN);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < ROWS; i++) {
                String w = word(i);
                line.setLength(0);
                line.append(w);
                row.clear();
                for (int j = 0; j < DIMS; j++) {
                    // five decimals, like GloVe's files; the binary twin holds exactly the parsed floats
                    float v = Float.parseFloat(String.format(Locale.ROOT, "%.5f", random.nextGaussian() * 0.4));
                    line.append(' ').append(v);
                    row.putFloat(v);
                }
                line.append('\n');
                t.write(line.toString().getBytes(StandardCharsets.UTF_8));
                b.write((w + " ").getBytes(StandardCharsets.UTF_8));
                b.write(row.array());
                b.write('\n');
            }
        }
    }

    private static long plainRead(Path file) throws IOException {
        byte[] buf = new byte[1 << 20];
        long n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                n += r;
            }
        }
        return n;
    }

    /** The quicker of two runs, in seconds, after a collection so earlier garbage does not count. */
    private static double best(Callable<?> work) throws Exception {
        return Math.min(once(work), once(work));
    }

    /** One run after emptying the OS page cache (root on Linux); NaN where that is not allowed. */
    private static double cold(Callable<?> work) throws Exception {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
        } catch (IOException e) {
            return Double.NaN;
        }
        return once(work);
    }

    private static double once(Callable<?> work) throws Exception {
        System.gc();
        long t = System.nanoTime();
        work.call();
        return (System.nanoTime() - t) / 1e9;
    }

    private static String runChild(String mode, Path file, int heapMb) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-cp",
                classPath(),
                VectorLoadBench.class.getName(),
                mode,
                file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        return code == 0
                ? "completed; " + out
                : "FAILED (exit " + code + "): "
                        + out.lines().reduce((a, b) -> b).orElse("");
    }

    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (var url : loader.getURLs()) {
                parts.add(new File(url.getPath()).getPath());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void child(String mode, Path file) throws IOException {
        WordVectors v = mode.equals("child-full")
                ? VectorReader.read(file)
                : VectorReader.read(file, ReadOptions.only(wanted()));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "%,d rows kept, %d MB of heap in use after the load%n",
                v.size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
