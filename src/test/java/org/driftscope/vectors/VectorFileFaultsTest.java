package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.driftscope.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vector files whose header lies about their size (issue 20): each gives a clear error that names the
 * file and the place, at once, before anything of that size is allocated, instead of exhausting the
 * heap (a 19-byte file once asked for 8 GB) or failing with internal text.
 */
class VectorFileFaultsTest {
    @TempDir
    Path dir;

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A binary-looking body: the word, a space and bytes that are no text. */
    private static byte[] binaryBody(String header) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("a ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, (byte) 0x80, 0x3f, 0, 0, 0, (byte) 0xc0, 1, 2, 3, (byte) 0xff});
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text, 2e9 dimensions | 1 2000000000\\na 0.5\\n | false | line 1 | 2,000,000,000 dimensions, more than",
                "text, 5e8 dimensions | 1 500000000\\na 0.5\\n | false | line 1 | 500,000,000 dimensions, more than",
                "text, ten digits | 1 9999999999\\na 0.5\\n | false | line 1 | 9,999,999,999 dimensions",
                "text, more dimensions than bytes | 1 90000\\na 0.5\\n | false | line 1 | takes at least 180,000 bytes",
                "text, zero dimensions | 1 0\\na\\n | false | line 1 | 0 dimensions",
                "gzip text, 2e9 dimensions | 1 2000000000\\na 0.5\\n | true | line 1 | more than the 100,000",
                "gzip text, more than it can hold | 1 99000\\na 0.5\\n | true | line 1 | holds at most",
            })
    void aTextHeaderThatOverstatesTheDimensionIsRefused(
            String name, String text, boolean gzipped, String place, String reason) throws IOException {
        byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve(gzipped ? "v.vec.gz" : "v.vec");
        Files.write(file, gzipped ? gzip(bytes) : bytes);

        assertThatThrownBy(() -> VectorReader.read(file, ReadOptions.all().withFormat(VectorFormat.WORD2VEC_TEXT)))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(file.getFileName() + ", " + place + ": ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "6e8 dimensions (once an int overflow) | 1 600000000\\n | more than the 100,000",
                "more dimensions than bytes | 2 50000\\n | takes at least 200,000 bytes",
            })
    void aBinaryHeaderThatOverstatesTheDimensionIsRefused(String name, String header, String reason)
            throws IOException {
        Path file = dir.resolve("v.bin");
        Files.write(file, binaryBody(header.replace("\\n", "\n")));

        assertThatThrownBy(() -> VectorReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("v.bin, byte 0: ")
                .hasMessageContaining(reason);
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = dir.resolve("vectors.vec");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "skipped: no mkfifo on this machine");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> VectorReader.read(fifo))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("vectors.vec: is not a regular file"));
    }

    @Test
    void aByteOrderMarkDoesNotBecomePartOfTheFirstWord() throws IOException {
        Path file = dir.resolve("glove.txt");
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("the 0.1 0.2\nof 0.3 0.4\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());

        WordVectors v = VectorReader.read(file);

        assertThat(v.words()).containsExactly("the", "of");
        assertThat(v.dimension()).isEqualTo(2);
        assertThat(v.source().notices()).anyMatch(n -> n.contains("byte order mark"));
    }

    @ParameterizedTest(name = "header says {0} rows, the file holds 2")
    @CsvSource({"5", "1", "2147483648"})
    void aHeaderWhoseRowCountIsWrongIsReadWholeAndReported(String declared) throws IOException {
        Path file = dir.resolve("v.vec");
        Files.writeString(file, declared + " 2\nthe 0.1 0.2\nof 0.3 0.4\n");

        WordVectors v = VectorReader.read(file);

        assertThat(v.words()).containsExactly("the", "of");
        assertThat(v.source().notices())
                .singleElement()
                .asString()
                .contains("header says " + String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(declared)))
                .contains("holds 2");
    }

    @Test
    void aTruthfulHeaderIsNotReported() throws IOException {
        Path file = dir.resolve("v.vec");
        Files.writeString(file, "2 2\nthe 0.1 0.2\nof 0.3 0.4\n");

        assertThat(VectorReader.read(file).source().notices()).isEmpty();
    }
}
