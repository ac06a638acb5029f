package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VectorWriterTest {
    @TempDir
    Path dir;

    private static WordVectors awkward() {
        Random random = new Random(11);
        int d = 7;
        List<String> words = List.of("josé", "naïve", "’s", "</s>", "Morgan_Freeman", "1990", "-lrb-");
        float[] data = new float[words.size() * d];
        for (int i = 0; i < data.length; i++) {
            data[i] = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(data[i])) {
                data[i] = (float) random.nextGaussian();
            }
        }
        data[0] = Float.MIN_VALUE;
        data[1] = -0f;
        data[2] = Float.MAX_VALUE;
        data[3] = 1f / 3;
        data[4] = Float.MIN_NORMAL;
        return WordVectors.of(words, data, d, VectorSource.inMemory(words.size()));
    }

    @ParameterizedTest
    @EnumSource(VectorFormat.class)
    void everyFormatRoundTripsThroughTheReaderBitForBit(VectorFormat format) throws IOException {
        WordVectors original = awkward();
        Path file = dir.resolve(format == VectorFormat.PROJECTOR_TSV ? "vectors.tsv" : "out." + format.label());

        VectorWriter.write(original, file, format);
        WordVectors back = VectorReader.read(file);

        assertThat(back.source().format()).isEqualTo(format);
        assertThat(back.words()).isEqualTo(original.words());
        float[] a = original.matrix();
        float[] b = back.matrix();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.length; i++) {
            assertThat(Float.floatToRawIntBits(b[i])).as("value %d", i).isEqualTo(Float.floatToRawIntBits(a[i]));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = VectorFormat.class,
            names = {"WORD2VEC_TEXT", "GLOVE_TEXT", "WORD2VEC_BINARY"})
    void aWordWithASpaceIsRefusedAndNothingIsWritten(VectorFormat format) {
        var v = WordVectors.of(List.of("new york"), new float[] {1, 2}, 2, VectorSource.inMemory(1));
        Path file = dir.resolve("x.out");

        assertThatThrownBy(() -> VectorWriter.write(v, file, format))
                .hasMessageContaining("'new york' contains white space");
        assertThat(file).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(VectorFormat.class)
    void aFailedWriteLeavesTheOldFileIntactAndNoTemporaryBehind(VectorFormat format) throws IOException {
        Path file = dir.resolve("vectors.tsv");
        Files.writeString(file, "precious");
        var bad = WordVectors.of(List.of("ok", "tab\there"), new float[] {1, 2}, 1, VectorSource.inMemory(2));
        var v = format == VectorFormat.PROJECTOR_TSV
                ? bad
                : WordVectors.of(List.of("ok", "two words"), new float[] {1, 2}, 1, VectorSource.inMemory(2));

        assertThatThrownBy(() -> VectorWriter.write(v, file, format)).isInstanceOf(IllegalArgumentException.class);

        assertThat(file).hasContent("precious");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("vectors.tsv");
        }
    }
}
