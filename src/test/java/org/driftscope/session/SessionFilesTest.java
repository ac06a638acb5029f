package org.driftscope.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.io.InputFileException;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class SessionFilesTest {
    private static Session session;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        Workspace workspace = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        List<EpochView> views = Runs.complete(workspace, RunConfig.defaults().withEpochs(2));
        session = new Session(views.get(0).run(), views);
    }

    @Test
    void aSavedSessionReopensWithTheSameVectorsLayoutsAndDrift() throws Exception {
        Path file = dir.resolve("s.driftscope");

        SessionFiles.write(session, file);
        Session back = SessionFiles.read(file);

        assertThat(back.epochs()).hasSameSizeAs(session.epochs());
        for (int e = 0; e < back.epochs().size(); e++) {
            EpochView a = session.epochs().get(e);
            EpochView b = back.epochs().get(e);
            assertThat(b.tuned().xy()).isEqualTo(a.tuned().xy());
            assertThat(b.frozen().xy()).isEqualTo(a.frozen().xy());
            assertThat(b.snapshot().tuned()).isEqualTo(a.snapshot().tuned());
            assertThat(b.snapshot().validationAccuracy()).isEqualTo(a.snapshot().validationAccuracy());
            assertThat(b.drift().displacement()).isEqualTo(a.drift().displacement());
            assertThat(b.drift().pairs()).isEqualTo(a.drift().pairs());
        }
        assertThat(back.run().config()).isEqualTo(session.run().config());
        assertThat(back.run().provenance()).isEqualTo(session.run().provenance());
        assertThat(back.run().tracked().words())
                .isEqualTo(session.run().tracked().words());
    }

    @Test
    void aSkipGramRunReopensAsOneAndASessionFromBeforeTheChoiceAsAClassifier() throws Exception {
        Workspace workspace = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        RunConfig skipGram = RunConfig.defaults()
                .withObjective(org.driftscope.training.Objective.SKIPGRAM)
                .withEmbeddingLearningRate(0.025)
                .withEpochs(1);
        Path file = dir.resolve("skipgram.driftscope");
        SessionFiles.write(Runs.session(workspace, skipGram), file);

        Session back = SessionFiles.read(file);
        assertThat(back.run().config()).isEqualTo(skipGram);
        assertThat(back.last().snapshot().validationAccuracy()).isNaN();
        assertThat(back.last().snapshot().validationLoss()).isFinite();

        Path older = dir.resolve("older.driftscope");
        SessionFiles.write(session, older);
        Path without = dir.resolve("without.driftscope");
        try (ZipFile in = new ZipFile(older.toFile());
                OutputStream raw = Files.newOutputStream(without);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("session.json")) {
                    String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    String stripped = json.replaceFirst("\"objective\"\\s*:\\s*\"CLASSIFY\",", "");
                    assertThat(stripped).as("the field was there").isNotEqualTo(json);
                    bytes = stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(SessionFiles.read(without).run().config())
                .isEqualTo(session.run().config());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(
            value = org.driftscope.training.Regime.class,
            names = {"STATIC", "NON_STATIC"})
    void theTableBeforeTrainingReopensAsItWasAndOnlyTheRowsTrainingChangedAreStored(
            org.driftscope.training.Regime regime) throws Exception {
        Workspace workspace = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        Session whole =
                Runs.session(workspace, RunConfig.defaults().withRegime(regime).withEpochs(1));
        Path file = dir.resolve(regime + ".driftscope");
        float[] frozen = whole.frozenTable().rows();
        float[] last = whole.table().rows();
        int d = whole.table().dimension();
        int changed = 0;
        for (int r = 0; r < whole.table().size(); r++) {
            if (!java.util.Arrays.equals(frozen, r * d, (r + 1) * d, last, r * d, (r + 1) * d)) {
                changed++;
            }
        }

        SessionFiles.write(whole, file);
        Session back = SessionFiles.read(file);

        assertThat(back.frozenTable().rows()).containsExactly(frozen);
        assertThat(back.table().rows()).containsExactly(last);
        if (regime == org.driftscope.training.Regime.STATIC) {
            assertThat(changed).isZero();
        } else {
            assertThat(changed).isPositive();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("table/frozen-rows.i32").getSize()).isEqualTo(4L * changed);
        }
    }

    @Test
    void aTruncatedSessionIsRefusedWithTheFileName() throws Exception {
        Path file = dir.resolve("cut.driftscope");
        SessionFiles.write(session, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> SessionFiles.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("cut.driftscope: ");
    }

    @Test
    void aTamperedArrayIsRefusedByName() throws Exception {
        Path good = dir.resolve("good.driftscope");
        SessionFiles.write(session, good);
        Path bad = dir.resolve("bad.driftscope");
        try (ZipFile in = new ZipFile(good.toFile());
                OutputStream raw = Files.newOutputStream(bad);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("epoch-1/tuned.f32")) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length - 4);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> SessionFiles.read(bad))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bad.driftscope: epoch-1/tuned.f32 holds")
                .hasMessageContaining("the file is damaged");
    }

    @Test
    void aChangedByteInAnUncompressedArrayIsCaughtByItsChecksum() throws Exception {
        Path good = dir.resolve("good.driftscope");
        SessionFiles.write(session, good);
        Path bad = dir.resolve("flipped.driftscope");
        byte[] tuned;
        try (ZipFile in = new ZipFile(good.toFile());
                OutputStream raw = Files.newOutputStream(bad);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            tuned = in.getInputStream(in.getEntry("epoch-1/tuned.f32")).readAllBytes();
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getName().equals("epoch-1/tuned.f32")) {
                    // Stored, as deflate stores data it cannot shrink: the bytes sit in the file as they are.
                    var crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        byte[] file = Files.readAllBytes(bad);
        int at = indexOf(file, java.util.Arrays.copyOf(tuned, 32));
        file[at + 100] ^= 0x01;
        Files.write(bad, file);

        assertThatThrownBy(() -> SessionFiles.read(bad))
                .isInstanceOf(InputFileException.class)
                .hasMessage("flipped.driftscope: epoch-1/tuned.f32 does not match its checksum; the file is damaged");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("entry bytes not found in the file");
    }

    @Test
    void aFileThatIsNotASessionIsRefused() throws Exception {
        Path file = dir.resolve("notes.driftscope");
        Files.writeString(file, "just text");

        assertThatThrownBy(() -> SessionFiles.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("notes.driftscope: is not a Driftscope session");
    }
}
