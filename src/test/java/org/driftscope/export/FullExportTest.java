package org.driftscope.export;

import static org.assertj.core.api.Assertions.assertThat;

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
}
