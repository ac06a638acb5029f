package org.driftscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.io.InputFileException;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.VectorWriter;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fine-tuned vectors exported in full (issue 21): a drop-in replacement for the input file, every
 * row in its order, the rows training touched replaced and every other row exactly as read.
 */
@Tag("slow")
class FullExportTest {
    @TempDir
    Path dir;

    private static Sample mountains() throws IOException {
        return SampleCatalog.find("mountains").orElseThrow();
    }

    /** The sample with its vectors rewritten as word2vec C binary, so a byte-for-byte comparison means something. */
    private Workspace binaryMountains() throws IOException {
        Sample s = mountains();
        Path binary = dir.resolve("mountains.bin");
        VectorWriter.write(VectorReader.read(s.vectors()), binary, VectorFormat.WORD2VEC_BINARY);
        return Workspace.open(s.name(), binary, s.data(), s.watch(), s.show());
    }

    @Test
    void afterAStaticRunTheExportIsTheInputByteForByte() throws Exception {
        Workspace ws = binaryMountains();
        Session session =
                Runs.session(ws, RunConfig.defaults().withRegime(Regime.STATIC).withEpochs(1));
        Path out = dir.resolve("tuned.bin");

        var written = Exports.vectorsInFull(session, null, out, VectorFormat.WORD2VEC_BINARY, false);

        assertThat(Files.readAllBytes(out))
                .isEqualTo(Files.readAllBytes(ws.vectors().source().path()));
        assertThat(written.rows()).isEqualTo(ws.vectors().source().rowsRead());
    }

