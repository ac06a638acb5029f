package org.driftscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Samples run from the packaged jar are unpacked to plain files. A session saved from a sample names
 * that file and checks its size and date before a full export, so unpacking again on the next run must
 * leave an unchanged file alone; and the folder is the user's, so a second user is not locked out.
 */
class SampleUnpackTest {
    @TempDir
    Path dir;

    @Test
    void aFileAlreadyThereWithTheSameBytesKeepsItsDate() throws IOException {
        byte[] bytes = "alps 0.1 0.2\n".getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("vectors.txt");
        Files.write(target, bytes);
        FileTime then = FileTime.from(Instant.parse("2026-01-02T03:04:05Z"));
        Files.setLastModifiedTime(target, then);

        SampleCatalog.unpack(bytes, target);

        assertThat(Files.getLastModifiedTime(target)).isEqualTo(then);
    }

    @Test
    void aFileWithOtherBytesIsReplaced() throws IOException {
        Path target = dir.resolve("vectors.txt");
        Files.writeString(target, "alps 0.1 0.3\n");
        byte[] bytes = "alps 0.1 0.2\n".getBytes(StandardCharsets.UTF_8);

        SampleCatalog.unpack(bytes, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left beside it").containsExactly(target);
        }
    }

    @Test
    void samplesUnpackUnderTheUsersHomeAndElsewherePerUser() throws IOException {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.resolve("home").toString());
            assertThat(SampleCatalog.unpackFolder("mountains"))
                    .isEqualTo(dir.resolve("home/.driftscope/samples/mountains"))
                    .isDirectory();

            // a home that cannot hold folders (here a plain file): a folder of this user's under the temp one
            Files.writeString(dir.resolve("file-home"), "");
            System.setProperty("user.home", dir.resolve("file-home").toString());
            Path fallback = SampleCatalog.unpackFolder("mountains");
            assertThat(fallback.getParent().getFileName().toString())
                    .isEqualTo("driftscope-samples-" + System.getProperty("user.name"));
            assertThat(fallback).isDirectory();
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
