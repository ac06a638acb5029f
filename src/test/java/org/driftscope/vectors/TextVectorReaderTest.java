package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftscope.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextVectorReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsWord2VecTextWithOverstatedHeaderCrlfAndTrailingSpaces() throws IOException {
        Path file = write("v.txt", "10 3\r\nalps 1 2 3 \r\nhimalaya 4 5 6\r\n");

        WordVectors v = TextVectorReader.read(file);

        assertThat(v.words()).containsExactly("alps", "himalaya");
        assertThat(v.vector(1)).containsExactly(4f, 5f, 6f);
        assertThat(v.source().format()).isEqualTo(VectorFormat.WORD2VEC_TEXT);
    }

    @Test
    void readsGloveWithoutHeaderAndKeepsOnlyWantedWords() throws IOException {
        Path file = write("g.txt", "the 0.1 0.2\nalps 1 2\nhimalaya 3 4");

        WordVectors v = TextVectorReader.read(file, Set.of("alps", "himalaya")::contains);

        assertThat(v.words()).containsExactly("alps", "himalaya");
        assertThat(v.source().format()).isEqualTo(VectorFormat.GLOVE_TEXT);
        assertThat(v.source().rowsRead()).isEqualTo(3);
    }

    @Test
    void keepsTheFirstOfDuplicateWordsAndCountsTheRest() throws IOException {
        WordVectors v = TextVectorReader.read(write("d.txt", "a 1 2\nb 3 4\na 5 6\n"));

        assertThat(v.vector(0)).containsExactly(1f, 2f);
        assertThat(v.source().duplicates()).isEqualTo(1);
    }

    @Test
    void rowWithTooFewValuesNamesFileAndLine() throws IOException {
        Path file = write("bad.txt", "2 3\nalps 1 2 3\nhimalaya 4 5\n");

        assertThatThrownBy(() -> TextVectorReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage("bad.txt, line 3: expected a word and 3 numbers, found 2 values");
    }

    @Test
    void nonNumericAndNonFiniteValuesNameTheLine() throws IOException {
        assertThatThrownBy(() -> TextVectorReader.read(write("x.txt", "a 1 2\nb 1 oops\n")))
                .hasMessageContaining("x.txt, line 2: 'oops' is not a number");
        assertThatThrownBy(() -> TextVectorReader.read(write("n.txt", "a 1 2\nb NaN 2\n")))
                .hasMessageContaining("n.txt, line 2:")
                .hasMessageContaining("NaN");
    }

    @Test
    void emptyFileIsRejectedByName() throws IOException {
        assertThatThrownBy(() -> TextVectorReader.read(write("empty.txt", "")))
                .hasMessage("empty.txt: the file is empty, so it holds no vectors");
    }

    @ParameterizedTest
    @EnumSource(VectorFormat.class)
    void writeThenReadRoundTripsBitForBit(VectorFormat format) throws IOException {
        float[] data = {0.1f, -2.5e-7f, Float.MIN_VALUE, 123456.79f, -0f, 1f / 3};
        var vectors = WordVectors.of(List.of("josé", "naïve"), data, 3, VectorSource.inMemory(2));
        Path file = dir.resolve("round.txt");

        TextVectorWriter.write(vectors, file, format);
        WordVectors back = TextVectorReader.read(file);

        assertThat(back.words()).containsExactly("josé", "naïve");
        for (int i = 0; i < data.length; i++) {
            assertThat(Float.floatToRawIntBits(back.matrix()[i])).isEqualTo(Float.floatToRawIntBits(data[i]));
        }
        assertThat(back.source().format()).isEqualTo(format);
    }
}