    @Test
    void afterANonStaticRunExactlyTheRowsTrainingTouchedDiffer() throws Exception {
        Workspace ws = binaryMountains();
        // every word with a pretrained vector drawn, so each one's training count is known
        RunConfig config = RunConfig.defaults().withEpochs(2).withTrackLimit(5_000);
        Session session = Runs.session(ws, config);
        Path out = dir.resolve("tuned.txt");

        var written = Exports.vectorsInFull(session, null, out, VectorFormat.WORD2VEC_TEXT, false);

        WordVectors input = VectorReader.read(ws.vectors().source().path());
        WordVectors tuned = VectorReader.read(out);
        assertThat(tuned.words()).isEqualTo(input.words());
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            if (!Arrays.equals(input.vector(i), tuned.vector(i))) {
                changed.add(input.word(i));
            }
        }
        TrackedWords drawn = session.run().tracked();
        List<String> trained = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            if (drawn.trainCount(i) > 0) {
                trained.add(drawn.words().get(i));
            }
        }
        assertThat(trained).as("the sample's task words").hasSizeGreaterThan(50);
        assertThat(changed).containsExactlyInAnyOrderElementsOf(trained);
        assertThat(written.replaced()).as("the count the export reports").isEqualTo(changed.size());
    }

    @Test
    void theVocabularyOptionWritesTheDatasetsWordsInTheFilesOrder() throws Exception {
        Workspace ws = binaryMountains();
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1));
        Path out = dir.resolve("vocabulary.txt");

        Exports.vectorsInFull(session, null, out, VectorFormat.GLOVE_TEXT, true);

        WordVectors input = VectorReader.read(ws.vectors().source().path());
        Set<String> vocabulary = new HashSet<>(session.table().words());
        List<String> expected =
                input.words().stream().filter(vocabulary::contains).toList();
        assertThat(VectorReader.read(out).words()).isEqualTo(expected).hasSizeLessThan(input.size());
    }

    @Test
    void aSavedSessionKeepsTheTableAndStillExportsInFull() throws Exception {
        Workspace ws = binaryMountains();
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1));
        Path file = dir.resolve("run.driftscope");
        SessionFiles.write(session, file);

        Session reopened = SessionFiles.read(file);

        assertThat(reopened.table().words()).isEqualTo(session.table().words());
        assertThat(reopened.table().rows()).isEqualTo(session.table().rows());
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Exports.vectorsInFull(session, null, a, VectorFormat.WORD2VEC_TEXT, false);
        Exports.vectorsInFull(reopened, null, b, VectorFormat.WORD2VEC_TEXT, false);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    /** The sample's input rewritten with {@code change} applied to its rows, as word2vec text. */
    private Path edited(Workspace ws, String name, java.util.function.BiFunction<String, float[], float[]> change)
            throws IOException {
        WordVectors input = VectorReader.read(ws.vectors().source().path());
        List<String> words = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            float[] row = change.apply(input.word(i), input.vector(i));
            if (row != null) {
                words.add(input.word(i));
                rows.add(row);
            }
        }
        int dimension = rows.get(0).length;
        float[] flat = new float[rows.size() * dimension];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, i * dimension, dimension);
        }
        Path file = dir.resolve(name);
        VectorWriter.write(
                WordVectors.of(words, flat, dimension, org.driftscope.vectors.VectorSource.inMemory(words.size())),
                file,
                VectorFormat.WORD2VEC_TEXT);
        return file;
    }

    @Test
    void theInputGivenAfterAMoveIsUsedAndTheProvenanceSaysSo() throws Exception {
        Workspace ws = binaryMountains();
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1));
        Path moved = edited(ws, "moved.txt", (word, row) -> row);
        Path out = dir.resolve("tuned.txt");

        var written = Exports.vectorsInFull(session, moved, out, VectorFormat.WORD2VEC_TEXT, false);

        assertThat(written.rows()).isEqualTo(ws.vectors().source().rowsRead());
        assertThat(Files.readString(dir.resolve("tuned.txt.provenance.txt")))
                .contains("rows as read from: " + moved.toAbsolutePath());
    }

    @Test
    void anInputWhoseDrawnRowsAreNotTheRunsIsRefusedAndNothingIsWritten() throws Exception {
        Workspace ws = binaryMountains();
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1));
        Path other = edited(ws, "other.txt", (word, row) -> {
            if (word.equals("alps")) {
                row[0] += 0.25f;
            }
            return row;
        });
        Path out = dir.resolve("tuned.txt");

        assertThatThrownBy(() -> Exports.vectorsInFull(session, other, out, VectorFormat.WORD2VEC_TEXT, false))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("other.txt: is not the vector file the run read")
                .hasMessageContaining("'alps'");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("tuned.txt.provenance.txt")).doesNotExist();
    }

    @Test
    void anInputLackingSomeOfTheRunsWordsIsRefused() throws Exception {
        Workspace ws = binaryMountains();
        // few words drawn, so a vocabulary word with a pretrained vector is left undrawn: only the count
        // of the run's words can catch its row missing
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1).withTrackLimit(20));
        Set<String> drawn = new HashSet<>(session.run().tracked().words());
        String gone = session.table().words().stream()
                .filter(w -> !drawn.contains(w))
                .filter(w -> ws.vectors().contains(w))
                .findFirst()
                .orElseThrow();
        Path other = edited(ws, "fewer.txt", (word, row) -> word.equals(gone) ? null : row);
        Path out = dir.resolve("vocabulary.txt");

        assertThatThrownBy(() -> Exports.vectorsInFull(session, other, out, VectorFormat.WORD2VEC_TEXT, true))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("1 of the run's")
                .hasMessageContaining("'" + gone + "'");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInputWithOtherNumbersARowIsRefused() throws Exception {
        Workspace ws = binaryMountains();
        Session session = Runs.session(ws, RunConfig.defaults().withEpochs(1));
        Path other = edited(ws, "shorter.txt", (word, row) -> Arrays.copyOf(row, row.length - 1));
        Path out = dir.resolve("tuned.bin");

        assertThatThrownBy(() -> Exports.vectorsInFull(session, other, out, VectorFormat.WORD2VEC_BINARY, false))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("its rows have " + (ws.vectors().dimension() - 1) + " numbers");
        assertThat(out).doesNotExist();
    }
}
