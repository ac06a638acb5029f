package org.driftscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aWriteReplacesTheTargetAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("epoch-01.png");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("epoch-01.png");
    }

    @Test
    void theTemporaryFileAWriteGoesThroughNamesItsTarget() throws IOException {
        Path target = dir.resolve("run [1].png");
        java.util.List<Path> during = new java.util.ArrayList<>();

        AtomicFile.write(target, out -> {
            try (var files = Files.list(dir)) {
                files.forEach(during::add);
            }
        });

        assertThat(during).hasSize(1);
        assertThat(during.get(0)).isNotEqualTo(target);
        assertThat(AtomicFile.targetOf(during.get(0))).isEqualTo(target);
        assertThat(AtomicFile.targetOf(target))
                .as("a file of the user's is itself")
                .isEqualTo(target);
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesItsTemporary() throws IOException {
        Path target = dir.resolve("session.driftscope");
        Files.writeString(target, "what the user had");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write(1);
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("what the user had");
        assertThat(names(dir)).containsExactly("session.driftscope");
    }

    @Test
    void temporaryFilesAKilledWriteLeftAreRemovedByTheNextWriteOfThatFile() throws IOException {
        Path target = dir.resolve("epoch-02.png");
        Path stale = dir.resolve(".epoch-02.png.1a2b3c.part");
        Path fresh = dir.resolve(".epoch-02.png.4d5e6f.part");
        Path other = dir.resolve(".epoch-03.png.1a2b3c.part");
        for (Path p : new Path[] {stale, fresh, other}) {
            Files.writeString(p, "half");
        }
        FileTime old = FileTime.from(Instant.now().minus(AtomicFile.STALE).minusSeconds(5));
        Files.setLastModifiedTime(stale, old);
        Files.setLastModifiedTime(other, old);

        AtomicFile.write(target, out -> out.write(42));

        // the stale part of this target goes; a fresh one (a write under way) and another target's stay
        assertThat(names(dir))
                .containsExactly(".epoch-02.png.4d5e6f.part", ".epoch-03.png.1a2b3c.part", "epoch-02.png");
    }
}
