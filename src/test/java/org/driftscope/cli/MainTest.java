package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @Tag("slow")
    void trainWritesEveryPromisedFileAndEachReadsBack() throws Exception {
        Path out = dir.resolve("run");

        Result r = run("train", "--sample", "mountains", "--epochs", "2", "--out", out.toString(), "--quiet");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        for (int epoch = 0; epoch <= 2; epoch++) {
            String base = "epoch-0" + epoch;
            var png = ImageIO.read(out.resolve(base + ".png").toFile());
            assertThat(png.getWidth()).isPositive();
            assertThat(Files.readString(out.resolve(base + ".svg")))
                    .startsWith("<?xml")
                    .contains("<svg", "</svg>");
            List<String> coordinates = Files.readAllLines(out.resolve(base + "-coordinates.csv"));
            assertThat(coordinates).anyMatch(l -> l.startsWith("# vectors: "));
            String fidelity = "# picture fidelity, frozen -> epoch " + epoch + ": false motion ";
            assertThat(coordinates).anyMatch(l -> l.startsWith(fidelity));
            assertThat(coordinates)
                    .contains(
                            "word,frozen_x,frozen_y,tuned_x,tuned_y,train_count,class,displacement,neighbour_overlap,trust");
            assertThat(coordinates.stream().filter(l -> l.startsWith("alps,")))
                    .singleElement()
                    .satisfies(l -> assertThat(l.split(",")).hasSize(10));
            assertThat(Files.readAllLines(out.resolve(base + "-drift.csv")))
                    .anyMatch(l -> l.startsWith("word,displacement,step_displacement,norm_change,neighbour_overlap"));
        }
        Session session = SessionFiles.read(out.resolve("session.driftscope"));
        assertThat(session.epochs()).hasSize(3);
        // the fine-tuned vectors in full: every row of the input, in its order, the drawn words' rows tuned
        WordVectors input = VectorReader.read(Path.of("samples/mountains/vectors.txt"));
        WordVectors tuned = VectorReader.read(out.resolve("vectors-tuned.txt"));
        assertThat(tuned.words()).isEqualTo(input.words());
        var drawn = session.run().tracked();
        float[] last = session.last().snapshot().tuned();
        for (int i = 0; i < drawn.size(); i++) {
            float[] row = java.util.Arrays.copyOfRange(last, i * drawn.dimension(), (i + 1) * drawn.dimension());
            assertThat(tuned.vector(tuned.indexOf(drawn.words().get(i)).orElseThrow()))
                    .as(drawn.words().get(i))
                    .isEqualTo(row);
        }
        assertThat(session.table()).as("the session keeps the whole table").isNotNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "train --vectors missing.vec --data samples/mountains/data.tsv --out OUT | missing.vec: the file does not exist",
                "train --sample mountains --format csv --out OUT | --format and --vectors-format go with --vectors and --data",
                "train --sample mountains --vectors samples/mountains/vectors.txt --out OUT | give either --sample or",
                "train --vectors samples/mountains/vectors.txt --data samples/mountains/data.tsv --format xml --out OUT"
                        + " | unknown format 'xml'",
                "train --sample mountains --epochs 0 --out OUT | epochs must be at least 1, was 0",
                "train --sample nowhere --out OUT | there is no sample 'nowhere'",
                "train --sample mountains --colour red --out OUT | unknown colouring 'red': use class, displacement,",
                "export OUT/none.driftscope --what figure --colour red --out OUT/x.png | unknown colouring 'red'",
                "train --sample mountains --epochs many --out OUT | Invalid value for option '--epochs'",
                "export OUT/none.driftscope --what figure --out OUT/x.png | none.driftscope: the file does not exist"
            })
    void badArgumentsExitWithTwoAndOneLine(String args, String message) {
        String[] split = args.replace("OUT", dir.toString()).split(" ");

        Result r = run(split);

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("driftscope: ").contains(message);
    }

    @Test
    @Tag("slow")
    void umapLaysOutEveryWordOfTheSampleInEveryEpoch() throws Exception {
        // The mountains sample's neighbour graph falls apart into many groups; Smile's UMAP laid out only
        // 30 of its words and the run was refused
        Path out = dir.resolve("umap");

        Result r = run(
                "train",
                "--sample",
                "mountains",
                "--projection",
                "umap",
                "--epochs",
                "2",
                "--quiet",
                "--out",
                out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        int drawn = SessionFiles.read(out.resolve("session.driftscope"))
                .run()
                .tracked()
                .size();
        for (int epoch = 0; epoch <= 2; epoch++) {
            List<String> rows = Files.readAllLines(out.resolve("epoch-0" + epoch + "-coordinates.csv")).stream()
                    .dropWhile(l -> !l.startsWith("word,"))
                    .skip(1)
                    .toList();
            assertThat(rows).as("epoch %d", epoch).hasSize(drawn);
            java.util.Set<String> places = new java.util.HashSet<>();
            for (String row : rows) {
                String[] f = row.split(",");
                assertThat(Double.parseDouble(f[3])).as(row).isFinite();
                assertThat(Double.parseDouble(f[4])).as(row).isFinite();
                places.add(f[3] + "," + f[4]);
            }
            assertThat(places).as("distinct tuned places, epoch %d", epoch).hasSize(drawn);
        }
    }

    @Test
    @Tag("slow")
    void skipGramContinuesWord2vecOnTheSentencesAndSaysSoInEveryFile() throws Exception {
        Path out = dir.resolve("skipgram");

        Result r = run(
                "train", "--sample", "mountains", "--objective", "skipgram", "--epochs", "1", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("epoch ")))
                .hasSize(2)
                .allMatch(l -> l.contains("validation loss ") && !l.contains("accuracy"));
        assertThat(Files.readString(out.resolve("epoch-01.svg")))
                .contains("skip-gram (non-static)")
                .contains("Skip-gram-continued vectors after epoch 1");
        assertThat(Files.readString(out.resolve("epoch-01-drift.csv")))
                .contains("word2vec SGD from 2.5e-02, window 5, 5 negatives");
        Result inspect = run("inspect", out.resolve("session.driftscope").toString());
        assertThat(inspect.out()).contains("skip-gram (non-static)").contains("epoch 1: validation loss");

        Result refused = run(
                "train",
                "--sample",
                "mountains",
                "--objective",
                "cbow",
                "--regime",
                "static",
                "--out",
                dir.resolve("never").toString());
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("CBOW trains the word vectors themselves", "not static");
        Result unknown = run(
                "train",
                "--sample",
                "mountains",
                "--objective",
                "glove",
                "--out",
                dir.resolve("never").toString());
        assertThat(unknown.err()).contains("unknown objective 'glove' (choose classify, skipgram or cbow)");
        assertThat(Files.exists(dir.resolve("never"))).isFalse();
    }

    @Test
    @Tag("slow")
    void compareTrainsASamplesReadyComparisonAndWritesTheFigureAndTable() throws Exception {
        Path svg = dir.resolve("compare.svg");
        Path csv = dir.resolve("compare.csv");

        Result r = run(
                "compare", "--sample", "mountains", "--epochs", "1", "--out", svg.toString(), "--out", csv.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(svg))
                .contains("runs compared: static vs non-static vs skip-gram (non-static)")
                .contains("skip-gram (non-static) after epoch 1, same frame");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("# Driftscope comparison of 3 runs");
        assertThat(lines.stream().filter(l -> l.startsWith("word,")).findFirst().orElseThrow())
                .contains("static_displacement", "non_static_displacement", "skip_gram_non_static_displacement")
                .endsWith(",spread");

        Result again = run("compare", "--sample", "mountains", "--out", svg.toString());
        assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("compare.svg is already there", "--force");
        Result one = run(
                "compare",
                dir.resolve("a.driftscope").toString(),
                "--out",
                dir.resolve("x.png").toString());
        assertThat(one.err()).contains("compare needs two or more session files");
        Result kind = run(
                "compare",
                "--sample",
                "mountains",
                "--out",
                dir.resolve("x.gif").toString());
        assertThat(kind.err()).contains("use .png, .svg or .csv");
    }

    @Test
    @Tag("slow")
    void aStaticRunSaysNoWordCanMoveRatherThanAMeanOfNothing() {
        Result r = run(
                "train",
                "--sample",
                "mountains",
                "--regime",
                "static",
                "--epochs",
                "1",
                "--out",
                dir.resolve("static").toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("epoch 1/1: train loss")
                .contains("no drawn word can move")
                .doesNotContain("NaN");
    }

    @Test
    @Tag("slow")
    void anOutDirectoryHoldingAnotherRunIsRefusedAndForceReplacesItsFilesOnly() throws Exception {
        Path out = dir.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("epoch-07.png"), "an old run's figure");
        Files.writeString(out.resolve("notes.txt"), "the user's own file");

        Result refused = run("train", "--sample", "mountains", "--epochs", "1", "--quiet", "--out", out.toString());

        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).startsWith("driftscope: ").contains("already holds a run", "--force");
        assertThat(Files.readString(out.resolve("epoch-07.png"))).isEqualTo("an old run's figure");

        Result forced =
                run("train", "--sample", "mountains", "--epochs", "1", "--quiet", "--force", "--out", out.toString());

        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(out.resolve("epoch-07.png")).doesNotExist();
        assertThat(out.resolve("epoch-01.png")).exists();
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own file");
    }

    @Test
    void aVectorFileWhoseHeaderAsksForGigabytesIsOneLineAndNothingIsWritten() throws Exception {
        Path huge = dir.resolve("huge.vec");
        Files.writeString(huge, "1 2000000000\na 0.5\n");
        Path out = dir.resolve("never");

        for (String[] args : new String[][] {
            {"inspect", huge.toString()},
            {"train", "--vectors", huge.toString(), "--data", "samples/mountains/data.tsv", "--out", out.toString()}
        }) {
            Result r = run(args);

            assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("driftscope: huge.vec, line 1: the header says 2,000,000,000 dimensions");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    @Tag("slow")
    void exportsWriteTheWholeTableNameTheirPairAndNeverReplaceAFileUnasked() throws Exception {
        Path run = dir.resolve("run");
        assertThat(run("train", "--sample", "mountains", "--epochs", "2", "--quiet", "--out", run.toString())
                        .code())
                .isZero();
        String session = run.resolve("session.driftscope").toString();
        int inputRows =
                VectorReader.read(Path.of("samples/mountains/vectors.txt")).size();
        Path tsv = dir.resolve("run.tsv");
        Files.writeString(dir.resolve("metadata.tsv"), "the user's own labels\n");

        Result full = run("export", session, "--what", "tsv", "--out", tsv.toString());

        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.out()).contains(String.format("%,d rows", inputRows));
        assertThat(Files.readAllLines(dir.resolve("run.metadata.tsv"))).hasSize(inputRows);
        assertThat(Files.readAllLines(tsv)).hasSize(inputRows);
        assertThat(Files.readString(dir.resolve("metadata.tsv"))).isEqualTo("the user's own labels\n");

        Result again = run("export", session, "--what", "tsv", "--out", tsv.toString());
        assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("already there", "--force");
        assertThat(run("export", session, "--what", "tsv", "--out", tsv.toString(), "--force")
                        .code())
                .isZero();

        Result neighbours = run("inspect", session, "--word", "alps");
        assertThat(neighbours.code()).as(neighbours.err()).isZero();
        assertThat(neighbours.out())
                .contains("alps, nearest in the whole table:", "  frozen:  himalaya 0.9", "  epoch 1: ", "  epoch 2: ");
        Result undrawn = run("inspect", session, "--word", "zzzz");
        assertThat(undrawn.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(undrawn.err()).contains("'zzzz' is neither drawn nor in the session's table");

        Path gif = dir.resolve("run.gif");
        Result animation = run("export", session, "--what", "animation", "--out", gif.toString());
        assertThat(animation.code()).as(animation.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(gif.toFile())).isNotNull();
        assertThat(run("export", session, "--what", "animation", "--out", gif.toString())
                        .code())
                .as("no export replaces a file unasked")
                .isEqualTo(Main.BAD_INPUT);

        Path drawn = dir.resolve("drawn.vec");
        Result earlier = run("export", session, "--what", "vectors", "--epoch", "1", "--out", drawn.toString());
        assertThat(earlier.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(earlier.err()).contains("last epoch (2)", "--rows drawn");
        Result rows = run(
                "export", session, "--what", "vectors", "--epoch", "1", "--rows", "drawn", "--out", drawn.toString());
        assertThat(rows.code()).as(rows.err()).isZero();
        assertThat(VectorReader.read(drawn).size())
                .isEqualTo(SessionFiles.read(run.resolve("session.driftscope"))
                        .run()
                        .tracked()
                        .size())
                .isLessThan(inputRows);
    }

    @Test
    @Tag("slow")
    void aVectorFileTouchedSinceTheRunIsNamedWithInputAndOnlyTheRunsOwnRowsAreAccepted() throws Exception {
        Path vectors = dir.resolve("vectors.txt");
        Files.copy(Path.of("samples/mountains/vectors.txt"), vectors);
        Path run = dir.resolve("run");
        Result trained = run(
                "train",
                "--vectors",
                vectors.toString(),
                "--data",
                "samples/mountains/data.tsv",
                "--epochs",
                "1",
                "--quiet",
                "--out",
                run.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        String session = run.resolve("session.driftscope").toString();
        // the same bytes, a new date: a copy made again, say
        Files.setLastModifiedTime(vectors, java.nio.file.attribute.FileTime.fromMillis(0));
        Path out = dir.resolve("tuned.txt");

        Result changed = run("export", session, "--what", "vectors", "--out", out.toString());
        assertThat(changed.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(changed.err()).contains("vectors.txt: has changed since the run", "with --input FILE");

        Result same =
                run("export", session, "--what", "vectors", "--input", vectors.toString(), "--out", out.toString());
        assertThat(same.code()).as(same.err()).isZero();

        Path other = dir.resolve("other.txt");
        Files.writeString(other, Files.readString(vectors).replaceFirst("(?m)^alps -?0\\.", "alps 9."));
        Path refused = dir.resolve("refused.txt");
        Result wrong =
                run("export", session, "--what", "vectors", "--input", other.toString(), "--out", refused.toString());
        assertThat(wrong.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(wrong.err()).contains("other.txt: is not the vector file the run read", "'alps'");
        assertThat(refused).doesNotExist();
    }

    @Test
    @Tag("slow")
    void aBrokenRowOfAWordTheRunNeverReadFailsTheFullVectorsWithItsLineAndKeepsTheEpochs() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("samples/mountains/vectors.txt")));
        int dimension = Integer.parseInt(lines.get(0).split(" ")[1]);
        // a word no sentence of the dataset has, so the run never parses its row
        lines.add("zzqx " + String.join(" ", java.util.Collections.nCopies(dimension, "NaN")));
        lines.set(0, (lines.size() - 1) + " " + dimension);
        Path vectors = dir.resolve("vectors.txt");
        Files.write(vectors, lines);
        Path run = dir.resolve("run");

        Result r = run(
                "train",
                "--vectors",
                vectors.toString(),
                "--data",
                "samples/mountains/data.tsv",
                "--epochs",
                "1",
                "--quiet",
                "--out",
                run.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err())
                .contains("vectors.txt, line " + lines.size() + ": value 1 of 'zzqx' is NaN")
                .contains("vectors-tuned.txt was not written");
        assertThat(run.resolve("session.driftscope")).exists();
        assertThat(run.resolve("vectors-tuned.txt")).doesNotExist();
    }

    @Test
    void inspectingAThreeGigabyteSparseFileIsOneLineNotAnOutOfMemoryError() throws Exception {
        Path sparse = dir.resolve("disk.img");
        try (var f = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L << 30);
        }

        Result r = run("inspect", sparse.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("driftscope: disk.img: ").contains("zero byte", "3.0 GB");
    }

    @Test
    void anUnknownFormatListsTheChoices() {
        Result r = run(
                "train",
                "--vectors",
                "samples/mountains/vectors.txt",
                "--data",
                "samples/mountains/data.tsv",
                "--vectors-format",
                "foo",
                "--out",
                dir.resolve("never").toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip())
                .isEqualTo("driftscope: unknown vectors format 'foo' (choose word2vec-binary,"
                        + " word2vec-text, glove-text, projector-tsv)");
    }

    @Test
    void aWatchedWordWithoutAVectorIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("never");

        Result r = run("train", "--sample", "mountains", "--watch", "alps:zzzz", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("driftscope: --watch: zzzz has no pretrained vector");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "train --help | --out=DIR, --colour, --embedding-learning-rate, --watch",
                "help train | --out=DIR, --colour, --sample",
                "export --help | --what, --colour, --vectors-format",
                "inspect --help | Summarise",
                "samples --help | List the bundled samples",
                "--help | train, export, inspect, samples"
            })
    void everyHelpWorksWithoutTheRequiredOptions(String args, String expected) {
        Result r = run(args.split(" "));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(expected.split(", "));
    }

    @Test
    void samplesListsTheBundledSamples() {
        Result r = run("samples");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("mountains", "sentiment");
    }

    @Test
    void inspectSummarisesVectorsAndDatasets() {
        Result vectors = run("inspect", "samples/mountains/vectors.txt");
        Result data = run("inspect", "samples/sentiment/data.tsv");

        assertThat(vectors.out()).contains("50 dimensions", "word2vec-text", "191 rows read");
        assertThat(data.out()).contains("tsv", "2,000 documents", "negative", "positive");
    }

    @Test
    void verboseAddsTheStackTraceToTheMessage() {
        Result r = run("inspect", "no-such-file.vec", "--verbose");

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines().findFirst())
                .hasValueSatisfying(l -> assertThat(l).startsWith("driftscope: "));
        assertThat(r.err()).contains("\tat org.driftscope.");
    }

    @Test
    void anOutThatIsAFileIsRefusedWithTheReasonNotJustItsPath() throws Exception {
        Path file = dir.resolve("afile");
        Files.writeString(file, "the user's own file");

        Result r = run("train", "--sample", "mountains", "--epochs", "1", "--quiet", "--out", file.toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("driftscope: " + file + ": already exists, and is not a folder");
        assertThat(Files.readString(file)).isEqualTo("the user's own file");
    }

    @Test
    void aFileErrorNamesTheFileAskedForNotItsTemporaryAndSaysWhy() {
        String temporary = dir.resolve(".fig.png.464bead2a4c8.part").toString();

        assertThat(Main.message(new java.nio.file.AccessDeniedException(temporary)))
                .isEqualTo(dir.resolve("fig.png") + ": permission denied");
        assertThat(Main.message(new java.nio.file.NoSuchFileException(
                        dir.resolve("gone.txt").toString())))
                .isEqualTo(dir.resolve("gone.txt") + ": no such file or folder");
    }
}
