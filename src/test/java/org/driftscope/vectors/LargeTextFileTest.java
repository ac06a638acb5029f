package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.driftscope.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files of many megabytes, whose rows' numbers are parsed in blocks on the background pool: the
 * values are the file's, and a bad row is reported by its own line however many rows follow it.
 */
class LargeTextFileTest {
    private static final int ROWS = 30_000;
    private static final int DIMS = 50;

    @TempDir
    Path dir;

    /** GloVe text of ROWS words; {@code bad} maps a line number to the text that replaces its row. */
    private Path write(String name, java.util.Map<Integer, String> bad) throws IOException {
        Path file = dir.resolve(name);
        Random r = new Random(5);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= ROWS; i++) {
                StringBuilder row = new StringBuilder("w").append(i);
                for (int k = 0; k < DIMS; k++) {
                    row.append(' ').append((float) r.nextGaussian());
                }
                w.write(bad.getOrDefault(i, row.toString()));
                w.write('\n');
            }
        }
        return file;
    }

    @Test
    void everyValueOfAManyMegabyteFileIsTheFilesOwn() throws IOException {
        Path file = write("big.txt", java.util.Map.of());
        assertThat(Files.size(file)).as("many blocks").isGreaterThan(8L << 20);

        WordVectors v = VectorReader.read(file);

        assertThat(v.size()).isEqualTo(ROWS);
        // the written text, parsed on its own, is the oracle
        try (var lines = Files.lines(file)) {
            var it = lines.iterator();
            for (int row = 0; row < ROWS; row++) {
                String[] parts = it.next().split(" ");
                assertThat(v.words().get(row)).isEqualTo(parts[0]);
                for (int k = 0; k < DIMS; k++) {
                    assertThat(v.get(row, k)).isEqualTo(Float.parseFloat(parts[k + 1]));
                }
            }
        }
    }

    @Test
    void aBadNumberEarlyInALargeFileIsReportedAtItsLine() throws IOException {
        // and more bad rows in the blocks after it, parsed while the first waits to be reported
        Path file = write(
                "early.txt",
                java.util.Map.of(
                        100, "w100 0.5 oops" + " 0.1".repeat(DIMS - 2),
                        9_000, "w9000 1.0",
                        12_000, "w12000 nope"));

        assertThatThrownBy(() -> VectorReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("early.txt, line 100: ")
                .hasMessageContaining("'oops' is not a number");
    }

    @Test
    void theFirstBadRowWinsOverALaterOneTheReaderFindsItself() throws IOException {
        // line 20,000 is kept and its numbers are parsed in the background; line 25,000 is skipped by the
        // filter and its count checked by the reader as it passes
        Path file = write(
                "two.txt",
                java.util.Map.of(
                        20_000, "w20000 1.0 2.0",
                        25_000, "w25000 1.0"));

        assertThatThrownBy(() -> VectorReader.read(file, ReadOptions.only(Set.of("w20000", "w7"))))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("two.txt, line 20000: ")
                .hasMessageContaining("found 2 values");
    }
}
