package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20's fault suite, through the command a user runs: {@code driftscope train} given a malformed
 * vector file (with the bundled dataset) or a malformed dataset (with the bundled vectors). Each must
 * end with exit 2 and one line that names the file and, where the file has one, the line or byte; no
 * stack trace, and nothing written (no {@code --out}, no stray file beside the input).
 */
class FaultSuiteTest {
    private static final Path SAMPLE_VECTORS = Path.of("samples/mountains/vectors.txt");
    private static final Path SAMPLE_DATA = Path.of("samples/mountains/data.tsv");

    @TempDir
    Path dir;

    /** Writes the case's input under a folder and returns the path to give the command. */
    interface Input {
        Path write(Path dir) throws IOException;
    }

    /** A case whose message names the file the command was given. */
    private static Arguments fault(String name, Input input, String place, String reason) {
        return Arguments.of(name, input, null, place, reason);
    }

    /** A case whose message names a file inside the folder given ({@code shown}). */
    private static Arguments inside(String name, Input input, String shown, String reason) {
        return Arguments.of(name, input, shown, null, reason);
    }

    private static Input text(String file, String content) {
        return d -> Files.writeString(d.resolve(file), content.replace("|", "\n"));
    }

    private static Input bytes(String file, byte[] content) {
        return d -> Files.write(d.resolve(file), content);
    }

    private static byte[] concat(String head, byte[] tail) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private static byte[] gzip(String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** Little-endian float32 bytes. */
    private static byte[] floats(float... values) {
        var b = java.nio.ByteBuffer.allocate(values.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static Input folder(String name, String... files) {
        return d -> {
            Path root = d.resolve(name);
            Files.createDirectories(root);
            for (String f : files) {
                int eq = f.indexOf('=');
                Path p = root.resolve(eq < 0 ? f : f.substring(0, eq));
                if (eq < 0 && f.endsWith("/")) {
                    Files.createDirectories(p);
                } else {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, eq < 0 ? "" : f.substring(eq + 1).replace("|", "\n"));
                }
            }
            return root;
        };
    }

    static Stream<Arguments> vectorFiles() throws IOException {
        String twoRows = "the 0.1 0.2 0.3|in 0.1 0.2 0.3|";
        return Stream.of(
                fault(
                        "header asks for 2e9 dimensions (once 8 GB)",
                        text("v.vec", "1 2000000000|a 0.5|"),
                        "line 1",
                        "2,000,000,000 dimensions"),
                fault(
                        "header asks for 5e8 dimensions",
                        text("v.vec", "1 500000000|a 0.5|"),
                        "line 1",
                        "500,000,000 dimensions"),
                fault(
                        "header with eleven-digit dimension",
                        text("v.vec", "2 99999999999|a 0.5|"),
                        "line 1",
                        "99,999,999,999 dimensions"),
                fault("header says 0 dimensions", text("v.vec", "1 0|a|"), "byte 0", "0 dimensions"),
                fault(
                        "more dimensions than the file has bytes",
                        text("v.vec", "1 90000|a 0.5|"),
                        "line 1",
                        "at least 180,000 bytes"),
                fault(
                        "a row with too few numbers",
                        text("v.vec", "3 3|" + twoRows + "to 0.1 0.2|"),
                        "line 4",
                        "found 2 values"),
                fault(
                        "a row with too many numbers",
                        text("v.vec", "3 3|" + twoRows + "to 0.1 0.2 0.3 0.4|"),
                        "line 4",
                        "found 4 values"),
                fault(
                        "a value that is no number",
                        text("v.vec", "2 3|the 0.1 0.2 0.3|in 0.1 abc 0.3|"),
                        "line 3",
                        "'abc' is not a number"),
                fault("a NaN value", text("v.vec", "2 3|the 0.1 0.2 0.3|in 0.1 NaN 0.3|"), "line 3", "NaN"),
                fault(
                        "a value beyond float range",
                        text("v.vec", "2 3|the 0.1 0.2 0.3|in 0.1 1e39 0.3|"),
                        "line 3",
                        "Infinity"),
                fault(
                        "GloVe rows of different lengths",
                        text("g.txt", "the 0.1 0.2 0.3|in 0.1 0.2|"),
                        "line 2",
                        "found 2 values"),
                fault("header and no rows", text("v.vec", "3 3|"), "byte 0", "cut short"),
                fault("an empty file", text("v.vec", ""), null, "empty"),
                fault(
                        "a sparse file of zero bytes",
                        d -> {
                            Path file = d.resolve("sparse.vec");
                            try (var f = new RandomAccessFile(file.toFile(), "rw")) {
                                f.setLength(3L << 30);
                            }
                            return file;
                        },
                        "byte 0",
                        "zero byte"),
                fault(
                        "a dataset given as vectors",
                        text("v.vec", "text,label|good film,pos|"),
                        "line 1",
                        "does not look like a word-vector file"),
                fault(
                        "a PNG image",
                        bytes("v.vec", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                        null,
                        "PNG image"),
                fault("a zip archive", bytes("v.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}), null, "zip archive"),
                fault(
                        "a corrupt gzip header",
                        bytes("v.vec.gz", new byte[] {0x1f, (byte) 0x8b, 9, 9, 9, 9}),
                        "byte",
                        "gzip"),
                fault(
                        "a gzip file cut short",
                        d -> {
                            byte[] whole = gzip("3 3|" + twoRows.replace("|", "\n") + "to 0.1 0.2 0.3\n");
                            return Files.write(
                                    d.resolve("v.vec.gz"), java.util.Arrays.copyOf(whole, whole.length - 12));
                        },
                        "byte",
                        ""),
                fault(
                        "binary header asks for 6e8 dimensions (once an int overflow)",
                        bytes("v.bin", concat("1 600000000\na ", floats(1, 2, 3))),
                        "byte 0",
                        "600,000,000"),
                fault(
                        "binary header with more dimensions than bytes",
                        bytes("v.bin", concat("2 50000\na ", floats(1, 2, 3))),
                        "byte 0",
                        "200,000 bytes"),
                fault(
                        "binary file cut inside a vector",
                        bytes("v.bin", concat("2 3\na ", floats(1, 2))),
                        "byte",
                        "ends inside the vector"),
                fault("binary NaN value", bytes("v.bin", concat("1 2\na ", floats(1, Float.NaN))), "byte", "NaN"),
                fault(
                        "binary word without an end",
                        bytes("v.bin", concat("1 2\n", new byte[10_050])),
                        "byte",
                        "not word2vec binary"),
                fault(
                        "a folder given as vectors",
                        d -> Files.createDirectories(d.resolve("vectors")),
                        null,
                        "is a folder"),
                fault("a file that does not exist", d -> d.resolve("missing.vec"), null, "does not exist"),
                fault(
                        "projector TSV with a word in the numbers",
                        d -> {
                            Files.writeString(d.resolve("metadata.tsv"), "the\nin\n");
                            return Files.writeString(d.resolve("tensors.tsv"), "0.1\t0.2\n0.3\tx\n");
                        },
                        "line 2",
                        "not a number"));
    }

    static Stream<Arguments> datasets() {
        return Stream.of(
                fault(
                        "a 3 GB CSV (a sparse file)",
                        d -> {
                            Path file = d.resolve("huge.csv");
                            try (var f = new RandomAccessFile(file.toFile(), "rw")) {
                                f.setLength(
                                        Math.max(3L << 30, Runtime.getRuntime().maxMemory()));
                            }
                            return file;
                        },
                        null,
                        "held in memory"),
                fault(
                        "unbalanced CSV quotes",
                        text("q.csv", "text,label|fine film,pos|\"a dull, long film,neg|" + "good,pos|"),
                        "line 3",
                        "never closes"),
                fault(
                        "a stray quote after a quoted field",
                        text("q.csv", "text,label|\"good\" film,pos|bad,neg|"),
                        "line 2",
                        "closing '\"'"),
                fault("a ragged CSV", text("r.csv", "text,label|good,pos|bad, really,neg|"), "line 3", "3 fields"),
                fault("an empty label", text("l.csv", "text,label|good,pos|bad,|"), "line 3", "label is empty"),
                fault("an empty text", text("t.csv", "text,label|good,pos|,neg|"), "line 3", "text is empty"),
                fault(
                        "a fastText line without its label",
                        text("f.txt", "__label__pos good|bad film|"),
                        "line 2",
                        "__label__"),
                fault(
                        "a fastText label without text",
                        text("f.txt", "__label__pos good|__label__neg|"),
                        "line 2",
                        "no text"),
                inside(
                        "an empty class folder",
                        folder("byfolder", "pos/1.txt=good film", "neg/1.txt=bad film", "mixed/"),
                        "mixed",
                        "class folder in byfolder holds no documents"),
                inside(
                        "an empty class file",
                        folder("byfile", "pos.txt=good film|great film", "neg.txt=bad film|dull film", "mixed.txt"),
                        "mixed.txt",
                        "holds no documents"),
                fault(
                        "one class only",
                        text("one.tsv", "pos\tgood film|pos\tgreat film|"),
                        null,
                        "at least two classes"),
                fault("a binary file", bytes("b.tsv", new byte[] {'p', 'o', 's', '\t', 0, 1, 2}), "byte 4", "binary"),
                fault(
                        "fewer than eleven words in common with the vectors",
                        text("few.tsv", "pos\tzzq xxq|neg\tyyq wwq|pos\tzzq|neg\twwq|"),
                        null,
                        "only 0 of its 4 words"),
                fault(
                        "a single document in each class",
                        text("single.tsv", "europe\tthe alps in summer|" + "asia\tthe himalaya in winter|"),
                        null,
                        "single document"),
                inside(
                        "an empty training file beside a dev file",
                        d -> {
                            Files.writeString(d.resolve("s.dev"), "1 good film\n0 bad film\n");
                            return Files.writeString(d.resolve("s.train"), "\n");
                        },
                        "s.train",
                        "holds no documents"),
                fault("an empty dataset", text("e.tsv", "||"), null, "no documents"),
                fault(
                        "a folder without classes",
                        folder("flat", "README.md=about"),
                        null,
                        "without class folders or class files"));
    }

    @ParameterizedTest(name = "vectors: {0}")
    @MethodSource("vectorFiles")
    void aMalformedVectorFileGetsOneClearLineAndWritesNothing(
            String name, Input input, String shown, String place, String reason) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path vectors = input.write(in);
        assertFault(
                shown != null ? shown : vectors.getFileName().toString(),
                place,
                reason,
                "train",
                "--vectors",
                vectors.toString(),
                "--data",
                SAMPLE_DATA.toString());
    }

    @ParameterizedTest(name = "dataset: {0}")
    @MethodSource("datasets")
    void aMalformedDatasetGetsOneClearLineAndWritesNothing(
            String name, Input input, String shown, String place, String reason) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path data = input.write(in);
        assertFault(
                shown != null ? shown : data.getFileName().toString(),
                place,
                reason,
                "train",
                "--vectors",
                SAMPLE_VECTORS.toString(),
                "--data",
                data.toString());
    }

    private void assertFault(String named, String place, String reason, String... command) throws IOException {
        List<String> before = listing(dir);
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--epochs", "1", "--quiet", "--out", out.toString()));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));

        String err = stderr.toString().strip();
        String expectedStart = "driftscope: " + named + (place == null ? ": " : ", " + place);
        assertThat(code).as(err).isEqualTo(Main.BAD_INPUT);
        assertThat(err.lines()).as("one line, no stack trace").hasSize(1);
        assertThat(err).startsWith(expectedStart).contains(reason).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
        assertThat(listing(dir)).as("nothing else written").isEqualTo(before);
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
